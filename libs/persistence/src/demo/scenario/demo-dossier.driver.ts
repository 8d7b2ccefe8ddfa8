import { awardDefinition, ruleSetFor } from '@khenthuong/domain';
import { waitFor } from './demo-client';
import type { DemoContext } from './demo-context';
import { RETURN_ITEMS, type DemoDossier } from './demo-dossiers.data';
import { demoPaperFile } from './demo-papers';

/** The council of the demo ward, chair last (the chair closes the session). */
export const DEMO_VOTERS = ['phochutich', 'canbo.vp', 'hoidong.mttq', 'hoidong.congan', 'hoidong.vhxh', 'chutich'];

const ISSUED = ['DOCUMENTS_ISSUED', 'CLOSED'];

export async function proposalStatus(ctx: DemoContext, id: string): Promise<string | undefined> {
  const officer = await ctx.as('canbo.vp');
  return (await officer.request('GET', `/api/v1/proposals/${id}`)).body?.state?.status as string | undefined;
}

export const waitForProposal = (ctx: DemoContext, id: string, statuses: string[]) =>
  waitFor(`proposal ${id} to reach ${statuses.join(' or ')}`, async () => {
    const status = await proposalStatus(ctx, id);
    return status && statuses.includes(status) ? status : undefined;
  });

/** Submits the dossier once (by its client key) with the papers its title requires; returns its id. */
export async function submitDossier(ctx: DemoContext, d: DemoDossier, roundIds: Record<'previous' | 'current', string>): Promise<string> {
  const [found] = await ctx.dataSource.query(`SELECT id FROM proposal WHERE body_id = $1 AND client_key = $2`, [ctx.bodyId, ctx.clientKey(d.key)]);
  if (found) return found.id as string;
  const unit = await ctx.as(d.unitHead);
  const created = await unit.must('POST', '/api/v1/proposals', {
    clientKey: ctx.clientKey(d.key),
    title: d.title,
    year: d.round === 'previous' ? ctx.year - 1 : ctx.year,
    nomineeName: d.nominee,
    ...(d.person ? { nomineePersonId: await ctx.personId(d.person) } : {}),
    ...(d.unitCode ? { nomineeUnitId: await ctx.unitId(d.unitCode) } : {}),
    achievement: d.achievement,
    ...(d.achievementRef ? { achievementRef: d.achievementRef } : {}),
    ...(d.facts ? { facts: d.facts } : {}),
    ...(d.round ? { roundId: roundIds[d.round] } : {}),
  });
  return created.id as string;
}

/** Uploads each required paper the dossier does not hold yet, as the unit head does before the officer checks it. */
async function uploadRequiredPapers(ctx: DemoContext, d: DemoDossier, id: string): Promise<void> {
  const unit = await ctx.as(d.unitHead);
  const held = new Set(((await unit.must('GET', `/api/v1/proposals/${id}/documents`)) as { kind: string }[]).map((doc) => doc.kind));
  for (const kind of awardDefinition(d.title, ruleSetFor(ctx.today)).requiredPapers) {
    if (!held.has(kind)) await unit.uploadForm(`/api/v1/proposals/${id}/documents`, { kind }, await demoPaperFile(kind, d.nominee));
  }
}

/** Every member votes "đồng ý" once (a vote already cast is kept), then the chair closes the session. */
async function councilAgrees(ctx: DemoContext, id: string): Promise<void> {
  for (const voter of DEMO_VOTERS) {
    const vote = await (await ctx.as(voter)).request('POST', `/api/v1/proposals/${id}/votes`, { choice: 'AGREE' });
    if (vote.status !== 200 && vote.status !== 409) throw new Error(`${voter} vote on ${id}: ${vote.status} ${JSON.stringify(vote.body)}`);
  }
  await (await ctx.as('chutich')).must('POST', `/api/v1/proposals/${id}/council/close`);
}

/**
 * Moves the dossier from wherever it is towards its target, one user step at a time, so a run that
 * stopped halfway carries on and a finished one does nothing. Round dossiers stop before the council:
 * their round takes them on.
 */
export async function advanceDossier(ctx: DemoContext, d: DemoDossier, id: string): Promise<void> {
  const officer = await ctx.as('canbo.vp');
  for (;;) {
    const status = await waitFor(`proposal ${id} to answer`, () => proposalStatus(ctx, id));
    // The unit attaches its papers while the dossier takes them, whatever comes next.
    if (status === 'SUBMITTED') await uploadRequiredPapers(ctx, d, id);
    if (status === d.target || (d.target === 'ISSUED' && ISSUED.includes(status))) return;
    switch (status) {
      case 'SUBMITTED':
        if (d.target === 'RETURNED') await officer.must('POST', `/api/v1/proposals/${id}/return`, { items: RETURN_ITEMS });
        else await officer.must('POST', `/api/v1/proposals/${id}/complete`);
        await waitFor(`proposal ${id} to leave SUBMITTED`, async () => ((await proposalStatus(ctx, id)) !== 'SUBMITTED' ? true : undefined));
        break;
      case 'IN_COUNCIL_REVIEW':
        await councilAgrees(ctx, id);
        await waitFor(`proposal ${id} to leave the council`, async () => ((await proposalStatus(ctx, id)) !== 'IN_COUNCIL_REVIEW' ? true : undefined));
        break;
      case 'APPROVED_BY_COUNCIL':
        await waitFor(`proposal ${id} to move on from the council`, async () => ((await proposalStatus(ctx, id)) !== 'APPROVED_BY_COUNCIL' ? true : undefined));
        break;
      default:
        // The round's own steps (or a state the demo does not plan) move it from here.
        return;
    }
  }
}
