import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { formatShortVietnameseDate } from '../document-format/vietnamese-date';
import { CITATION } from '../rules/citations';
import { RuleSet, RuleSetValues } from '../rules/rule-set.types';
import { addDays, IsoDate, parseIsoDate } from '../shared/iso-date';

export type TimeLimitKind = 'DECISION' | 'DECISION_WITH_CONSULTATION' | 'REFUSAL_NOTICE' | 'RETURN_FOR_PAPERS';

export interface Deadline {
  kind: TimeLimitKind | 'STATE_AWARD_POSTING';
  /** The event the period counts from (not counted itself). */
  from: IsoDate;
  /** The act is due by the end of this day. */
  dueDate: IsoDate;
  workingDays: number;
  /** The period crosses a year whose days off are not announced: provisional. */
  estimated: boolean;
  citation: string;
  descriptionVi: string;
}

export interface PostingPeriod {
  firstDay: IsoDate;
  /** Posting ends at the end of this day ("đến hết ngày"). */
  lastDay: IsoDate;
  workingDays: number;
  estimated: boolean;
  citation: string;
  /** 'từ ngày 02/3/2026 đến hết ngày 06/3/2026 (kể cả thứ Bảy, Chủ nhật)' for the notice (docs/documents.md §5). */
  periodVi: string;
}

let defaultCalendar: WorkingDayCalendar | undefined;
const calendarOrDefault = (c?: WorkingDayCalendar): WorkingDayCalendar => c ?? (defaultCalendar ??= WorkingDayCalendar.vietnam());

type TimeLimitParam = 'decisionTimeLimitWorkingDays' | 'decisionTimeLimitWithConsultationWorkingDays' | 'refusalNoticeWorkingDays' | 'returnForPapersWorkingDays';

const TIME_LIMITS: Readonly<Record<TimeLimitKind, { param: TimeLimitParam; citation: string; descriptionVi: string }>> = {
  // Published ward procedures (docs/legal.md §4), U: 10 / 20 / 5 working days; supplement time: docs/legal.md silent
  DECISION: { param: 'decisionTimeLimitWorkingDays', citation: CITATION.ttHcTimeLimits, descriptionVi: 'Thời hạn quyết định khen thưởng kể từ ngày nhận đủ hồ sơ hợp lệ' },
  DECISION_WITH_CONSULTATION: {
    param: 'decisionTimeLimitWithConsultationWorkingDays',
    citation: CITATION.ttHcTimeLimits,
    descriptionVi: 'Thời hạn quyết định khen thưởng khi phải lấy ý kiến hiệp y',
  },
  REFUSAL_NOTICE: { param: 'refusalNoticeWorkingDays', citation: CITATION.ttHcTimeLimits, descriptionVi: 'Thời hạn thông báo không khen thưởng' },
  RETURN_FOR_PAPERS: {
    param: 'returnForPapersWorkingDays',
    citation: 'Tham số của đơn vị (văn bản chưa quy định)',
    descriptionVi: 'Thời hạn bổ sung, hoàn thiện hồ sơ',
  },
};

/**
 * A statutory time limit in working days counted from the day after `from` (the day of receipt is
 * not counted). The days themselves are rule-set parameters.
 */
export function timeLimit(input: { kind: TimeLimitKind; from: IsoDate; ruleSet: RuleSetValues; calendar?: WorkingDayCalendar }): Deadline {
  const calendar = calendarOrDefault(input.calendar);
  const spec = TIME_LIMITS[input.kind];
  const workingDays = input.ruleSet.params[spec.param];
  const dueDate = calendar.addWorkingDays(input.from, workingDays);
  return {
    kind: input.kind,
    from: input.from,
    dueDate,
    workingDays,
    estimated: calendar.isRangeEstimated(input.from, dueDate),
    citation: spec.citation,
    descriptionVi: `${spec.descriptionVi}: ${workingDays} ngày làm việc, đến hết ngày ${formatShortVietnameseDate(dueDate)}`,
  };
}

/**
 * The public posting of a ward list: `workingDays` working days starting on `firstDay` (counted
 * when it is a working day). Ward titles: parameter, default 5 (U, no statutory period found);
 * Tổ dân phố văn hóa: 10 days (Nghị định 86/2023; counted as working days, the longer reading, U).
 */
export function postingPeriod(input: { firstDay: IsoDate; ruleSet: RuleSetValues; culturalTitle?: boolean; calendar?: WorkingDayCalendar }): PostingPeriod {
  const calendar = calendarOrDefault(input.calendar);
  parseIsoDate(input.firstDay);
  const p = input.ruleSet.params;
  const workingDays = input.culturalTitle ? p.culturalTitlePostingDays : p.postingPeriodWorkingDays;
  const dayBefore = addDays(input.firstDay, -1);
  const lastDay = workingDays === 0 ? dayBefore : calendar.addWorkingDays(dayBefore, workingDays);
  return {
    firstDay: input.firstDay,
    lastDay,
    workingDays,
    estimated: calendar.isRangeEstimated(dayBefore, lastDay),
    citation: input.culturalTitle ? CITATION.culturalTitles : 'Niêm yết công khai (thời hạn là tham số, văn bản chưa quy định)',
    periodVi: `từ ngày ${formatShortVietnameseDate(input.firstDay)} đến hết ngày ${formatShortVietnameseDate(lastDay)} (kể cả thứ Bảy, Chủ nhật)`,
  };
}

/**
 * State-level awards: the list is posted at least N working days before the council meets
 * (Nghị định 98/2023 Điều 46; Nghị định 152/2025 Điều 60 khoản 3). Returns the latest posting day,
 * so that N working days [dueDate, meeting) lie between posting and meeting.
 */
export function latestStateAwardPostingDay(input: { councilMeetingDate: IsoDate; ruleSet: RuleSet; calendar?: WorkingDayCalendar }): Deadline {
  const calendar = calendarOrDefault(input.calendar);
  const workingDays = input.ruleSet.params.stateAwardPostingWorkingDays;
  const dueDate = calendar.addWorkingDays(input.councilMeetingDate, -workingDays);
  return {
    kind: 'STATE_AWARD_POSTING',
    from: input.councilMeetingDate,
    dueDate,
    workingDays,
    estimated: calendar.isRangeEstimated(dueDate, input.councilMeetingDate),
    citation: CITATION.statePosting,
    descriptionVi: `Niêm yết danh sách chậm nhất ngày ${formatShortVietnameseDate(dueDate)}, ít nhất ${workingDays} ngày làm việc trước ngày họp Hội đồng`,
  };
}
