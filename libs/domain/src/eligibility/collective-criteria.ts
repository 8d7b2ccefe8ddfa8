import { AwardTitle } from '../awards/award-title';
import { CITATION } from '../rules/citations';
import { RuleSet } from '../rules/rule-set.types';
import { DomainErrorCode } from '../shared/domain-error';
import { formatPercentVi } from '../text/vnd-format';
import { consecutiveYears } from './award-history';
import { CriteriaFindings, EligibilityCandidate } from './eligibility.types';
import { refusal, warning } from './messages';

/**
 * Tập thể lao động tiên tiến: the 2022 law's text is U; the former law's criteria are parameters —
 * plan completed, more than 50% of members LĐTT, nobody disciplined at "cảnh cáo" or above.
 */
export function tapTheLaoDongTienTienCriteria(c: EligibilityCandidate, year: number, rs: RuleSet): CriteriaFindings {
  const cite = CITATION.tapTheLaoDongTienTien;
  const p = rs.params;
  const found: CriteriaFindings = { refusals: [], warnings: [] };
  if (c.planCompleted === undefined || c.memberCount === undefined || c.ldttMemberCount === undefined) {
    const missing = [
      c.planCompleted === undefined ? 'kết quả thực hiện nhiệm vụ, kế hoạch' : null,
      c.memberCount === undefined ? 'số thành viên' : null,
      c.ldttMemberCount === undefined ? 'số cá nhân đạt "Lao động tiên tiến"' : null,
    ].filter((x) => x !== null);
    found.refusals.push(refusal(DomainErrorCode.MISSING_INFORMATION, `Thiếu thông tin: ${missing.join(', ')}`, cite));
  }
  if (c.planCompleted === false) {
    found.refusals.push(refusal(DomainErrorCode.NOT_ELIGIBLE_PLAN_NOT_COMPLETED, `Tập thể chưa hoàn thành nhiệm vụ, kế hoạch năm ${year}`, cite));
  }
  if (c.memberCount !== undefined && c.ldttMemberCount !== undefined) {
    const share = c.memberCount > 0 ? c.ldttMemberCount / c.memberCount : 0;
    // "more than 50%": strictly above the share (5 of 10 is not enough)
    if (!(share > p.ttldttMinLdttShare)) {
      found.refusals.push(
        refusal(
          DomainErrorCode.NOT_ELIGIBLE_LDTT_SHARE,
          `Tỷ lệ cá nhân đạt "Lao động tiên tiến" là ${formatPercentVi(share)} (${c.ldttMemberCount}/${c.memberCount}), chưa trên ${formatPercentVi(p.ttldttMinLdttShare)}`,
          cite,
        ),
      );
    }
  }
  if (p.ttldttExcludesMemberWarning && (c.membersDisciplinedAtWarningOrAbove ?? 0) > 0) {
    found.refusals.push(
      refusal(
        DomainErrorCode.NOT_ELIGIBLE_MEMBER_DISCIPLINED,
        `Tập thể có ${c.membersDisciplinedAtWarningOrAbove} cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên`,
        cite,
      ),
    );
  }
  return found;
}

/** Gia đình văn hóa (Nghị định 86/2023; criteria text U): registration at the start of the year; Giấy khen after N years (practice, U). */
export function giaDinhVanHoaCriteria(c: EligibilityCandidate, year: number, rs: RuleSet): CriteriaFindings {
  const cite = CITATION.culturalTitles;
  const found: CriteriaFindings = { refusals: [], warnings: [] };
  if (c.registeredAtStartOfYear === false) {
    found.refusals.push(refusal(DomainErrorCode.NOT_ELIGIBLE_NOT_REGISTERED, `Hộ gia đình chưa đăng ký xây dựng "Gia đình văn hóa" năm ${year}`, cite));
  }
  found.warnings.push(warning('CRITERIA_NOT_CHECKED', 'Tiêu chuẩn "Gia đình văn hóa" do tổ dân phố bình xét', cite));
  const every = rs.params.giaDinhVanHoaGiayKhenYears;
  const streak = consecutiveYears(c.awardHistory, AwardTitle.GIA_DINH_VAN_HOA, year - 1) + 1;
  if (every !== null && every > 0 && streak % every === 0) {
    found.warnings.push(
      warning('DUE_FOR_GIAY_KHEN', `Nếu được công nhận, hộ đạt "Gia đình văn hóa" ${streak} năm liên tục: xem xét tặng Giấy khen`, cite),
    );
  }
  return found;
}
