import type { DataSource } from 'typeorm';
import { vietnamDateOf } from '@khenthuong/domain';
import { DEMO_BODY } from '../ngo-quyen.data';
import { DemoContext } from './demo-context';
import { advanceDossier, submitDossier, waitForProposal } from './demo-dossier.driver';
import { demoDossiers } from './demo-dossiers.data';
import { ensureDraft } from './demo-draft.driver';
import { demoPlanFor, ensurePlan } from './demo-plan.driver';
import { completeRound, openRound } from './demo-rounds.driver';

export { DEMO_DRAFT_KEY } from './demo-draft.driver';

export interface DemoScenarioOptions {
  /** The running api (with DEMO_ROUNDS=true and its worker), e.g. http://127.0.0.1:3000. */
  baseUrl: string;
  /** Read only: finds the ward's ids and what an earlier run already did. */
  dataSource: DataSource;
  /** An isolated copy of the ward (tests); the demo ward by default. */
  bodyCode?: string;
  usernamePrefix?: string;
  log?: (line: string) => void;
}

export interface DemoScenarioResult {
  proposalIds: Record<string, string>;
  roundIds: { previous: string; current: string };
  planId: string;
}

/**
 * The demo ward at work, played through the api by its demo users: the current year's plan with its
 * progress, last year's round decided and issued, this year's round taking nominations, dossiers
 * in each state before the decision, and a unit's draft. Every step starts from what is there, so a second run finds
 * everything in place and changes nothing, and a run that stopped halfway carries on.
 */
export async function runDemoScenario(options: DemoScenarioOptions): Promise<DemoScenarioResult> {
  const log = options.log ?? (() => undefined);
  const code = options.bodyCode ?? DEMO_BODY.code;
  const [body] = await options.dataSource.query(`SELECT id FROM issuing_body WHERE code = $1`, [code]);
  if (!body) throw new Error(`demo scenario: the ward ${code} is not loaded`);
  const today = vietnamDateOf(new Date());
  const year = Number(today.slice(0, 4));
  const ctx = new DemoContext(options.baseUrl.replace(/\/$/, ''), options.dataSource, body.id, options.usernamePrefix ?? '', year, today, log);

  const played = await alreadyPlayed(ctx);
  if (played) {
    log('already in place, nothing to do');
    return played;
  }
  const planDone = ensurePlan(ctx).then((id) => {
    log(`plan of ${year} with its progress issued`);
    return id;
  });
  // Awaited at the end; until then a failure must not count as unhandled.
  planDone.catch(() => undefined);
  const roundIds = { previous: await openRound(ctx, 'previous'), current: await openRound(ctx, 'current') };
  const dossiers = demoDossiers(year);
  const proposalIds: Record<string, string> = {};
  for (const d of dossiers) proposalIds[d.key] = await submitDossier(ctx, d, roundIds);
  await ensureDraft(ctx, roundIds.current);
  await Promise.all(dossiers.map((d) => advanceDossier(ctx, d, proposalIds[d.key]!)));
  log(`dossiers of ${year} in place; round of ${year - 1} going through council, posting and decision`);
  await completeRound(ctx, roundIds.previous);
  for (const d of dossiers.filter((x) => x.target === 'ISSUED')) await waitForProposal(ctx, proposalIds[d.key]!, ['DOCUMENTS_ISSUED', 'CLOSED']);
  log(`round of ${year - 1} decided and its papers issued`);
  return { proposalIds, roundIds, planId: await planDone };
}

/**
 * A finished earlier run, seen in the read model alone: no sign-in (each is audited), no request.
 * Anything short of finished goes through the steps, which carry on from where it stopped.
 */
async function alreadyPlayed(ctx: DemoContext): Promise<DemoScenarioResult | null> {
  const keys = demoDossiers(ctx.year).map((d) => d.key);
  const byKey = async (table: 'proposal' | 'round', key: string) =>
    (await ctx.dataSource.query(`SELECT id, status FROM ${table} WHERE body_id = $1 AND client_key = $2`, [ctx.bodyId, ctx.clientKey(key)]))[0] as { id: string; status: string } | undefined;
  const previous = await byKey('round', 'round-previous');
  const current = await byKey('round', 'round-current');
  const [plan] = await ctx.dataSource.query(`SELECT id FROM plan WHERE body_id = $1 AND year = $2 AND title = $3 AND document_sha256 IS NOT NULL`, [
    ctx.bodyId,
    ctx.year,
    demoPlanFor(ctx.year).title,
  ]);
  if (previous?.status !== 'CLOSED' || !current || !plan) return null;
  const proposalIds: Record<string, string> = {};
  for (const key of keys) {
    const found = await byKey('proposal', key);
    if (!found) return null;
    proposalIds[key] = found.id;
  }
  return { proposalIds, roundIds: { previous: previous.id, current: current.id }, planId: plan.id as string };
}
