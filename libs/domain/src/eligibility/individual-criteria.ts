import { AwardTitle, PERFORMANCE_RATING_NAMES_VI } from '../awards/award-title';
import { CITATION } from '../rules/citations';
import { RuleSet } from '../rules/rule-set.types';
import { DomainErrorCode } from '../shared/domain-error';
import { consecutiveYears, hasTitleInYear } from './award-history';
import { CriteriaFindings, EligibilityCandidate } from './eligibility.types';
import { refusal, warning } from './messages';

const GOOD_OR_BETTER = new Set(['HTXSNV', 'HTTNV']);

/** Lao động tiên tiến (Luật TĐKT 2022, Điều 24; months: Thông tư 01/2024/TT-BNV, U). */
export function laoDongTienTienCriteria(c: EligibilityCandidate, year: number, rs: RuleSet): CriteriaFindings {
  const cite = CITATION.laoDongTienTien;
  const p = rs.params;
  const found: CriteriaFindings = { refusals: [], warnings: [] };
  // Điều 24: "hoàn thành tốt nhiệm vụ trở lên"
  if (!c.evaluation || c.evaluation.year !== year) {
    found.refusals.push(refusal(DomainErrorCode.NOT_ELIGIBLE_EVALUATION_MISSING, `Chưa có kết quả đánh giá, xếp loại năm ${year}`, cite));
  } else if (!GOOD_OR_BETTER.has(c.evaluation.rating)) {
    found.refusals.push(
      refusal(
        DomainErrorCode.NOT_ELIGIBLE_RATING,
        `Kết quả xếp loại năm ${year} là "${PERFORMANCE_RATING_NAMES_VI[c.evaluation.rating]}", chưa đạt "hoàn thành tốt nhiệm vụ" trở lên`,
        cite,
      ),
    );
  }
  // Thông tư 01/2024/TT-BNV (U for Thông tư 15/2025): at least N months in the year; maternity
  // leave and training under one year count when the rule set says so (U).
  if (c.monthsWorkedInYear === undefined) {
    found.refusals.push(refusal(DomainErrorCode.MISSING_INFORMATION, `Thiếu thông tin: số tháng công tác trong năm ${year}`, CITATION.laoDongTienTienMonths));
  } else {
    const months =
      c.monthsWorkedInYear +
      (p.ldttCountsMaternityLeave ? (c.maternityLeaveMonths ?? 0) : 0) +
      (p.ldttCountsShortTraining ? (c.shortTrainingMonths ?? 0) : 0);
    if (months < p.ldttMinMonthsWorked) {
      found.refusals.push(
        refusal(
          DomainErrorCode.NOT_ELIGIBLE_MONTHS_WORKED,
          `Thời gian công tác được tính trong năm ${year} là ${months} tháng, dưới ${p.ldttMinMonthsWorked} tháng`,
          CITATION.laoDongTienTienMonths,
        ),
      );
    }
  }
  // Disciplined staff excluded (threshold U → parameter)
  if (p.ldttExcludesDisciplined && c.disciplined === true) {
    found.refusals.push(refusal(DomainErrorCode.NOT_ELIGIBLE_DISCIPLINED, `Bị xử lý kỷ luật trong năm ${year}`, cite));
  }
  return found;
}

/**
 * Chiến sĩ thi đua cơ sở (Luật TĐKT 2022, Điều 23 — number U): LĐTT in the same year and a
 * recognised initiative or accepted research; "or HTXSNV" only when the rule set says so (U).
 */
export function cstdCoSoCriteria(c: EligibilityCandidate, year: number, rs: RuleSet): CriteriaFindings {
  const cite = CITATION.cstdCoSo;
  const found: CriteriaFindings = { refusals: [], warnings: [] };
  if (!hasTitleInYear(c.awardHistory, AwardTitle.LAO_DONG_TIEN_TIEN, year)) {
    // The LĐTT of the same round may not be decided yet: check its criteria now, decide it first.
    const ldtt = laoDongTienTienCriteria(c, year, rs);
    if (ldtt.refusals.length > 0) {
      found.refusals.push(refusal(DomainErrorCode.NOT_ELIGIBLE_NO_LDTT, `Chưa đạt danh hiệu "Lao động tiên tiến" năm ${year}`, cite), ...ldtt.refusals);
    } else {
      found.warnings.push(
        warning(
          'LDTT_DECISION_PENDING',
          `Đạt tiêu chuẩn "Lao động tiên tiến" năm ${year} nhưng chưa có quyết định; phải công nhận "Lao động tiên tiến" trước hoặc cùng lúc`,
          cite,
        ),
      );
    }
  }
  const excellent = rs.params.cstdcsAcceptsExcellentRating && c.evaluation?.year === year && c.evaluation.rating === 'HTXSNV';
  if (c.initiativeRecognised !== true && c.researchAccepted !== true && !excellent) {
    const alt = rs.params.cstdcsAcceptsExcellentRating ? ', hoặc hoàn thành xuất sắc nhiệm vụ' : '';
    found.refusals.push(
      refusal(
        DomainErrorCode.NOT_ELIGIBLE_NO_INITIATIVE,
        `Chưa có sáng kiến được công nhận hoặc đề tài, đề án, công trình khoa học được nghiệm thu${alt}`,
        cite,
      ),
    );
  }
  return found;
}

function consecutiveTitleRefusal(c: EligibilityCandidate, year: number, lower: AwardTitle, lowerNameVi: string, needed: number, cite: string) {
  const have = consecutiveYears(c.awardHistory, lower, year);
  if (have >= needed) return [];
  return [
    refusal(
      DomainErrorCode.NOT_ELIGIBLE_CONSECUTIVE_YEARS,
      `Chưa đủ ${needed} năm liên tục đạt danh hiệu "${lowerNameVi}" tính đến năm ${year} (hiện có ${have})`,
      cite,
    ),
  ];
}

/** Chiến sĩ thi đua cấp tỉnh (Luật TĐKT 2022, Điều 22): N consecutive CSTĐCS (commentary) + initiative of provincial effect. */
export function cstdCapTinhCriteria(c: EligibilityCandidate, year: number, rs: RuleSet): CriteriaFindings {
  const cite = CITATION.cstdCapTinh;
  const refusals = consecutiveTitleRefusal(c, year, AwardTitle.CHIEN_SI_THI_DUA_CO_SO, 'Chiến sĩ thi đua cơ sở', rs.params.cstdCapTinhConsecutiveYears, cite);
  if (c.initiativeWithProvincialEffect !== true) {
    refusals.push(refusal(DomainErrorCode.NOT_ELIGIBLE_NO_INITIATIVE, 'Chưa có sáng kiến, đề tài có phạm vi ảnh hưởng trong tỉnh', cite));
  }
  return { refusals, warnings: [] };
}

/** Chiến sĩ thi đua toàn quốc (Luật TĐKT 2022, Điều 21): N consecutive CSTĐ cấp tỉnh (commentary); the rest is judged above. */
export function cstdToanQuocCriteria(c: EligibilityCandidate, year: number, rs: RuleSet): CriteriaFindings {
  const cite = CITATION.cstdToanQuoc;
  return {
    refusals: consecutiveTitleRefusal(c, year, AwardTitle.CHIEN_SI_THI_DUA_CAP_TINH, 'Chiến sĩ thi đua cấp tỉnh', rs.params.cstdToanQuocConsecutiveYears, cite),
    warnings: [warning('CRITERIA_NOT_CHECKED', 'Các tiêu chuẩn khác do cấp có thẩm quyền xem xét', cite)],
  };
}
