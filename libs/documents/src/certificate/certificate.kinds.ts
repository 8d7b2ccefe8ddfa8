import type { CertificatePaperKind } from './certificate.model';

export interface CertificateDesign {
  /** Name of the paper, for titles and metadata. */
  paperName: string;
  action: string;
  title: string;
}

/**
 * Default headlines per docs/documents.md §2 ("TẶNG" + "GIẤY KHEN", "TẶNG DANH HIỆU" + title). The family
 * title is "công nhận" in Nghị định 86/2023's wording; provinces word these differently, hence the
 * model's `headline` override.
 */
export const CERTIFICATE_DESIGNS: Readonly<Record<CertificatePaperKind, CertificateDesign>> = {
  GIAY_KHEN_CA_NHAN: { paperName: 'Giấy khen', action: 'TẶNG', title: 'GIẤY KHEN' },
  GIAY_KHEN_TAP_THE: { paperName: 'Giấy khen', action: 'TẶNG', title: 'GIẤY KHEN' },
  GIAY_KHEN_HO_GIA_DINH: { paperName: 'Giấy khen', action: 'TẶNG', title: 'GIẤY KHEN' },
  CHIEN_SI_THI_DUA_CO_SO: {
    paperName: 'Giấy chứng nhận danh hiệu Chiến sĩ thi đua cơ sở',
    action: 'TẶNG DANH HIỆU',
    title: 'CHIẾN SĨ THI ĐUA CƠ SỞ',
  },
  TAP_THE_LAO_DONG_TIEN_TIEN: {
    paperName: 'Giấy chứng nhận danh hiệu Tập thể lao động tiên tiến',
    action: 'TẶNG DANH HIỆU',
    title: 'TẬP THỂ LAO ĐỘNG TIÊN TIẾN',
  },
  GIA_DINH_VAN_HOA: { paperName: 'Giấy công nhận danh hiệu Gia đình văn hóa', action: 'CÔNG NHẬN DANH HIỆU', title: 'GIA ĐÌNH VĂN HÓA' },
  TO_DAN_PHO_VAN_HOA: { paperName: 'Giấy chứng nhận danh hiệu Tổ dân phố văn hóa', action: 'TẶNG DANH HIỆU', title: 'TỔ DÂN PHỐ VĂN HÓA' },
};

export const CERTIFICATE_PAPER_KINDS = Object.keys(CERTIFICATE_DESIGNS) as CertificatePaperKind[];
