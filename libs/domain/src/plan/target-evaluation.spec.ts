import { currentReportsByPeriod, evaluateTarget } from './target-evaluation';

const jobs = { comparison: 'GTE' as const, targetValue: 172, valueKind: 'CUMULATIVE' as const, reportingPeriod: 'QUARTER' as const };
const at = (iso: string) => new Date(iso);

describe('currentReportsByPeriod', () => {
  it('keeps the latest report of each period (a correction replaces the value)', () => {
    const current = currentReportsByPeriod([
      { periodKey: '2024-Q1', value: 30, reportedAt: at('2024-04-02T08:00:00Z') },
      { periodKey: '2024-Q1', value: 45, reportedAt: at('2024-04-05T08:00:00Z') },
    ]);
    expect(current.get('2024-Q1')?.value).toBe(45);
  });
});

describe('evaluateTarget', () => {
  it('gives value, percent, met, forecast and late periods after two quarters, one corrected', () => {
    const evaluation = evaluateTarget(
      jobs,
      2024,
      [
        { periodKey: '2024-Q1', value: 30, reportedAt: at('2024-04-02T08:00:00Z') },
        { periodKey: '2024-Q1', value: 40, reportedAt: at('2024-04-05T08:00:00Z') },
        { periodKey: '2024-Q2', value: 90, reportedAt: at('2024-07-03T08:00:00Z') },
      ],
      '2024-10-20',
      10,
    );
    expect(evaluation).toMatchObject({ currentValue: 90, currentPeriodKey: '2024-Q2', percent: 52.3, met: false, forecast: 176, forecastMet: true, periodsReported: 2 });
    expect(evaluation.latePeriods.map((s) => s.key)).toEqual(['2024-Q3']);
  });

  it('has no value, percent or forecast before the first report', () => {
    expect(evaluateTarget(jobs, 2024, [], '2024-02-01', 10)).toMatchObject({ currentValue: null, percent: null, met: null, forecast: null, latePeriods: [] });
  });
});
