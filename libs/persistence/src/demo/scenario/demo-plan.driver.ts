import { DEMO_PLAN_2024, type DemoPlanTarget } from '../plan-2024.data';
import { waitFor } from './demo-client';
import type { DemoContext } from './demo-context';
import { demoPdf } from './demo-papers';

/** The seed's plan with its years moved to `year`, and the anniversaries of that year. */
export function demoPlanFor(year: number) {
  const p = DEMO_PLAN_2024;
  const inYear = (text: string) => text.replace(/2024/g, String(year));
  return {
    kind: p.kind,
    year,
    title: inYear(p.title),
    motto: p.motto,
    legalBases: [
      `Căn cứ Kế hoạch số 24/KH-UBND ngày 26/01/${year} của Chủ tịch UBND thành phố Bắc Giang về phát động các phong trào thi đua năm ${year};`,
      `Căn cứ Nghị quyết số 38/NQ-HĐND ngày 20/12/${year - 1} của HĐND phường Ngô Quyền về nhiệm vụ phát triển kinh tế - xã hội phường Ngô Quyền năm ${year};`,
    ],
    movements: p.movements.map((m, i) =>
      i === p.movements.length - 1
        ? { title: m.title, themes: [`${year - 1930} năm thành lập Đảng`, `${year - 1975} năm Ngày giải phóng miền Nam, thống nhất đất nước`, `${year - 1945} năm Cách mạng tháng Tám và Quốc khánh 2/9`] }
        : { title: inYear(m.title), themes: m.themes.map(inYear) },
    ),
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    registrationDeadline: `${year}-03-15`,
    reportGraceDays: p.reportGraceDays,
  };
}

/** Periods of the target's kind that have begun by today (the api refuses reports of later ones). */
function periodsSoFar(t: DemoPlanTarget, year: number, today: string): string[] {
  const all = { YEAR: [['Y', '01']], HALF_YEAR: [['H1', '01'], ['H2', '07']], QUARTER: [['Q1', '01'], ['Q2', '04'], ['Q3', '07'], ['Q4', '10']], MONTH: [] }[t.reportingPeriod];
  return all.filter(([, month]) => `${year}-${month}-01` <= today).map(([key]) => `${year}-${key}`);
}

/** A plausible value for the period: cumulative targets in equal shares, levels near the target. */
function valueFor(t: DemoPlanTarget, index: number, count: number): number {
  if (t.valueKind === 'CUMULATIVE') return Math.round((t.targetValue / 4) * (index === count - 1 ? 0.9 : 1.05) * 100) / 100;
  if (t.comparison === 'LT' || t.comparison === 'LTE') return Math.round(t.targetValue * 0.9 * 10_000) / 10_000;
  return Math.round(t.targetValue * Math.min(1, 0.85 + 0.05 * (index + 1)) * 100) / 100;
}

/** Creates the current year's plan once, records the progress so far, and has the chairman issue it. */
export async function ensurePlan(ctx: DemoContext): Promise<string> {
  const officer = await ctx.as('canbo.vp');
  const plan = demoPlanFor(ctx.year);
  const existing = ((await officer.must('GET', `/api/v1/plans?year=${ctx.year}`)) as { id: string; title: string }[]).find((p) => p.title === plan.title);
  let id = existing?.id;
  if (!id) {
    const targets = [];
    for (const t of DEMO_PLAN_2024.targets) {
      const [unit] = await ctx.dataSource.query(`SELECT id FROM unit WHERE body_id = $1 AND code = $2`, [ctx.bodyId, t.unitCode]);
      const { unitCode: _code, ...fields } = t;
      targets.push({ ...fields, name: t.name.replace(/2024/g, String(ctx.year)), responsibleUnitId: unit.id });
    }
    id = ((await officer.must('POST', '/api/v1/plans', { ...plan, targets })) as { id: string }).id;
  }
  const { targets } = (await officer.must('GET', `/api/v1/plans/${id}`)) as { targets: { id: string; name: string }[] };
  for (const [i, target] of targets.entries()) {
    const seed = DEMO_PLAN_2024.targets[i]!;
    const reported = new Set(((await officer.must('GET', `/api/v1/plans/${id}/targets/${target.id}/reports`)) as { periodKey: string }[]).map((r) => r.periodKey));
    const periods = periodsSoFar(seed, ctx.year, ctx.today);
    for (const [n, periodKey] of periods.entries()) {
      if (reported.has(periodKey)) continue;
      const evidence = await demoPdf(`${seed.dataSource}, kỳ ${periodKey}`, `minh-chung-${periodKey.toLowerCase()}.pdf`);
      const fields = { periodKey, value: String(valueFor(seed, n, periods.length)), note: `Số liệu theo ${seed.dataSource.charAt(0).toLowerCase()}${seed.dataSource.slice(1)}` };
      await officer.uploadForm(`/api/v1/plans/${id}/targets/${target.id}/reports`, fields, evidence, 'evidence');
    }
  }
  await issuePlanDocument(ctx, id);
  return id;
}

async function issuePlanDocument(ctx: DemoContext, id: string): Promise<void> {
  const chairman = await ctx.as('chutich');
  if ((await chairman.request('GET', `/api/v1/plans/${id}/document.pdf`)).status === 200) return;
  await chairman.must('POST', `/api/v1/plans/${id}/document`);
  await waitFor(`the plan ${id} to be issued`, async () => ((await chairman.request('GET', `/api/v1/plans/${id}/document.pdf`)).status === 200 ? true : undefined));
}
