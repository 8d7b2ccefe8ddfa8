import { patched, workflowInfo } from '@temporalio/workflow';
import { renderingActivities } from './activity-options';
import { attended } from './attention';

// Each paper heartbeats while it renders (batches of certificates included).
const papers = attended(renderingActivities());

/**
 * The papers of the process beyond the decision (minutes, submissions, posting notices,
 * certificates, payment lists), added after runs had started: runs recorded without them replay
 * unchanged (patched), new runs issue them. Every call is idempotent per (kind, subject).
 */
export const PAPERS_PATCH = 'papers-of-the-process';

const run = () => ({ workflowId: workflowInfo().workflowId, runId: workflowInfo().runId });

export async function issueCouncilMinutes(bodyId: string, subjectKey: string, proposalIds: string[], secretBallot: boolean): Promise<void> {
  if (patched(PAPERS_PATCH)) await papers.issueCouncilMinutes({ bodyId, subjectKey, proposalIds, secretBallot, ...run() });
}

export async function issueSubmission(bodyId: string, subjectKey: string, proposalIds: string[], route: 'WARD_DECISION' | 'ESCALATE'): Promise<void> {
  if (patched(PAPERS_PATCH)) await papers.issueSubmission({ bodyId, subjectKey, proposalIds, route, ...run() });
}

export async function issuePostingNotice(bodyId: string, subjectKey: string, proposalIds: string[], startsOn: string, endsOn: string): Promise<void> {
  if (patched(PAPERS_PATCH)) await papers.issuePostingNotice({ bodyId, subjectKey, proposalIds, startsOn, endsOn, ...run() });
}

/** Certificates for every awardee and, when the title carries money, the payment list. */
export async function issueAwardPapers(bodyId: string, decisionId: string, proposalIds: string[], withMoney: boolean): Promise<void> {
  if (!patched(PAPERS_PATCH)) return;
  await papers.issueCertificates({ bodyId, decisionId, proposalIds, ...run() });
  if (withMoney) await papers.issuePaymentList({ bodyId, decisionId, proposalIds, ...run() });
}
