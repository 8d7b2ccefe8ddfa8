import { deadlineLabel } from './deadline';

describe('deadlineLabel', () => {
  it.each([
    // Mon 2026-03-02 → Fri 2026-03-06: Tue, Wed, Thu, Fri.
    ['2026-03-06', '2026-03-02', false, 'còn 4 ngày làm việc', false],
    // Fri → next Mon: the weekend is not counted.
    ['2026-03-09', '2026-03-06', false, 'còn 1 ngày làm việc', false],
    // Across Tết 2026 (Mon 16 – Fri 20 Feb off): from Fri 13 Feb to Mon 23 Feb is one working day.
    ['2026-02-23', '2026-02-13', false, 'còn 1 ngày làm việc', false],
    ['2026-03-02', '2026-03-02', false, 'hạn cuối hôm nay', false],
    ['2026-03-02', '2026-03-03', false, 'quá hạn', true],
    // The workflow already marked it overdue (e.g. the due day's end passed in its clock).
    ['2026-03-06', '2026-03-02', true, 'quá hạn', true],
  ] as const)('due %s, today %s, flagged %s → %s', (dueOn, today, flagged, left, overdue) => {
    expect(deadlineLabel(dueOn, today, flagged)).toEqual({ dueOn: expect.any(String), left, overdue });
  });

  it('shows the due day as the documents do (day two digits, month as is)', () => {
    expect(deadlineLabel('2026-03-06', '2026-03-02').dueOn).toBe('06/3/2026');
  });
});
