import { formatShortVietnameseDate, WorkingDayCalendar, type IsoDate } from '@khenthuong/domain';

// One calendar for the process: built once, it validates the holiday data only at first use.
let calendar: WorkingDayCalendar | null = null;
const vietnamCalendar = () => (calendar ??= WorkingDayCalendar.vietnam());

export interface DeadlineLabel {
  dueOn: string;
  left: string;
  overdue: boolean;
}

/**
 * How a deadline reads on a page: "còn N ngày làm việc" counted in Vietnamese working days from
 * today (today not counted, the due day counted), "hạn cuối hôm nay", or "quá hạn". The workflow's
 * own `overdue` flag wins: it has already acted on the deadline.
 */
export function deadlineLabel(dueOn: IsoDate, today: IsoDate, overdue = false): DeadlineLabel {
  const formatted = formatShortVietnameseDate(dueOn);
  if (overdue || dueOn < today) return { dueOn: formatted, left: 'quá hạn', overdue: true };
  const days = vietnamCalendar().countWorkingDays(today, dueOn);
  return { dueOn: formatted, left: days === 0 ? 'hạn cuối hôm nay' : `còn ${days} ngày làm việc`, overdue: false };
}
