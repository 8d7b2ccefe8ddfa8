import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { ruleSetFor } from '../rules/rule-set';
import { latestStateAwardPostingDay, postingPeriod, timeLimit, TimeLimitKind } from './deadline';

const rs = ruleSetFor('2026-01-15');

describe('timeLimit', () => {
  it.each<[TimeLimitKind, string, string, boolean, string]>([
    ['DECISION', '2026-02-12', '2026-03-05', false, '10 working days across Tết 2026 (TTHC, U; Bộ luật Lao động 2019, Điều 112)'],
    ['DECISION_WITH_CONSULTATION', '2026-02-12', '2026-03-19', false, '20 working days with hiệp y (TTHC, U)'],
    ['REFUSAL_NOTICE', '2026-04-24', '2026-05-06', false, '5 working days over 27/4 (nghỉ bù), 30/4 and 1/5 (TTHC, U)'],
    ['RETURN_FOR_PAPERS', '2026-12-28', '2027-01-05', true, '5 working days into 2027, not yet announced → estimated (docs/legal.md silent: parameter)'],
  ])('%s from %s → %s, estimated %s (%s)', (kind, from, dueDate, estimated) => {
    expect(timeLimit({ kind, from, ruleSet: rs })).toMatchObject({ kind, from, dueDate, estimated });
  });

  it('uses the admin-configured number of days', () => {
    const d = timeLimit({ kind: 'DECISION', from: '2026-03-02', ruleSet: ruleSetFor('2026-01-15', { decisionTimeLimitWorkingDays: 15 }) });
    expect(d).toMatchObject({ workingDays: 15, dueDate: '2026-03-23' });
  });

  it('describes itself in Vietnamese', () => {
    expect(timeLimit({ kind: 'DECISION', from: '2026-02-12', ruleSet: rs }).descriptionVi).toBe(
      'Thời hạn quyết định khen thưởng kể từ ngày nhận đủ hồ sơ hợp lệ: 10 ngày làm việc, đến hết ngày 05/3/2026',
    );
  });

  it('accepts another calendar (e.g. with Ngày Văn hóa 24/11 as a holiday, U)', () => {
    const cal = WorkingDayCalendar.vietnam({ ngayVanHoaHoliday: true });
    expect(timeLimit({ kind: 'REFUSAL_NOTICE', from: '2026-11-20', ruleSet: rs, calendar: cal }).dueDate).toBe('2026-11-30');
    expect(timeLimit({ kind: 'REFUSAL_NOTICE', from: '2026-11-20', ruleSet: rs }).dueDate).toBe('2026-11-27');
  });
});

describe('postingPeriod', () => {
  it.each([
    ['2026-03-02', false, '2026-03-06', 'Monday: 5 working days to Friday (default 5, U)'],
    ['2026-02-14', false, '2026-02-27', 'posted on a Saturday before Tết 2026: the break is skipped'],
    ['2026-11-02', true, '2026-11-13', 'Tổ dân phố văn hóa: 10 days (Nghị định 86/2023; working days, U)'],
  ])('from %s (cultural %s) → last day %s: %s', (firstDay, culturalTitle, lastDay) => {
    expect(postingPeriod({ firstDay, ruleSet: rs, culturalTitle })).toMatchObject({ firstDay, lastDay, estimated: false });
  });

  it('words the period for the notice (docs/documents.md §5)', () => {
    expect(postingPeriod({ firstDay: '2026-03-02', ruleSet: rs }).periodVi).toBe('từ ngày 02/3/2026 đến hết ngày 06/3/2026 (kể cả thứ Bảy, Chủ nhật)');
  });
});

describe('latestStateAwardPostingDay', () => {
  it('is 10 working days before the council meets (Nghị định 98/2023 Điều 46; Nghị định 152/2025 Điều 60 khoản 3)', () => {
    expect(latestStateAwardPostingDay({ councilMeetingDate: '2026-03-16', ruleSet: rs })).toMatchObject({ dueDate: '2026-03-02', workingDays: 10, estimated: false });
  });
});
