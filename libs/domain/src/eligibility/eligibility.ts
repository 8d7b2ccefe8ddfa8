import { awardDefinition, isWithinWardAuthority } from '../awards/award-catalogue';
import { AwardTitle } from '../awards/award-title';
import { CITATION } from '../rules/citations';
import { RuleSet } from '../rules/rule-set.types';
import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { searchKey } from '../text/vietnamese-text';
import { achievementKey } from './achievement-key';
import { hasTitleInYear } from './award-history';
import { giaDinhVanHoaCriteria, tapTheLaoDongTienTienCriteria } from './collective-criteria';
import { CriteriaFindings, EligibilityCandidate, EligibilityInput, EligibilityResult, EligibilityWarning, Refusal } from './eligibility.types';
import { cstdCapTinhCriteria, cstdCoSoCriteria, cstdToanQuocCriteria, laoDongTienTienCriteria } from './individual-criteria';
import { RECIPIENT_KIND_NAMES_VI, refusal, warning } from './messages';

type Criteria = (c: EligibilityCandidate, year: number, rs: RuleSet) => CriteriaFindings;

/** Criteria the law leaves to someone else (province, campaign, higher level): named, not checked. */
const notChecked =
  (messageVi: string, citation: string): Criteria =>
  () => ({ refusals: [], warnings: [warning('CRITERIA_NOT_CHECKED', messageVi, citation)] });

const CRITERIA: Readonly<Record<AwardTitle, Criteria>> = {
  [AwardTitle.LAO_DONG_TIEN_TIEN]: laoDongTienTienCriteria,
  [AwardTitle.CHIEN_SI_THI_DUA_CO_SO]: cstdCoSoCriteria,
  [AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN]: tapTheLaoDongTienTienCriteria,
  [AwardTitle.GIA_DINH_VAN_HOA]: giaDinhVanHoaCriteria,
  [AwardTitle.CHIEN_SI_THI_DUA_CAP_TINH]: cstdCapTinhCriteria,
  [AwardTitle.CHIEN_SI_THI_DUA_TOAN_QUOC]: cstdToanQuocCriteria,
  // Điều 75 khoản 2: Giấy khen criteria are set by each province
  [AwardTitle.GIAY_KHEN_CA_NHAN]: notChecked('Tiêu chuẩn Giấy khen theo quy định của Ủy ban nhân dân tỉnh', CITATION.giayKhen),
  [AwardTitle.GIAY_KHEN_TAP_THE]: notChecked('Tiêu chuẩn Giấy khen theo quy định của Ủy ban nhân dân tỉnh', CITATION.giayKhen),
  [AwardTitle.GIAY_KHEN_THEO_DOT]: notChecked('Tiêu chuẩn theo kế hoạch, hướng dẫn của đợt thi đua', CITATION.giayKhen),
  [AwardTitle.GIAY_KHEN_DOT_XUAT]: notChecked('Thành tích đột xuất do Hội đồng và Chủ tịch xem xét', CITATION.simplifiedProcedure),
  // Nghị định 86/2023: criteria text U
  [AwardTitle.TO_DAN_PHO_VAN_HOA]: notChecked('Tiêu chuẩn "Tổ dân phố văn hóa" chưa được mã hóa', CITATION.culturalTitles),
  [AwardTitle.TAP_THE_LAO_DONG_XUAT_SAC]: notChecked('Tiêu chuẩn do cấp có thẩm quyền xem xét', CITATION.tapTheLaoDongXuatSac),
  [AwardTitle.BANG_KHEN_CHU_TICH_TINH]: notChecked('Tiêu chuẩn do Ủy ban nhân dân tỉnh quy định', CITATION.bangKhen),
};

/** Điều 5: the same achievement already rewarded or proposed. */
function duplicateRefusals(input: EligibilityInput, ref: string | undefined, key: string | null): Refusal[] {
  const { title, candidate, year } = input;
  const already =
    (key !== null && (input.existingAchievementKeys ?? []).includes(key)) ||
    (ref
      ? candidate.awardHistory.some((h) => h.achievementRef !== undefined && searchKey(h.achievementRef) === searchKey(ref))
      : hasTitleInYear(candidate.awardHistory, title, year));
  if (!already) return [];
  return [
    refusal(
      DomainErrorCode.DUPLICATE_ACHIEVEMENT,
      'Thành tích này đã được khen thưởng hoặc đã có đề nghị khen thưởng; một thành tích không khen thưởng nhiều lần, nhiều hình thức',
      CITATION.principle,
    ),
  ];
}

/**
 * Whether `candidate` may be proposed for `title` for `year` under `ruleSet`. Pure: every refusal
 * carries a code and a Vietnamese reason naming its article. Titles beyond the ward are routed to
 * escalation (route 'ESCALATE'), not refused; their preconditions are still checked.
 */
export function checkEligibility(input: EligibilityInput): EligibilityResult {
  const { title, candidate, year, ruleSet } = input;
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Năm thi đua không hợp lệ: ${year}`);
  }
  const def = awardDefinition(title, ruleSet);
  const refusals: Refusal[] = [];
  const warnings: EligibilityWarning[] = [];

  if (!def.recipientKinds.includes(candidate.kind)) {
    const allowed = def.recipientKinds.map((k) => RECIPIENT_KIND_NAMES_VI[k]).join(', ');
    refusals.push(
      refusal(
        DomainErrorCode.NOT_ELIGIBLE_RECIPIENT_KIND,
        `"${def.nameVi}" chỉ xét tặng cho ${allowed}, không cho ${RECIPIENT_KIND_NAMES_VI[candidate.kind]}`,
        def.citation,
      ),
    );
  } else {
    const found = CRITERIA[title](candidate, year, ruleSet);
    refusals.push(...found.refusals);
    warnings.push(...found.warnings);
  }

  const ref = input.achievementRef?.trim() || undefined;
  if (def.frequency !== 'YEARLY' && ref === undefined) {
    warnings.push(warning('ACHIEVEMENT_NOT_IDENTIFIED', 'Chưa ghi rõ thành tích (sự kiện, đợt thi đua) được khen thưởng', CITATION.principle));
  }
  const key = candidate.recipientId ? achievementKey({ recipientId: candidate.recipientId, title, year, achievementRef: ref }) : null;
  refusals.push(...duplicateRefusals(input, ref, key));

  const withinWard = isWithinWardAuthority(title, ruleSet);
  if (!withinWard) {
    warnings.push(
      warning('ESCALATION_REQUIRED', `"${def.nameVi}" do ${def.deciderVi} quyết định: chuyển hồ sơ đề nghị cấp trên`, def.authorityCitation),
    );
  }
  if (ruleSet.unconfirmed) {
    warnings.push(warning('RULE_SET_UNCONFIRMED', `Bộ quy tắc "${ruleSet.nameVi}" dựa trên văn bản chưa được xác nhận`, ruleSet.nameVi));
  }
  return {
    eligible: refusals.length === 0,
    route: withinWard ? 'WARD_DECISION' : 'ESCALATE',
    ruleSetId: ruleSet.id,
    achievementKey: key,
    refusals,
    warnings,
  };
}
