import { WorkingDayCalendar } from '@khenthuong/domain';
import { waitFor } from './demo-client';
import type { DemoContext } from './demo-context';
import { DEMO_VOTERS } from './demo-dossier.driver';

/**
 * The previous year's round is posted for this many seconds instead of working days, fixed into its
 * workflow input (DEMO_ROUNDS), so a fresh demo shows a finished round; the current one posts for real.
 */
export const DEMO_POSTING_SECONDS = 15;

export type DemoRoundKey = 'previous' | 'current';

/** Opens the round once (by its client key); returns its id. */
export async function openRound(ctx: DemoContext, key: DemoRoundKey): Promise<string> {
  const [found] = await ctx.dataSource.query(`SELECT id FROM round WHERE body_id = $1 AND client_key = $2`, [ctx.bodyId, ctx.clientKey(`round-${key}`)]);
  if (found) return found.id as string;
  const year = key === 'previous' ? ctx.year - 1 : ctx.year;
  const officer = await ctx.as('canbo.vp');
  const created = await officer.must('POST', '/api/v1/rounds', {
    clientKey: ctx.clientKey(`round-${key}`),
    name: `Đợt xét khen thưởng tổng kết năm ${year}`,
    kind: 'YEAR_END',
    year,
    // The previous year's nominations close today (the officer closes them at once); the current
    // round takes nominations for two more working weeks.
    nominationDeadline: key === 'previous' ? ctx.today : WorkingDayCalendar.vietnam().addWorkingDays(ctx.today, 10),
    ...(key === 'previous' ? { demoPostingPeriodSeconds: DEMO_POSTING_SECONDS } : {}),
  });
  return created.round.id as string;
}

export async function roundStatus(ctx: DemoContext, id: string): Promise<string | undefined> {
  return (await (await ctx.as('canbo.vp')).request('GET', `/api/v1/rounds/${id}`)).body?.state?.status as string | undefined;
}

const leaves = (ctx: DemoContext, id: string, status: string) =>
  waitFor(`round ${id} to leave ${status}`, async () => ((await roundStatus(ctx, id)) !== status ? true : undefined), 300_000);

/** Takes the round through council, posting and decision to its issued papers, step by step from where it is. */
export async function completeRound(ctx: DemoContext, id: string): Promise<void> {
  const officer = await ctx.as('canbo.vp');
  const chairman = await ctx.as('chutich');
  for (;;) {
    const status = await waitFor(`round ${id} to answer`, () => roundStatus(ctx, id));
    switch (status) {
      case 'NOMINATING':
        await officer.must('POST', `/api/v1/rounds/${id}/close-nominations`);
        break;
      case 'REVIEWING_DOSSIERS':
        await officer.must('POST', `/api/v1/rounds/${id}/council/open`);
        break;
      case 'IN_COUNCIL_SESSION':
        for (const voter of DEMO_VOTERS) {
          const ballot = await (await ctx.as(voter)).request('POST', `/api/v1/rounds/${id}/ballots`, { defaultChoice: 'AGREE', exceptions: [] });
          if (ballot.status !== 200 && ballot.status !== 409) throw new Error(`${voter} ballot on round ${id}: ${ballot.status} ${JSON.stringify(ballot.body)}`);
        }
        await chairman.must('POST', `/api/v1/rounds/${id}/council/close`);
        break;
      case 'AWAITING_DECISION':
        await chairman.must('POST', `/api/v1/rounds/${id}/decision`, { approve: true, struck: [] });
        break;
      case 'CLOSED':
        return;
      default:
        break; // POSTING, ISSUING: the workflow moves on by itself
    }
    await leaves(ctx, id, status);
  }
}
