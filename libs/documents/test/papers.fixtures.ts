import type { CouncilMinutesModel, PaymentListModel, PostingNoticeModel, SubmissionDocumentModel } from '../src';
import { ISSUED_AT } from './certificate.fixtures';

const AUTHOR = 'Ủy ban nhân dân phường Ngô Quyền';
const VERIFY = 'https://khenthuong.ngoquyen.example.vn/xac-thuc/';

export const MEMBERS = [
  { name: 'Trần Văn Bình', role: 'Chủ tịch UBND phường, Chủ tịch Hội đồng', present: true },
  { name: 'Lê Thị Cúc', role: 'Phó Chủ tịch UBND phường, Phó Chủ tịch Hội đồng', present: true },
  { name: 'Nguyễn Thị Hà', role: 'Công chức Văn phòng - Thống kê, Thư ký Hội đồng', present: true },
  { name: 'Phạm Văn Hải', role: 'Chủ tịch Ủy ban MTTQ Việt Nam phường, Ủy viên', present: true },
  { name: 'Đỗ Minh Khôi', role: 'Chủ tịch Hội Cựu chiến binh phường, Ủy viên', present: true },
  { name: 'Hoàng Thị Mai', role: 'Chủ tịch Hội Liên hiệp Phụ nữ phường, Ủy viên', present: false, absenceReason: 'đi công tác' },
  { name: 'Vũ Đức Thắng', role: 'Bí thư Đoàn phường, Ủy viên', present: true },
];

/** Minutes of an open vote cast in the system; `secretMinutes()` is the same session by secret ballot. */
export function openMinutes(overrides: Partial<CouncilMinutesModel> = {}): CouncilMinutesModel {
  return {
    documentTitle: 'Biên bản họp Hội đồng Thi đua - Khen thưởng phường ngày 20/11/2026',
    metadata: { author: AUTHOR, subject: 'Biên bản họp Hội đồng Thi đua - Khen thưởng', keywords: ['biên bản', 'Hội đồng TĐKT', '03/BB-HĐTĐKT'], createdAt: ISSUED_AT },
    bodyLineUpper: 'UBND PHƯỜNG NGÔ QUYỀN',
    bodyName: 'phường Ngô Quyền',
    numberText: '03/BB-HĐTĐKT',
    placeName: 'Ngô Quyền',
    dateText: 'ngày 20 tháng 11 năm 2026',
    subjectLine: 'V/v xét, đề nghị khen thưởng danh hiệu thi đua năm 2026',
    startTimeText: '14 giờ 00 phút, ngày 20 tháng 11 năm 2026',
    venue: 'Hội trường Ủy ban nhân dân phường Ngô Quyền',
    chair: { name: 'Trần Văn Bình', role: 'Chủ tịch UBND phường, Chủ tịch Hội đồng' },
    secretary: { name: 'Nguyễn Thị Hà', role: 'Công chức Văn phòng - Thống kê, Thư ký Hội đồng' },
    members: MEMBERS,
    quorumText: 'Số thành viên có mặt bảo đảm từ hai phần ba tổng số thành viên Hội đồng trở lên, cuộc họp đủ điều kiện tiến hành theo Quy chế hoạt động của Hội đồng.',
    contentParagraphs: [
      'Thư ký Hội đồng báo cáo tiêu chuẩn các danh hiệu thi đua theo Luật Thi đua, khen thưởng năm 2022 và tóm tắt thành tích của các trường hợp được đề nghị.',
      'Các thành viên Hội đồng thảo luận, thống nhất các trường hợp đủ tiêu chuẩn đưa ra biểu quyết.',
    ],
    voting: { method: 'open', opinions: [{ memberName: 'Phạm Văn Hải', nomineeName: 'Bùi Văn Tùng', choiceText: 'không đồng ý', comment: 'Chưa có sáng kiến được công nhận.' }] },
    nominees: [
      { name: 'Lê Quang Dũng', positionAndUnit: 'Công chức Văn phòng - Thống kê', titleText: 'Chiến sĩ thi đua cơ sở', agree: 6, disagree: 0, abstain: 0, agreePercentText: '85,7', passed: true },
      { name: 'Trường Tiểu học Ngô Quyền', positionAndUnit: 'Phường Ngô Quyền', titleText: 'Tập thể lao động tiên tiến', agree: 5, disagree: 1, abstain: 0, agreePercentText: '71,4', passed: true },
      { name: 'Bùi Văn Tùng', positionAndUnit: 'Tổ trưởng Tổ dân phố số 7', titleText: 'Giấy khen', agree: 3, disagree: 2, abstain: 1, agreePercentText: '42,9', passed: false },
    ],
    conclusionText: 'Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân phường quyết định tặng danh hiệu cho 02 trường hợp đạt tỷ lệ đồng ý theo quy định.',
    closingTimeText: '16 giờ 30 phút cùng ngày',
    verificationUrl: `${VERIFY}0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8`,
    ...overrides,
  };
}

export function secretMinutes(overrides: Partial<CouncilMinutesModel> = {}): CouncilMinutesModel {
  return openMinutes({
    voting: {
      method: 'secret',
      countingBoard: ['Ông Phạm Văn Hải - Trưởng ban', 'Ông Vũ Đức Thắng - Thành viên'],
      ballotsIssued: 6,
      ballotsReturned: 6,
      ballotsValid: 6,
      ballotsInvalid: 0,
    },
    ...overrides,
  });
}

export function submission(overrides: Partial<SubmissionDocumentModel> = {}): SubmissionDocumentModel {
  return {
    route: 'ward-chairman',
    documentTitle: 'Tờ trình 05/TTr-HĐTĐKT đề nghị khen thưởng năm 2026',
    metadata: { author: AUTHOR, subject: 'Tờ trình đề nghị khen thưởng', keywords: ['tờ trình', '05/TTr-HĐTĐKT'], createdAt: ISSUED_AT },
    issuerLines: ['UBND PHƯỜNG NGÔ QUYỀN', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG'],
    numberText: '05/TTr-HĐTĐKT',
    placeName: 'Ngô Quyền',
    dateText: 'ngày 21 tháng 11 năm 2026',
    subjectLine: 'V/v đề nghị tặng danh hiệu thi đua năm 2026',
    addresseeLines: ['Chủ tịch Ủy ban nhân dân phường Ngô Quyền'],
    bases: [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng phường ngày 20 tháng 11 năm 2026, tỷ lệ đồng ý từ 71,4% trở lên;',
    ],
    counts: [
      { titleText: 'Chiến sĩ thi đua cơ sở', individuals: 1, collectives: 0 },
      { titleText: 'Tập thể lao động tiên tiến', individuals: 0, collectives: 1 },
    ],
    requestText: 'Hội đồng Thi đua - Khen thưởng phường kính đề nghị Chủ tịch Ủy ban nhân dân phường xem xét, quyết định tặng danh hiệu thi đua năm 2026 cho 01 cá nhân và 01 tập thể',
    nominees: [
      { name: 'Lê Quang Dũng', positionAndUnit: 'Công chức Văn phòng - Thống kê', titleText: 'Chiến sĩ thi đua cơ sở', kind: 'individual' },
      { name: 'Trường Tiểu học Ngô Quyền', positionAndUnit: 'Phường Ngô Quyền', titleText: 'Tập thể lao động tiên tiến', kind: 'collective' },
    ],
    attachments: ['Danh sách đề nghị khen thưởng;', 'Báo cáo thành tích của cá nhân, tập thể;', 'Biên bản họp Hội đồng Thi đua - Khen thưởng phường;', 'Giấy chứng nhận sáng kiến.'],
    closingRequest: 'Kính đề nghị Chủ tịch Ủy ban nhân dân phường xem xét, quyết định./.',
    recipientsOfCopy: ['Như trên;', 'Lưu: HĐTĐKT.'],
    signer: { authorityLine: 'TM. HỘI ĐỒNG', positionLine: 'CHỦ TỊCH', name: 'Trần Văn Bình' },
    annexTitle: 'DANH SÁCH ĐỀ NGHỊ TẶNG DANH HIỆU THI ĐUA NĂM 2026',
    verificationUrl: `${VERIFY}1c2d3e4f-5061-4b72-8c83-a4b5c6d7e8f9`,
    ...overrides,
  };
}

/** The ward asks the city for a title beyond its authority. */
export function escalatedSubmission(overrides: Partial<SubmissionDocumentModel> = {}): SubmissionDocumentModel {
  return submission({
    route: 'higher-level',
    documentTitle: 'Tờ trình 15/TTr-UBND đề nghị tặng Bằng khen của Chủ tịch UBND thành phố',
    issuerLines: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NGÔ QUYỀN'],
    numberText: '15/TTr-UBND',
    subjectLine: 'V/v đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân thành phố',
    addresseeLines: ['Chủ tịch Ủy ban nhân dân thành phố Hải Phòng', '(qua Sở Nội vụ)'],
    escalationText: 'Hình thức khen thưởng "Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh" không thuộc thẩm quyền quyết định của Chủ tịch Ủy ban nhân dân phường theo Điều 80 Luật Thi đua, khen thưởng.',
    counts: [{ titleText: 'Bằng khen của Chủ tịch UBND thành phố', individuals: 1, collectives: 0 }],
    requestText: 'Ủy ban nhân dân phường Ngô Quyền kính đề nghị Chủ tịch Ủy ban nhân dân thành phố xem xét, quyết định tặng Bằng khen cho 01 cá nhân',
    nominees: [{ name: 'Lê Quang Dũng', positionAndUnit: 'Công chức Văn phòng - Thống kê, UBND phường Ngô Quyền', titleText: 'Bằng khen của Chủ tịch UBND thành phố', kind: 'individual' }],
    closingRequest: 'Kính đề nghị Chủ tịch Ủy ban nhân dân thành phố xem xét, quyết định./.',
    recipientsOfCopy: ['Như trên;', 'Chủ tịch, các Phó Chủ tịch UBND phường;', 'Lưu: VT, VP.'],
    signer: { authorityLine: 'TM. ỦY BAN NHÂN DÂN', positionLine: 'CHỦ TỊCH', name: 'Trần Văn Bình' },
    annexTitle: 'DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ',
    ...overrides,
  });
}

export function postingNotice(overrides: Partial<PostingNoticeModel> = {}): PostingNoticeModel {
  return {
    documentTitle: 'Thông báo 12/TB-UBND niêm yết công khai danh sách đề nghị khen thưởng năm 2026',
    metadata: { author: AUTHOR, subject: 'Thông báo niêm yết công khai', keywords: ['thông báo', 'niêm yết', '12/TB-UBND'], createdAt: ISSUED_AT },
    bodyNameUpper: 'PHƯỜNG NGÔ QUYỀN',
    bodyName: 'phường Ngô Quyền',
    numberText: '12/TB-UBND',
    placeName: 'Ngô Quyền',
    dateText: 'ngày 20 tháng 11 năm 2026',
    subjectLine: 'Về việc niêm yết công khai danh sách cá nhân, tập thể đề nghị khen thưởng năm 2026',
    bases: [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng phường ngày 20 tháng 11 năm 2026;',
      'Ủy ban nhân dân phường Ngô Quyền thông báo niêm yết công khai như sau:',
    ],
    postedItemsText: 'Danh sách 01 cá nhân, 01 tập thể đề nghị khen thưởng năm 2026 và báo cáo thành tích kèm theo.',
    places: ['Trụ sở Ủy ban nhân dân phường Ngô Quyền', 'Nhà văn hóa các tổ dân phố', 'Trang thông tin điện tử của phường'],
    periodFromText: 'ngày 23 tháng 11 năm 2026',
    periodToText: 'ngày 27 tháng 11 năm 2026',
    periodNote: '(05 ngày làm việc)',
    objection: {
      receiver: 'Công chức Văn phòng - Thống kê Ủy ban nhân dân phường (bà Nguyễn Thị Hà)',
      address: 'Số 1 đường Lạch Tray, phường Ngô Quyền',
      phone: '0225 3 846 123',
      email: 'vanphong@ngoquyen.example.vn',
      means: 'bằng văn bản hoặc trực tiếp',
    },
    entries: [
      { name: 'Lê Quang Dũng', positionAndUnit: 'Công chức Văn phòng - Thống kê', titleText: 'Chiến sĩ thi đua cơ sở' },
      { name: 'Trường Tiểu học Ngô Quyền', positionAndUnit: 'Phường Ngô Quyền', titleText: 'Tập thể lao động tiên tiến' },
    ],
    annexTitle: 'DANH SÁCH CÁ NHÂN, TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026',
    recipientsOfCopy: ['Các tổ dân phố (để niêm yết);', 'Hội đồng TĐKT phường;', 'Lưu: VT, VP.'],
    signer: { authorityLine: 'TM. ỦY BAN NHÂN DÂN', positionLine: 'CHỦ TỊCH', name: 'Trần Văn Bình' },
    verificationUrl: `${VERIFY}2d3e4f50-6172-4c83-9d94-b5c6d7e8f901`,
    ...overrides,
  };
}

export function paymentList(overrides: Partial<PaymentListModel> = {}): PaymentListModel {
  return {
    documentTitle: 'Danh sách chi tiền thưởng theo Quyết định 07/QĐ-UBND',
    metadata: { author: AUTHOR, subject: 'Danh sách chi tiền thưởng', keywords: ['chi tiền thưởng', '07/QĐ-UBND'], createdAt: ISSUED_AT },
    bodyNameUpper: 'PHƯỜNG NGÔ QUYỀN',
    subjectLine: 'Danh hiệu "Tập thể lao động tiên tiến" năm 2026',
    referenceLine: '(Kèm theo Quyết định số 07/QĐ-UBND ngày 26 tháng 11 năm 2026 của Chủ tịch UBND phường Ngô Quyền)',
    rows: [
      { name: 'Trường Tiểu học Ngô Quyền', positionAndUnit: 'Phường Ngô Quyền', amountText: '1.880.000' },
      { name: 'Trạm Y tế phường', positionAndUnit: 'Phường Ngô Quyền', amountText: '1.880.000' },
      { name: 'Tổ dân phố số 3', positionAndUnit: 'Phường Ngô Quyền', amountText: '3.510.000' },
    ],
    totalAmountText: '7.270.000',
    totalInWords: 'Bảy triệu hai trăm bảy mươi nghìn đồng',
    placeName: 'Ngô Quyền',
    dateText: 'ngày 28 tháng 11 năm 2026',
    signatures: [
      { titleLines: ['NGƯỜI LẬP BIỂU'], name: 'Nguyễn Thị Hà' },
      { titleLines: ['KẾ TOÁN'], name: 'Đinh Thị Yến' },
      { titleLines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Lê Thị Cúc' },
    ],
    verificationUrl: `${VERIFY}3e4f5061-7283-4d94-8ea5-c6d7e8f90112`,
    ...overrides,
  };
}
