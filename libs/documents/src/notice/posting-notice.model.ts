import type { DocumentMetadataModel } from '../pdf/pdf.metadata';
import type { DecisionSigner } from '../decision/decision.model';

/** Thông báo niêm yết công khai (docs/documents.md §5): the list posted before the decision, and how to object. */
export interface PostingNoticeModel {
  documentTitle: string;
  metadata: DocumentMetadataModel;
  /** 'PHƯỜNG NGÔ QUYỀN' under "ỦY BAN NHÂN DÂN". */
  bodyNameUpper: string;
  bodyName: string;
  /** '12/TB-UBND' */
  numberText: string;
  placeName: string;
  dateText: string;
  /** 'Về việc niêm yết công khai danh sách cá nhân, tập thể đề nghị khen thưởng năm 2026' */
  subjectLine: string;
  /** Bases incl. the council meeting and its result, as given. */
  bases: string[];
  /** What is posted: 'Danh sách 12 cá nhân, 3 tập thể đề nghị khen thưởng và báo cáo thành tích kèm theo.' */
  postedItemsText: string;
  /** Where: ['Trụ sở Ủy ban nhân dân phường', 'Nhà văn hóa các tổ dân phố', 'Trang thông tin điện tử của phường']. */
  places: string[];
  /** 'ngày 23 tháng 11 năm 2026' */
  periodFromText: string;
  /** 'ngày 27 tháng 11 năm 2026' (the last day, inclusive). */
  periodToText: string;
  /** Printed after the period, e.g. '(kể cả thứ Bảy, Chủ nhật)' or '(05 ngày làm việc)'. */
  periodNote?: string;
  objection: {
    /** 'Công chức Văn phòng - Thống kê (đồng chí Nguyễn Thị Hà)' */
    receiver: string;
    address: string;
    /** Printed only when the body has one (not invented when missing). */
    phone?: string;
    email?: string;
    /** The public objection form, e.g. 'https://khenthuong.example.vn/cong-khai'. */
    onlineUrl?: string;
    /** 'bằng văn bản hoặc trực tiếp' */
    means: string;
  };
  entries: Array<{ name: string; positionAndUnit: string; titleText: string }>;
  annexTitle: string;
  recipientsOfCopy: string[];
  signer: DecisionSigner;
  verificationUrl: string;
}
