import type { DocumentMetadataModel } from '../pdf/pdf.metadata';

/** Danh sách chi tiền thưởng: who receives how much, signed for on receipt. */
export interface PaymentListModel {
  documentTitle: string;
  metadata: DocumentMetadataModel;
  /** 'PHƯỜNG NGÔ QUYỀN' under "ỦY BAN NHÂN DÂN". */
  bodyNameUpper: string;
  /** 'Danh hiệu "Tập thể lao động tiên tiến" năm 2026' */
  subjectLine: string;
  /** '(Kèm theo Quyết định số 07/QĐ-UBND ngày 26 tháng 11 năm 2026 của Chủ tịch UBND phường Ngô Quyền)' */
  referenceLine: string;
  rows: Array<{ name: string; positionAndUnit: string; amountText: string }>;
  /** Digits grouped: '7.080.000'; must equal the sum of the rows (checked). */
  totalAmountText: string;
  /** From the domain's vndInWords: 'Bảy triệu không trăm tám mươi nghìn đồng'. */
  totalInWords: string;
  placeName: string;
  dateText: string;
  /** Left to right, e.g. NGƯỜI LẬP BIỂU, KẾ TOÁN, and 'KT. CHỦ TỊCH' + 'PHÓ CHỦ TỊCH'. */
  signatures: Array<{ titleLines: string[]; name: string }>;
  verificationUrl: string;
}
