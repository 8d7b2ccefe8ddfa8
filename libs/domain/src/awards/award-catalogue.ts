import { CITATION } from '../rules/citations';
import { Decider, RuleSet } from '../rules/rule-set.types';
import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { AwardTitle, RecipientKind } from './award-title';
import { CertificateKind, DossierPaper } from './dossier-paper';

/** Danh hiệu thi đua (emulation title) or hình thức khen thưởng (form of reward). */
export type AwardCategory = 'DANH_HIEU' | 'HINH_THUC';
/** Yearly round, ad-hoc (đột xuất) or per-campaign (theo đợt / chuyên đề). */
export type AwardFrequency = 'YEARLY' | 'AD_HOC' | 'CAMPAIGN';

export interface AwardDefinition {
  title: AwardTitle;
  nameVi: string;
  /** The main kind of recipient; `recipientKinds` lists all allowed. */
  recipientKind: RecipientKind;
  recipientKinds: RecipientKind[];
  category: AwardCategory;
  frequency: AwardFrequency;
  decidedBy: Decider;
  deciderVi: string;
  authorityCitation: string;
  requiredPapers: DossierPaper[];
  /** Papers needed only in some cases (e.g. a competent body's confirmation of an ad-hoc feat). */
  optionalPapers: DossierPaper[];
  simplifiedProcedure: boolean;
  /** Coefficient × mức lương cơ sở; null = no money. For collectives of an ad-hoc/campaign Giấy khen see rewardAmount. */
  rewardCoefficient: number | null;
  certificateKind: CertificateKind | null;
  /** Whether the council vote for it must be secret (rule-set parameter). */
  secretBallot: boolean;
  /** The article defining the title or form (criteria). */
  citation: string;
}

interface CatalogueEntry {
  nameVi: string;
  recipientKinds: RecipientKind[];
  category: AwardCategory;
  frequency: AwardFrequency;
  simplifiedProcedure: boolean;
  optionalPapers?: DossierPaper[];
  /** 'LDTT_PRINT' / 'FAMILY' resolve from parameters. */
  certificate: CertificateKind | null | 'LDTT_PRINT' | 'FAMILY';
  citation: string;
}

const CATALOGUE: Readonly<Record<AwardTitle, CatalogueEntry>> = {
  [AwardTitle.LAO_DONG_TIEN_TIEN]: {
    nameVi: 'Lao động tiên tiến',
    recipientKinds: ['INDIVIDUAL'],
    category: 'DANH_HIEU',
    frequency: 'YEARLY',
    simplifiedProcedure: false,
    certificate: 'LDTT_PRINT', // no statutory certificate (docs/legal.md §6)
    citation: CITATION.laoDongTienTien, // Luật TĐKT 2022, Điều 24
  },
  [AwardTitle.CHIEN_SI_THI_DUA_CO_SO]: {
    nameVi: 'Chiến sĩ thi đua cơ sở',
    recipientKinds: ['INDIVIDUAL'],
    category: 'DANH_HIEU',
    frequency: 'YEARLY',
    simplifiedProcedure: false,
    certificate: 'BANG_CHUNG_NHAN', // docs/legal.md §6
    citation: CITATION.cstdCoSo, // Luật TĐKT 2022, Điều 23 (article number U)
  },
  [AwardTitle.GIAY_KHEN_CA_NHAN]: {
    nameVi: 'Giấy khen của Chủ tịch Ủy ban nhân dân phường',
    recipientKinds: ['INDIVIDUAL'],
    category: 'HINH_THUC',
    frequency: 'YEARLY',
    simplifiedProcedure: false,
    certificate: 'GIAY_KHEN',
    citation: CITATION.giayKhen, // Luật TĐKT 2022, Điều 75 khoản 2
  },
  [AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN]: {
    nameVi: 'Tập thể lao động tiên tiến',
    recipientKinds: ['COLLECTIVE'],
    category: 'DANH_HIEU',
    frequency: 'YEARLY',
    simplifiedProcedure: false,
    certificate: 'LDTT_PRINT', // no statutory certificate (docs/legal.md §6)
    citation: CITATION.tapTheLaoDongTienTien, // article U
  },
  [AwardTitle.GIAY_KHEN_TAP_THE]: {
    nameVi: 'Giấy khen của Chủ tịch Ủy ban nhân dân phường (tập thể)',
    recipientKinds: ['COLLECTIVE', 'RESIDENTIAL_GROUP'],
    category: 'HINH_THUC',
    frequency: 'YEARLY',
    simplifiedProcedure: false,
    certificate: 'GIAY_KHEN',
    citation: CITATION.giayKhen, // Luật TĐKT 2022, Điều 75 khoản 2
  },
  [AwardTitle.GIA_DINH_VAN_HOA]: {
    nameVi: 'Gia đình văn hóa',
    recipientKinds: ['HOUSEHOLD'],
    category: 'DANH_HIEU',
    frequency: 'YEARLY',
    simplifiedProcedure: false,
    certificate: 'FAMILY', // docs/legal.md silent → parameter
    citation: CITATION.culturalTitles, // Nghị định 86/2023
  },
  [AwardTitle.TO_DAN_PHO_VAN_HOA]: {
    nameVi: 'Tổ dân phố văn hóa',
    recipientKinds: ['RESIDENTIAL_GROUP'],
    category: 'DANH_HIEU',
    frequency: 'YEARLY',
    simplifiedProcedure: false,
    certificate: 'BANG_CHUNG_NHAN', // docs/legal.md §6
    citation: CITATION.culturalTitles, // Nghị định 86/2023
  },
  [AwardTitle.GIAY_KHEN_DOT_XUAT]: {
    nameVi: 'Giấy khen của Chủ tịch Ủy ban nhân dân phường (đột xuất)',
    recipientKinds: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD', 'RESIDENTIAL_GROUP'],
    category: 'HINH_THUC',
    frequency: 'AD_HOC',
    simplifiedProcedure: true, // Luật TĐKT 2022, Điều 85: exceptional ad-hoc achievements
    optionalPapers: [DossierPaper.XAC_NHAN_THANH_TICH_DOT_XUAT], // Điều 84 khoản 2
    certificate: 'GIAY_KHEN',
    citation: `${CITATION.giayKhen}; ${CITATION.simplifiedProcedure}`,
  },
  [AwardTitle.GIAY_KHEN_THEO_DOT]: {
    nameVi: 'Giấy khen của Chủ tịch Ủy ban nhân dân phường (theo đợt, chuyên đề)',
    recipientKinds: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD', 'RESIDENTIAL_GROUP'],
    category: 'HINH_THUC',
    frequency: 'CAMPAIGN',
    simplifiedProcedure: false, // Điều 84 khoản 2 (ordinary procedure)
    certificate: 'GIAY_KHEN',
    citation: CITATION.giayKhen,
  },
  [AwardTitle.TAP_THE_LAO_DONG_XUAT_SAC]: {
    nameVi: 'Tập thể lao động xuất sắc',
    recipientKinds: ['COLLECTIVE'],
    category: 'DANH_HIEU',
    frequency: 'YEARLY',
    simplifiedProcedure: false,
    certificate: 'BANG_CHUNG_NHAN', // docs/legal.md §6 (issued by the higher level)
    citation: CITATION.tapTheLaoDongXuatSac, // Luật TĐKT 2022, Điều 27
  },
  [AwardTitle.CHIEN_SI_THI_DUA_CAP_TINH]: {
    nameVi: 'Chiến sĩ thi đua cấp tỉnh',
    recipientKinds: ['INDIVIDUAL'],
    category: 'DANH_HIEU',
    frequency: 'YEARLY',
    simplifiedProcedure: false,
    certificate: null, // issued by the province; docs/legal.md silent on its form
    citation: CITATION.cstdCapTinh, // Luật TĐKT 2022, Điều 22
  },
  [AwardTitle.CHIEN_SI_THI_DUA_TOAN_QUOC]: {
    nameVi: 'Chiến sĩ thi đua toàn quốc',
    recipientKinds: ['INDIVIDUAL'],
    category: 'DANH_HIEU',
    frequency: 'YEARLY',
    simplifiedProcedure: false,
    certificate: null, // issued at national level; docs/legal.md silent on its form
    citation: CITATION.cstdToanQuoc, // Luật TĐKT 2022, Điều 21
  },
  [AwardTitle.BANG_KHEN_CHU_TICH_TINH]: {
    nameVi: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    recipientKinds: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD', 'RESIDENTIAL_GROUP'],
    category: 'HINH_THUC',
    frequency: 'YEARLY',
    simplifiedProcedure: false,
    certificate: null, // printed and issued by the province
    citation: CITATION.bangKhen,
  },
};

const DECIDER_NAMES_VI: Readonly<Record<Decider, string>> = {
  WARD_CHAIRMAN: 'Chủ tịch Ủy ban nhân dân phường',
  DISTRICT_CHAIRMAN: 'Chủ tịch Ủy ban nhân dân cấp huyện',
  HIGHER_LEVEL: 'Cấp có thẩm quyền cấp trên (Chủ tịch Ủy ban nhân dân tỉnh trở lên)',
};

function entryFor(title: AwardTitle): CatalogueEntry {
  const entry = (CATALOGUE as Partial<Record<string, CatalogueEntry>>)[title];
  if (!entry) throw new DomainError(DomainErrorCode.UNKNOWN_AWARD_TITLE, `Danh hiệu, hình thức khen thưởng không xác định: ${String(title)}`);
  return entry;
}

function certificateOf(entry: CatalogueEntry, ruleSet: RuleSet): CertificateKind | null {
  if (entry.certificate === 'LDTT_PRINT') return ruleSet.params.printLdttCertificate ? 'GIAY_CHUNG_NHAN' : null;
  if (entry.certificate === 'FAMILY') return ruleSet.params.giaDinhVanHoaCertificateKind;
  return entry.certificate;
}

/** What a title is under `ruleSet`: recipients, decider, papers, procedure, reward, certificate, article. */
export function awardDefinition(title: AwardTitle, ruleSet: RuleSet): AwardDefinition {
  const entry = entryFor(title);
  const { decidedBy, citation: authorityCitation } = ruleSet.decisionAuthority[title];
  const { params } = ruleSet;
  return {
    title,
    nameVi: entry.nameVi,
    recipientKind: entry.recipientKinds[0],
    recipientKinds: [...entry.recipientKinds],
    category: entry.category,
    frequency: entry.frequency,
    decidedBy,
    deciderVi: DECIDER_NAMES_VI[decidedBy],
    authorityCitation,
    requiredPapers: [...params.dossierPapers[title]],
    optionalPapers: [...(entry.optionalPapers ?? [])],
    simplifiedProcedure: entry.simplifiedProcedure,
    rewardCoefficient: params.rewardCoefficients[title],
    certificateKind: certificateOf(entry, ruleSet),
    secretBallot: params.council.secretBallotTitles.includes(title),
    citation: entry.citation,
  };
}

/** Whether the ward chairman decides `title` under `ruleSet` (Luật TĐKT 2022, Điều 80; Nghị định 129/2025). */
export function isWithinWardAuthority(title: AwardTitle, ruleSet: RuleSet): boolean {
  entryFor(title);
  return ruleSet.decisionAuthority[title].decidedBy === 'WARD_CHAIRMAN';
}

/** Titles the ward chairman decides under `ruleSet`. */
export function wardAwardTitles(ruleSet: RuleSet): AwardTitle[] {
  return (Object.keys(CATALOGUE) as AwardTitle[]).filter((t) => isWithinWardAuthority(t, ruleSet));
}
