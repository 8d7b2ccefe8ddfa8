export enum AwardTitle {
  // Ward-level titles and forms (Luật TĐKT 2022, Điều 80; Nghị định 129/2025 from 01/7/2025)
  LAO_DONG_TIEN_TIEN = 'LAO_DONG_TIEN_TIEN',
  CHIEN_SI_THI_DUA_CO_SO = 'CHIEN_SI_THI_DUA_CO_SO',
  GIAY_KHEN_CA_NHAN = 'GIAY_KHEN_CA_NHAN',
  TAP_THE_LAO_DONG_TIEN_TIEN = 'TAP_THE_LAO_DONG_TIEN_TIEN',
  GIAY_KHEN_TAP_THE = 'GIAY_KHEN_TAP_THE',
  GIA_DINH_VAN_HOA = 'GIA_DINH_VAN_HOA',
  TO_DAN_PHO_VAN_HOA = 'TO_DAN_PHO_VAN_HOA',
  GIAY_KHEN_DOT_XUAT = 'GIAY_KHEN_DOT_XUAT',
  GIAY_KHEN_THEO_DOT = 'GIAY_KHEN_THEO_DOT',
  // Beyond the ward: proposals are escalated, never refused for authority
  TAP_THE_LAO_DONG_XUAT_SAC = 'TAP_THE_LAO_DONG_XUAT_SAC',
  CHIEN_SI_THI_DUA_CAP_TINH = 'CHIEN_SI_THI_DUA_CAP_TINH',
  BANG_KHEN_CHU_TICH_TINH = 'BANG_KHEN_CHU_TICH_TINH',
  CHIEN_SI_THI_DUA_TOAN_QUOC = 'CHIEN_SI_THI_DUA_TOAN_QUOC',
}

export const ALL_AWARD_TITLES: readonly AwardTitle[] = Object.values(AwardTitle);

export type RecipientKind = 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD' | 'RESIDENTIAL_GROUP';

/** Yearly performance rating of a cadre/civil servant: HTXSNV > HTTNV > HTNV > KHTNV. */
export type PerformanceRating = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';

export const PERFORMANCE_RATING_NAMES_VI: Readonly<Record<PerformanceRating, string>> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};
