import { postingPeriod, ruleSetById, timeLimit, vietnamDateOf, type IsoDate, type WorkingDayCalendar } from '@khenthuong/domain';
import type { PlanDeadlineInput, PlannedDeadline } from '@khenthuong/temporal';

export interface DeadlineContext {
  now: Date;
  calendar: WorkingDayCalendar;
  /** Demo/test override: postings last this many seconds instead of working days. */
  postingPeriodSeconds?: number;
  /** Reminder before a decision falls due (ward setting, not law). */
  decisionReminderWorkingDays: number;
}

const VIETNAM_OFFSET = '+07:00';
/** A period runs to the end of its last day ("đến hết ngày …", docs/documents.md §5), Vietnam time. */
const endOfDay = (day: IsoDate): Date => new Date(`${day}T23:59:59.999${VIETNAM_OFFSET}`);

/**
 * Turns a period in working days (weekends, holidays incl. lunar Tết, official swaps) into a due day
 * and a wait measured from the real clock. Pure given `now`, so the workflow's timers and the tests
 * share one computation.
 */
export function planDeadline(input: PlanDeadlineInput, ctx: DeadlineContext): PlannedDeadline {
  const { now, calendar } = ctx;
  const startsOn = vietnamDateOf(now);
  const from = input.from ?? startsOn;
  // The workflow's snapshot when it has one: the values fixed when it started, not today's code.
  const ruleSet = input.ruleSetParams ? { params: input.ruleSetParams } : ruleSetById(input.ruleSetId, input.ruleSetOverrides ?? {});

  const postingSeconds = input.postingPeriodSeconds ?? ctx.postingPeriodSeconds;
  if (input.kind === 'POSTING' && postingSeconds !== undefined && input.workingDays === undefined) {
    const durationMs = postingSeconds * 1000;
    return { startsOn, dueOn: vietnamDateOf(new Date(now.getTime() + durationMs)), durationMs, reminderInMs: null };
  }

  let dueOn: IsoDate;
  if (input.lastDay) dueOn = input.lastDay;
  else if (input.workingDays !== undefined) dueOn = calendar.addWorkingDays(from, input.workingDays);
  else if (input.kind === 'POSTING') dueOn = postingPeriod({ firstDay: from, ruleSet, calendar }).lastDay;
  else if (input.kind === 'NOMINATION') throw new Error('a nomination deadline needs lastDay');
  else dueOn = timeLimit({ kind: input.kind, from, ruleSet, calendar }).dueDate;

  const durationMs = Math.max(0, endOfDay(dueOn).getTime() - now.getTime());
  const reminderDays = input.reminderWorkingDaysBefore ?? (input.kind === 'DECISION' ? ctx.decisionReminderWorkingDays : undefined);
  let reminderInMs: number | null = null;
  if (reminderDays !== undefined && reminderDays > 0) {
    // The reminder goes out at the start of the working day `reminderDays` before the due day.
    const reminderDay = calendar.addWorkingDays(dueOn, -reminderDays);
    const at = new Date(`${reminderDay}T08:00:00${VIETNAM_OFFSET}`).getTime() - now.getTime();
    reminderInMs = at > 0 && at < durationMs ? at : null;
  }
  return { startsOn, dueOn, durationMs, reminderInMs };
}
