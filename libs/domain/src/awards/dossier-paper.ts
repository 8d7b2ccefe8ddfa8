/** Papers of a commendation dossier (Luật TĐKT 2022, Điều 84; Nghị định 98/2023, Điều 40; Nghị định 86/2023). */
export enum DossierPaper {
  TO_TRINH = 'TO_TRINH',
  BAO_CAO_THANH_TICH = 'BAO_CAO_THANH_TICH',
  BAO_CAO_TOM_TAT_THANH_TICH = 'BAO_CAO_TOM_TAT_THANH_TICH',
  BIEN_BAN_BINH_XET = 'BIEN_BAN_BINH_XET',
  BIEN_BAN_XET_KHEN_THUONG = 'BIEN_BAN_XET_KHEN_THUONG',
  CHUNG_NHAN_SANG_KIEN = 'CHUNG_NHAN_SANG_KIEN',
  XAC_NHAN_THANH_TICH_DOT_XUAT = 'XAC_NHAN_THANH_TICH_DOT_XUAT',
  DANH_SACH_DE_NGHI = 'DANH_SACH_DE_NGHI',
}

export const DOSSIER_PAPER_NAMES_VI: Readonly<Record<DossierPaper, string>> = {
  [DossierPaper.TO_TRINH]: 'Tờ trình đề nghị khen thưởng',
  [DossierPaper.BAO_CAO_THANH_TICH]: 'Báo cáo thành tích',
  [DossierPaper.BAO_CAO_TOM_TAT_THANH_TICH]: 'Báo cáo tóm tắt thành tích',
  [DossierPaper.BIEN_BAN_BINH_XET]: 'Biên bản bình xét thi đua',
  [DossierPaper.BIEN_BAN_XET_KHEN_THUONG]: 'Biên bản xét khen thưởng',
  [DossierPaper.CHUNG_NHAN_SANG_KIEN]: 'Chứng nhận sáng kiến hoặc đề tài, đề án, công trình khoa học được nghiệm thu',
  [DossierPaper.XAC_NHAN_THANH_TICH_DOT_XUAT]: 'Xác nhận của cơ quan có thẩm quyền về thành tích đột xuất',
  [DossierPaper.DANH_SACH_DE_NGHI]: 'Danh sách đề nghị',
};

/** Physical form of an award (docs/legal.md §6). */
export type CertificateKind =
  | 'BANG_CHUNG_NHAN' // Bằng chứng nhận, with frame
  | 'GIAY_KHEN' // the Giấy khen is itself the printed award
  | 'GIAY_CHUNG_NHAN' // optional ward print for titles without a statutory certificate
  | 'GIAY_CONG_NHAN'; // recognition paper (cultural titles), only if configured

export const CERTIFICATE_KIND_NAMES_VI: Readonly<Record<CertificateKind, string>> = {
  BANG_CHUNG_NHAN: 'Bằng chứng nhận',
  GIAY_KHEN: 'Giấy khen',
  GIAY_CHUNG_NHAN: 'Giấy chứng nhận',
  GIAY_CONG_NHAN: 'Giấy công nhận',
};

/**
 * Papers a unit files once for its whole list in a round (its submission, its list, its minutes),
 * not once per nominee: in a round they count for every proposal of that unit (docs/dossier.md).
 */
export const ROUND_LIST_PAPERS: readonly DossierPaper[] = [
  DossierPaper.TO_TRINH,
  DossierPaper.DANH_SACH_DE_NGHI,
  DossierPaper.BIEN_BAN_BINH_XET,
  DossierPaper.BIEN_BAN_XET_KHEN_THUONG,
];
