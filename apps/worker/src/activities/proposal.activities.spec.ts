import { BallotSealer, DEMO_BALLOT_SEAL_KEY } from '@khenthuong/platform';
import type { DataSource } from 'typeorm';
import { VIETNAM_CALENDAR_DATA, WorkingDayCalendar } from '@khenthuong/domain';
import type { ArchiveStore } from '@khenthuong/documents';
import { mergeCalendarData, type ObjectionRepository, type ProposalMirrorRepository, type ProposalRepository } from '@khenthuong/persistence';
import { createProposalActivities } from './proposal.activities';

describe('planDeadline activity: the working days of the body that asks', () => {
  // Monday 8/6/2026, 09:00 in Vietnam; five working days later is Monday 15/6 on the national calendar.
  const now = () => new Date('2026-06-08T09:00:00+07:00');
  const national = WorkingDayCalendar.vietnam();
  // The body's administrator entered Friday 12/6/2026 as a working day swapped off (hoán đổi).
  const withDayOff = WorkingDayCalendar.vietnam({
    data: mergeCalendarData(VIETNAM_CALENDAR_DATA, [{ date: '2026-06-12', status: 'S', occasion: 'Nghỉ hoán đổi (quyết định của phường)' }]),
  });
  const activities = createProposalActivities({
    // planDeadline touches neither the database nor the archive.
    dataSource: undefined as unknown as DataSource,
    proposals: undefined as unknown as ProposalRepository,
    mirror: undefined as unknown as ProposalMirrorRepository,
    objections: undefined as unknown as ObjectionRepository,
    archive: undefined as unknown as ArchiveStore,
    ballotSealer: new BallotSealer([DEMO_BALLOT_SEAL_KEY]),
    fetchHistory: async () => ({}),
    calendar: national,
    calendarOf: async (bodyId) => (bodyId === 'ward-with-day-off' ? withDayOff : national),
    now,
  });
  const input = { kind: 'RETURN_FOR_PAPERS' as const, ruleSetId: 'TDKT-2022/ND152-2025', referenceDate: '2026-06-08' };

  it('counts with the national calendar when no body is named', async () => {
    expect((await activities.planDeadline(input)).dueOn).toBe('2026-06-15');
  });

  it("counts the body's own day off", async () => {
    expect((await activities.planDeadline({ ...input, bodyId: 'ward-with-day-off' })).dueOn).toBe('2026-06-16');
    expect((await activities.planDeadline({ ...input, bodyId: 'other-ward' })).dueOn).toBe('2026-06-15');
  });
});
