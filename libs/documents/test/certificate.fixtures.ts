import type { CertificateDocumentModel, CertificatePaperKind } from '../src';
import { LONG_NAME } from './decision.fixtures';

/** Fixed issue instant (no clock): 26/11/2026 09:00 in Vietnam. */
export const ISSUED_AT = new Date('2026-11-26T02:00:00Z');

const METADATA = {
  author: 'Ủy ban nhân dân phường Ngô Quyền',
  subject: 'Giấy khen',
  keywords: ['khen thưởng', 'Giấy khen', '07/QĐ-UBND'],
  createdAt: ISSUED_AT,
};

/** Giấy khen for one person: the base the other kinds vary. */
export function certificate(overrides: Partial<CertificateDocumentModel> = {}): CertificateDocumentModel {
  return {
    kind: 'GIAY_KHEN_CA_NHAN',
    documentTitle: 'Giấy khen - Bà Nguyễn Thị Hồng Nhung - Quyết định 07/QĐ-UBND',
    metadata: METADATA,
    bodyNameUpper: 'PHƯỜNG NGÔ QUYỀN',
    recipientLine: 'Bà Nguyễn Thị Hồng Nhung',
    detailLine: 'Tổ trưởng Tổ dân phố số 3, phường Ngô Quyền',
    achievementText: 'Đã có thành tích xuất sắc trong phong trào thi đua "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2026.',
    decisionNumberText: '07/QĐ-UBND',
    decisionDateText: 'ngày 26 tháng 11 năm 2026',
    registerNumberText: '125',
    placeName: 'Ngô Quyền',
    dateText: 'ngày 26 tháng 11 năm 2026',
    signer: { positionLine: 'CHỦ TỊCH', name: 'Trần Văn Bình' },
    verificationUrl: 'https://khenthuong.ngoquyen.example.vn/xac-thuc/7c0b5e2a-3d41-4f8e-9a65-0f1d2c3b4a59',
    ...overrides,
  };
}

/** One fixture per kind, with the recipient wording each kind uses. */
export const CERTIFICATES_BY_KIND: Record<CertificatePaperKind, CertificateDocumentModel> = {
  GIAY_KHEN_CA_NHAN: certificate(),
  GIAY_KHEN_TAP_THE: certificate({
    kind: 'GIAY_KHEN_TAP_THE',
    documentTitle: 'Giấy khen - Trạm Y tế phường - Quyết định 07/QĐ-UBND',
    recipientLine: 'Trạm Y tế phường Ngô Quyền',
    detailLine: undefined,
    achievementText: 'Đã có thành tích xuất sắc trong công tác chăm sóc sức khỏe Nhân dân năm 2026.',
    registerNumberText: '126',
  }),
  GIAY_KHEN_HO_GIA_DINH: certificate({
    kind: 'GIAY_KHEN_HO_GIA_DINH',
    documentTitle: 'Giấy khen - Gia đình ông Phạm Văn Hùng - Quyết định 07/QĐ-UBND',
    recipientLine: 'Gia đình ông Phạm Văn Hùng',
    detailLine: 'Số 12, ngõ 45, Tổ dân phố số 5, phường Ngô Quyền',
    achievementText: 'Đã đạt danh hiệu "Gia đình văn hóa" ba năm liền (2024 - 2026).',
    registerNumberText: undefined,
  }),
  CHIEN_SI_THI_DUA_CO_SO: certificate({
    kind: 'CHIEN_SI_THI_DUA_CO_SO',
    documentTitle: 'Giấy chứng nhận Chiến sĩ thi đua cơ sở - Ông Lê Quang Dũng - Quyết định 08/QĐ-UBND',
    yearText: 'Năm 2026',
    recipientLine: 'Ông Lê Quang Dũng',
    detailLine: 'Công chức Văn phòng - Thống kê, Ủy ban nhân dân phường Ngô Quyền',
    achievementText: 'Đã có thành tích xuất sắc, hoàn thành xuất sắc nhiệm vụ và có sáng kiến được công nhận năm 2026.',
    decisionNumberText: '08/QĐ-UBND',
  }),
  TAP_THE_LAO_DONG_TIEN_TIEN: certificate({
    kind: 'TAP_THE_LAO_DONG_TIEN_TIEN',
    documentTitle: 'Giấy chứng nhận Tập thể lao động tiên tiến - Trường Tiểu học Ngô Quyền - Quyết định 09/QĐ-UBND',
    yearText: 'Năm 2026',
    recipientLine: 'Trường Tiểu học Ngô Quyền',
    detailLine: undefined,
    achievementText: 'Đã hoàn thành tốt nhiệm vụ và kế hoạch được giao năm 2026.',
    decisionNumberText: '09/QĐ-UBND',
  }),
  GIA_DINH_VAN_HOA: certificate({
    kind: 'GIA_DINH_VAN_HOA',
    documentTitle: 'Giấy công nhận Gia đình văn hóa - Gia đình bà Vũ Thị Lan - Quyết định 10/QĐ-UBND',
    yearText: 'Năm 2026',
    recipientLine: 'Gia đình bà Vũ Thị Lan',
    detailLine: 'Số 8, đường Lê Lợi, Tổ dân phố số 2, phường Ngô Quyền',
    achievementText: 'Đã đạt tiêu chuẩn danh hiệu "Gia đình văn hóa" năm 2026.',
    decisionNumberText: '10/QĐ-UBND',
    registerNumberText: undefined,
    signer: { authorityLine: 'KT. CHỦ TỊCH', positionLine: 'PHÓ CHỦ TỊCH', name: 'Lê Thị Cúc' },
  }),
  TO_DAN_PHO_VAN_HOA: certificate({
    kind: 'TO_DAN_PHO_VAN_HOA',
    documentTitle: 'Giấy chứng nhận Tổ dân phố văn hóa - Tổ dân phố số 3 - Quyết định 11/QĐ-UBND',
    yearText: 'Năm 2026',
    recipientLine: 'Tổ dân phố số 3',
    detailLine: 'Phường Ngô Quyền',
    achievementText: 'Đã đạt tiêu chuẩn danh hiệu "Tổ dân phố văn hóa" năm 2026.',
    decisionNumberText: '11/QĐ-UBND',
  }),
};

/** The longest realistic recipient: every tone mark, a collective's long name. */
export const LONG_RECIPIENT = `Bà ${LONG_NAME}`;
export const VERY_LONG_RECIPIENT =
  'Chi hội Cựu chiến binh Tổ dân phố số 12 thuộc Hội Cựu chiến binh phường Ngô Quyền, thành phố Hải Phòng';
