import type { DocumentMetadataModel } from '../pdf/pdf.metadata';
import type { DecisionSigner } from '../decision/decision.model';

/**
 * The printed certificates of the ward (docs/documents.md §2). Not the domain's `CertificateKind`,
 * which names the physical form (Giấy khen, Bằng chứng nhận, …); this names the design printed.
 */
export type CertificatePaperKind =
  | 'GIAY_KHEN_CA_NHAN'
  | 'GIAY_KHEN_TAP_THE'
  | 'GIAY_KHEN_HO_GIA_DINH'
  | 'CHIEN_SI_THI_DUA_CO_SO'
  | 'TAP_THE_LAO_DONG_TIEN_TIEN'
  | 'GIA_DINH_VAN_HOA'
  | 'TO_DAN_PHO_VAN_HOA';

/** One certificate for one recipient, A4 landscape. Every value is already formatted; all text is escaped. */
export interface CertificateDocumentModel {
  kind: CertificatePaperKind;
  /** PDF title: 'Giấy khen - Bà Đoàn Thị Ánh - Quyết định 07/QĐ-UBND'. */
  documentTitle: string;
  metadata: DocumentMetadataModel;

  /** 'PHƯỜNG NGÔ QUYỀN'; the issuer line reads "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NGÔ QUYỀN". */
  bodyNameUpper: string;
  /**
   * Replaces the kind's default headline (e.g. "TẶNG DANH HIỆU" / "TỔ DÂN PHỐ VĂN HÓA"), where a
   * province words it otherwise ("CÔNG NHẬN").
   */
  headline?: { action: string; title: string };
  /** Under the title for yearly titles: 'Năm 2026'. */
  yearText?: string;

  /** As printed: 'Bà Đoàn Thị Ánh', 'Tổ dân phố số 3', 'Gia đình ông Nguyễn Văn An'. */
  recipientLine: string;
  /** Position and unit, or address: 'Tổ trưởng Tổ dân phố số 3, phường Ngô Quyền'. */
  detailLine?: string;
  /** 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2026.' */
  achievementText: string;

  /** '07/QĐ-UBND' */
  decisionNumberText: string;
  /** 'ngày 26 tháng 11 năm 2026' */
  decisionDateText: string;
  /** Số sổ vàng (register number), when the ward keeps one. */
  registerNumberText?: string;

  placeName: string;
  /** Signing date as written: 'ngày 26 tháng 11 năm 2026'. */
  dateText: string;
  signer: DecisionSigner;
  verificationUrl: string;
}
