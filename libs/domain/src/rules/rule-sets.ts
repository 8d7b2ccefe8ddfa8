import { AwardTitle } from '../awards/award-title';
import { DossierPaper } from '../awards/dossier-paper';
import { CouncilRuleParams } from '../council/council-rule';
import { CITATION } from './citations';
import { DecisionAuthority, RuleSetParams } from './rule-set.types';

const { TO_TRINH, BAO_CAO_THANH_TICH, BAO_CAO_TOM_TAT_THANH_TICH, BIEN_BAN_BINH_XET, BIEN_BAN_XET_KHEN_THUONG, CHUNG_NHAN_SANG_KIEN, DANH_SACH_DE_NGHI } =
  DossierPaper;

const TITLE_PAPERS = [TO_TRINH, BAO_CAO_THANH_TICH, BIEN_BAN_BINH_XET]; // Luật TĐKT 2022, Điều 84 khoản 1
const INITIATIVE_PAPERS = [...TITLE_PAPERS, CHUNG_NHAN_SANG_KIEN]; // Điều 84 khoản 1 điểm d
const FORM_PAPERS = [TO_TRINH, BAO_CAO_THANH_TICH, BIEN_BAN_XET_KHEN_THUONG]; // Điều 84 khoản 2
const SIMPLIFIED_PAPERS = [TO_TRINH, BAO_CAO_TOM_TAT_THANH_TICH]; // Điều 85; Nghị định 98/2023 Điều 40

const DOSSIER_PAPERS: Record<AwardTitle, DossierPaper[]> = {
  [AwardTitle.LAO_DONG_TIEN_TIEN]: TITLE_PAPERS,
  [AwardTitle.CHIEN_SI_THI_DUA_CO_SO]: INITIATIVE_PAPERS,
  [AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN]: TITLE_PAPERS,
  [AwardTitle.GIAY_KHEN_CA_NHAN]: FORM_PAPERS,
  [AwardTitle.GIAY_KHEN_TAP_THE]: FORM_PAPERS,
  [AwardTitle.GIAY_KHEN_THEO_DOT]: FORM_PAPERS,
  [AwardTitle.GIAY_KHEN_DOT_XUAT]: SIMPLIFIED_PAPERS,
  // Nghị định 86/2023: the residential group's minutes and list, the ward's submission. U (criteria and papers text).
  [AwardTitle.GIA_DINH_VAN_HOA]: [DANH_SACH_DE_NGHI, BIEN_BAN_BINH_XET, TO_TRINH],
  [AwardTitle.TO_DAN_PHO_VAN_HOA]: [TO_TRINH, BAO_CAO_THANH_TICH, BIEN_BAN_BINH_XET],
  [AwardTitle.TAP_THE_LAO_DONG_XUAT_SAC]: TITLE_PAPERS,
  [AwardTitle.CHIEN_SI_THI_DUA_CAP_TINH]: INITIATIVE_PAPERS,
  [AwardTitle.CHIEN_SI_THI_DUA_TOAN_QUOC]: INITIATIVE_PAPERS,
  [AwardTitle.BANG_KHEN_CHU_TICH_TINH]: FORM_PAPERS,
};

/** Titles and values of Nghị định 98/2023 Điều 54 (C): anything else in REWARD_COEFFICIENTS is U. */
export const STATUTORY_REWARD_COEFFICIENTS: Readonly<Partial<Record<AwardTitle, number>>> = {
  // Nghị định 98/2023, Điều 54 (same in 152/2025), C
  [AwardTitle.CHIEN_SI_THI_DUA_CO_SO]: 1.0,
  [AwardTitle.LAO_DONG_TIEN_TIEN]: 0.3,
  [AwardTitle.TAP_THE_LAO_DONG_XUAT_SAC]: 1.5,
  [AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN]: 0.8,
  [AwardTitle.TO_DAN_PHO_VAN_HOA]: 1.5,
  [AwardTitle.CHIEN_SI_THI_DUA_CAP_TINH]: 3.0,
  [AwardTitle.CHIEN_SI_THI_DUA_TOAN_QUOC]: 4.5,
};

const REWARD_COEFFICIENTS: Record<AwardTitle, number | null> = {
  ...(STATUTORY_REWARD_COEFFICIENTS as Record<AwardTitle, number>),
  // U: former decree, ward Giấy khen individual 0.15, collective twice the individual
  [AwardTitle.GIAY_KHEN_CA_NHAN]: 0.15,
  [AwardTitle.GIAY_KHEN_DOT_XUAT]: 0.15,
  [AwardTitle.GIAY_KHEN_THEO_DOT]: 0.15,
  [AwardTitle.GIAY_KHEN_TAP_THE]: 0.3,
  // U: no money for the yearly family title (docs/documents.md §6)
  [AwardTitle.GIA_DINH_VAN_HOA]: null,
  // Paid by the province from its fund; docs/legal.md silent on the coefficient → null here
  [AwardTitle.BANG_KHEN_CHU_TICH_TINH]: null,
};

const NINETY_PERCENT_OF_ALL = {
  base: 'ALL_MEMBERS',
  fraction: { numerator: 9, denominator: 10 },
  comparison: 'AT_LEAST',
  citation: CITATION.councilSecretBallot90,
} as const;

const COUNCIL: CouncilRuleParams = {
  // docs/legal.md §5, U: quorum two thirds of members present
  quorum: { fraction: { numerator: 2, denominator: 3 }, comparison: 'AT_LEAST', citation: CITATION.councilThreshold },
  // docs/legal.md §5, U: more than half of ALL members agree
  pass: { base: 'ALL_MEMBERS', fraction: { numerator: 1, denominator: 2 }, comparison: 'MORE_THAN', citation: CITATION.councilThreshold },
  // Nghị định 91/2017 Điều 45 khoản 8 (historical, C): secret ballot, ≥ 90% of all members
  passByTitle: {
    [AwardTitle.CHIEN_SI_THI_DUA_CAP_TINH]: NINETY_PERCENT_OF_ALL,
    [AwardTitle.CHIEN_SI_THI_DUA_TOAN_QUOC]: NINETY_PERCENT_OF_ALL,
  },
  secretBallotTitles: [AwardTitle.CHIEN_SI_THI_DUA_CAP_TINH, AwardTitle.CHIEN_SI_THI_DUA_TOAN_QUOC],
  recusedExcludedFromBase: true, // docs/legal.md silent
  tieBreak: 'FAIL', // docs/legal.md silent
};

/** Defaults shared by every rule set since 01/01/2024. */
export const BASE_PARAMS: Omit<RuleSetParams, 'localGovernmentLawBasisVi'> = {
  postingPeriodWorkingDays: 5, // U: docs/legal.md §5, no statutory period for ward titles
  culturalTitlePostingDays: 10, // Nghị định 86/2023 via docs/documents.md §6; U whether working days
  stateAwardPostingWorkingDays: 10, // Nghị định 98/2023 Điều 46; Nghị định 152/2025 Điều 60 khoản 3 (C)
  decisionTimeLimitWorkingDays: 10, // U: published ward procedures (docs/legal.md §4)
  decisionTimeLimitWithConsultationWorkingDays: 20, // U: idem
  refusalNoticeWorkingDays: 5, // U: idem
  returnForPapersWorkingDays: 5, // docs/legal.md silent
  maxReturnsForSupplement: 1, // U: published ward procedures, "supplement allowed once"
  cstdcsQuotaRatio: 0.15, // C for Nghị định 91/2017; U for 98/2023 and 152/2025
  quotaRounding: 'DOWN', // docs/legal.md §3
  cstdcsAcceptsExcellentRating: false, // U: sources disagree (docs/legal.md §3)
  ldttMinMonthsWorked: 6, // Thông tư 01/2024/TT-BNV; U for Thông tư 15/2025
  ldttCountsMaternityLeave: true, // U
  ldttCountsShortTraining: true, // U
  ldttExcludesDisciplined: true, // threshold U
  ttldttMinLdttShare: 0.5, // U: former law, "more than 50%"
  ttldttExcludesMemberWarning: true, // U: former law, "cảnh cáo" or above
  cstdCapTinhConsecutiveYears: 3, // commentary, C
  cstdToanQuocConsecutiveYears: 2, // commentary, C
  giaDinhVanHoaGiayKhenYears: 3, // U: provincial practice (docs/documents.md §6)
  council: COUNCIL,
  rewardCoefficients: REWARD_COEFFICIENTS,
  rewardRoundingStepVnd: 10_000, // U: former Nghị định 91/2017 Điều 68 khoản 2
  printLdttCertificate: false, // setting (docs/legal.md §6)
  giaDinhVanHoaCertificateKind: null, // docs/legal.md silent
  dossierPapers: DOSSIER_PAPERS,
};

const WARD_LEVEL_TITLES: readonly AwardTitle[] = [
  AwardTitle.LAO_DONG_TIEN_TIEN,
  AwardTitle.GIAY_KHEN_CA_NHAN,
  AwardTitle.GIAY_KHEN_TAP_THE,
  AwardTitle.GIAY_KHEN_DOT_XUAT,
  AwardTitle.GIAY_KHEN_THEO_DOT,
  AwardTitle.GIA_DINH_VAN_HOA,
  AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN,
  AwardTitle.CHIEN_SI_THI_DUA_CO_SO,
  AwardTitle.TO_DAN_PHO_VAN_HOA,
];
/** Luật TĐKT 2022, Điều 80 khoản 2: decided by the district chairman until Nghị định 129/2025. */
const DISTRICT_UNTIL_ND129: ReadonlySet<AwardTitle> = new Set([
  AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN,
  AwardTitle.CHIEN_SI_THI_DUA_CO_SO,
  AwardTitle.TO_DAN_PHO_VAN_HOA,
]);

/** Who decides each title; titles beyond the ward go to the higher level in every period (Luật TĐKT 2022, Điều 80). */
function authorityTable(wardLevel: (title: AwardTitle) => DecisionAuthority): Readonly<Record<AwardTitle, DecisionAuthority>> {
  const table = {} as Record<AwardTitle, DecisionAuthority>;
  for (const title of Object.values(AwardTitle)) {
    table[title] = WARD_LEVEL_TITLES.includes(title) ? wardLevel(title) : { decidedBy: 'HIGHER_LEVEL', citation: CITATION.authorityHigher };
  }
  return table;
}

/** Luật TĐKT 2022, Điều 80: the ward chairman (khoản 3), the district chairman for TTLĐTT, CSTĐCS, Tổ dân phố văn hóa (khoản 2). */
export const AUTHORITY_LAW_2022 = authorityTable((title) =>
  DISTRICT_UNTIL_ND129.has(title)
    ? { decidedBy: 'DISTRICT_CHAIRMAN', citation: CITATION.authorityDistrict }
    : { decidedBy: 'WARD_CHAIRMAN', citation: CITATION.authorityWard },
);

/** Nghị định 129/2025 (from 01/7/2025): the ward chairman decides all ward-level titles and Giấy khen. */
export const AUTHORITY_ND129_2025 = authorityTable(() => ({ decidedBy: 'WARD_CHAIRMAN', citation: CITATION.authorityNd129 }));

const LAW_2022_BASIS = 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;';
// Nghị định 86/2023: number C; its date and exact title are not in docs/legal.md (U), so only the number and subject.
const ND86_BASIS =
  'Căn cứ Nghị định số 86/2023/NĐ-CP của Chính phủ quy định về khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu "Gia đình văn hóa", "Thôn, tổ dân phố văn hóa", "Xã, phường, thị trấn tiêu biểu";';

export interface RuleSetDefinition {
  id: string;
  nameVi: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  decreeVi: string;
  /** 'Căn cứ' lines after the local-government law line (which is a parameter). */
  lawBasesVi: string[];
  decisionAuthority: Readonly<Record<AwardTitle, DecisionAuthority>>;
  rewardCitation: string;
  unconfirmed: boolean;
  notesVi: string[];
  params: RuleSetParams;
}

/**
 * Effective-dated rule sets (docs/legal.md §1). A proposal is judged by the set in force on its reference
 * date (for an amendment: the date the dossier was received, "dossiers received before take the
 * old law") and keeps that id.
 */
export const RULE_SET_DEFINITIONS: readonly RuleSetDefinition[] = [
  {
    id: 'TDKT-2022/ND98-2023',
    nameVi: 'Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP',
    effectiveFrom: '2024-01-01', // Luật TĐKT 2022 and Nghị định 98/2023 in force (C)
    effectiveTo: '2025-06-30', // Nghị định 98/2023 replaced from 01/7/2025 (C)
    decreeVi: 'Nghị định 98/2023/NĐ-CP',
    lawBasesVi: [
      LAW_2022_BASIS,
      // Number and date C (docs/legal.md §1); title wording U
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    ],
    decisionAuthority: AUTHORITY_LAW_2022,
    rewardCitation: CITATION.rewardNd98,
    unconfirmed: false,
    notesVi: [],
    params: {
      ...BASE_PARAMS,
      // docs/legal.md silent on the local-government law: the usual line of the period (U)
      localGovernmentLawBasisVi:
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    },
  },
  {
    id: 'TDKT-2022/ND152-2025',
    nameVi: 'Luật Thi đua, khen thưởng 2022, Nghị định 152/2025/NĐ-CP và Nghị định 129/2025/NĐ-CP',
    effectiveFrom: '2025-07-01', // Nghị định 152/2025 (date U) and 129/2025 (C)
    effectiveTo: '2026-09-30',
    decreeVi: 'Nghị định 152/2025/NĐ-CP',
    lawBasesVi: [
      LAW_2022_BASIS,
      // Number and date C (docs/legal.md §1); title wording U
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    ],
    decisionAuthority: AUTHORITY_ND129_2025,
    rewardCitation: CITATION.rewardNd152,
    unconfirmed: false,
    notesVi: ['Ngày hiệu lực của Nghị định 152/2025/NĐ-CP (01/7/2025) chưa được xác nhận.'],
    params: {
      ...BASE_PARAMS,
      // docs/legal.md silent; the two-tier local-government law of 2025 (U)
      localGovernmentLawBasisVi: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
    },
  },
  {
    id: 'TDKT-2026/ND152-2025',
    nameVi: 'Luật Thi đua, khen thưởng 2022 (sửa đổi, bổ sung 2026) và Nghị định 152/2025/NĐ-CP',
    effectiveFrom: '2026-10-01', // Luật số 06/2026/QH16 (U)
    effectiveTo: null,
    decreeVi: 'Nghị định 152/2025/NĐ-CP',
    lawBasesVi: [
      // The amendment's date and content are not in docs/legal.md (U): number only
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 và Luật số 06/2026/QH16 sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    ],
    decisionAuthority: AUTHORITY_ND129_2025,
    rewardCitation: CITATION.rewardNd152,
    unconfirmed: true,
    notesVi: [
      'Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng số 06/2026/QH16 (hiệu lực 01/10/2026) chưa được xác nhận; nội dung sửa đổi chưa được đưa vào quy tắc, các tham số giữ như giai đoạn trước.',
      'Hồ sơ tiếp nhận trước ngày 01/10/2026 áp dụng bộ quy tắc trước đó.',
    ],
    params: {
      ...BASE_PARAMS,
      localGovernmentLawBasisVi: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;', // U, as above
    },
  },
];

export const CULTURAL_TITLE_BASES_VI: readonly string[] = [ND86_BASIS];
