import { AwardTitle } from '@khenthuong/domain';

/** Where the scenario leaves a dossier; ISSUED means decided with its papers issued. */
export type DossierTarget = 'SUBMITTED' | 'RETURNED' | 'AWAITING_COUNCIL' | 'IN_COUNCIL_REVIEW' | 'PUBLICLY_POSTED' | 'AWAITING_DECISION' | 'ISSUED';

export interface DemoDossier {
  /** Stable within the demo: the client key of its submission. */
  key: string;
  unitHead: string;
  title: AwardTitle;
  nominee: string;
  /** The nominee as a person of the ward (by full name) or as a unit (by demo unit code). */
  person?: string;
  unitCode?: string;
  achievement: string;
  achievementRef?: string;
  facts?: Record<string, unknown>;
  /** Nominated into the previous year's round, the current year's round, or on its own (no round). */
  round: 'previous' | 'current' | null;
  target: DossierTarget;
}

const collective = { planCompleted: true, memberCount: 24, ldttMemberCount: 18 };
const goodYear = { monthsWorkedInYear: 12, rating: 'HTTNV' };

/** The dossiers of the demo ward: names are the invented staff of ngo-quyen.data.ts. */
export function demoDossiers(year: number): DemoDossier[] {
  const prev = year - 1;
  return [
    // The previous year's round, decided and issued.
    { key: 'r-prev-mn-ttldtt', unitHead: 'truong.mamnon', title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, nominee: 'Trường Mầm non Ngô Quyền', unitCode: 'mn-ngo-quyen', achievement: `Hoàn thành xuất sắc nhiệm vụ năm học ${prev - 1} - ${prev}, 100% trẻ đạt chuẩn phát triển`, facts: collective, round: 'previous', target: 'ISSUED' },
    { key: 'r-prev-th-ldtt', unitHead: 'truong.tieuhoc', title: AwardTitle.LAO_DONG_TIEN_TIEN, nominee: 'Tạ Văn Đức', person: 'Tạ Văn Đức', achievement: `Hoàn thành tốt nhiệm vụ giảng dạy năm học ${prev - 1} - ${prev}`, facts: goodYear, round: 'previous', target: 'ISSUED' },
    { key: 'r-prev-yt-ldtt', unitHead: 'tram.yte', title: AwardTitle.LAO_DONG_TIEN_TIEN, nominee: 'Quách Thị Hạnh', person: 'Quách Thị Hạnh', achievement: `Hoàn thành tốt công tác khám chữa bệnh và tiêm chủng năm ${prev}`, facts: goodYear, round: 'previous', target: 'ISSUED' },
    // The current year's round, still taking nominations.
    { key: 'r-cur-mn-ttldtt', unitHead: 'truong.mamnon', title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, nominee: 'Trường Mầm non Ngô Quyền', unitCode: 'mn-ngo-quyen', achievement: `Hoàn thành xuất sắc nhiệm vụ năm học ${year - 1} - ${year}, giữ vững trường chuẩn quốc gia`, facts: collective, round: 'current', target: 'AWAITING_COUNCIL' },
    { key: 'r-cur-mn-ldtt', unitHead: 'truong.mamnon', title: AwardTitle.LAO_DONG_TIEN_TIEN, nominee: 'Lương Thị Ngọc Ánh', person: 'Lương Thị Ngọc Ánh', achievement: `Hoàn thành tốt nhiệm vụ chăm sóc, giáo dục trẻ năm học ${year - 1} - ${year}`, facts: goodYear, round: 'current', target: 'RETURNED' },
    { key: 'r-cur-th-ldtt-duc', unitHead: 'truong.tieuhoc', title: AwardTitle.LAO_DONG_TIEN_TIEN, nominee: 'Tạ Văn Đức', person: 'Tạ Văn Đức', achievement: `Hoàn thành tốt nhiệm vụ giảng dạy năm học ${year - 1} - ${year}`, facts: goodYear, round: 'current', target: 'SUBMITTED' },
    { key: 'r-cur-th-ldtt-huong', unitHead: 'truong.tieuhoc', title: AwardTitle.LAO_DONG_TIEN_TIEN, nominee: 'Nguyễn Thị Thanh Hương', person: 'Nguyễn Thị Thanh Hương', achievement: `Hoàn thành tốt nhiệm vụ quản lý nhà trường năm học ${year - 1} - ${year}`, facts: goodYear, round: 'current', target: 'RETURNED' },
    // On their own (no round): just sent to the officer, before the council, posted, and awaiting the chairman.
    { key: 'own-mn-dot-xuat', unitHead: 'truong.mamnon', title: AwardTitle.GIAY_KHEN_DOT_XUAT, nominee: 'Kiều Thị Yến', person: 'Kiều Thị Yến', achievement: 'Kịp thời sơ cứu, đưa trẻ bị hóc dị vật đến cơ sở y tế, bảo đảm an toàn tính mạng cho trẻ', achievementRef: `Sơ cứu trẻ tại Trường Mầm non Ngô Quyền, tháng 11/${year}`, round: null, target: 'SUBMITTED' },
    { key: 'own-tdp1-dot-xuat', unitHead: 'tdp1', title: AwardTitle.GIAY_KHEN_DOT_XUAT, nominee: 'Ngô Văn Bình', person: 'Ngô Văn Bình', achievement: 'Kịp thời phát hiện, dập tắt đám cháy tại khu dân cư, bảo vệ an toàn tính mạng và tài sản của Nhân dân', achievementRef: `Phòng cháy, chữa cháy tại tổ dân phố số 1, tháng 11/${year}`, round: null, target: 'IN_COUNCIL_REVIEW' },
    { key: 'own-mn-giay-khen', unitHead: 'truong.mamnon', title: AwardTitle.GIAY_KHEN_CA_NHAN, nominee: 'Hoàng Thị Mai', person: 'Hoàng Thị Mai', achievement: `Hoàn thành xuất sắc nhiệm vụ Hiệu trưởng năm học ${year - 1} - ${year}`, facts: { monthsWorkedInYear: 12, rating: 'HTXSNV' }, round: null, target: 'PUBLICLY_POSTED' },
    { key: 'own-yt-dot-xuat', unitHead: 'tram.yte', title: AwardTitle.GIAY_KHEN_DOT_XUAT, nominee: 'Vũ Đức Thắng', person: 'Vũ Đức Thắng', achievement: 'Tổ chức cấp cứu kịp thời các nạn nhân vụ tai nạn giao thông trên địa bàn phường', achievementRef: `Cấp cứu tai nạn giao thông, tháng 10/${year}`, round: null, target: 'AWAITING_DECISION' },
  ];
}

/** What the officer asks a returned dossier for. */
export const RETURN_ITEMS = [{ paper: 'Biên bản bình xét thi đua', reason: 'Biên bản chưa có chữ ký của chủ tọa và thư ký cuộc họp bình xét; đề nghị bổ sung bản có đủ chữ ký.' }];
