import { WorkingDayCalendar } from '@khenthuong/domain';
import { planDeadline } from './deadline.planner';

describe('planDeadline: the posting period of a demo round', () => {
  // Wednesday 2/12/2026, 09:00 in Vietnam.
  const ctx = { now: new Date('2026-12-02T09:00:00+07:00'), calendar: WorkingDayCalendar.vietnam(), decisionReminderWorkingDays: 2 };
  const posting = { kind: 'POSTING' as const, ruleSetId: 'TDKT-2022/ND152-2025', referenceDate: '2026-12-02' };

  it('lasts the seconds fixed in the round input, whatever the worker setting', () => {
    expect(planDeadline({ ...posting, postingPeriodSeconds: 30 }, ctx)).toMatchObject({ startsOn: '2026-12-02', dueOn: '2026-12-02', durationMs: 30_000 });
    expect(planDeadline({ ...posting, postingPeriodSeconds: 30 }, { ...ctx, postingPeriodSeconds: 600 }).durationMs).toBe(30_000);
  });

  it('lasts the working days of the rule set for any other round', () => {
    // Five working days counted with the first: Wednesday 2/12 to Tuesday 8/12/2026.
    expect(planDeadline(posting, ctx).dueOn).toBe('2026-12-08');
  });
});
