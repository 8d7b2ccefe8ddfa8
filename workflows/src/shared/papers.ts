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

/** What a paper is about: a few proposal ids, or a round's list stored beforehand (RoundDelivery.storeList). */
export type PaperSubjects = string[] | { listKey: string };

/** The activity fields for the subjects: the ids, or the list's key with no ids. */
export const subjectsOf = (subjects: PaperSubjects): { proposalIds: string[]; listKey?: string } =>
  Array.isArray(subjects) ? { proposalIds: subjects } : { proposalIds: [], listKey: subjects.listKey };

export async function issueCouncilMinutes(bodyId: string, subjectKey: string, subjects: PaperSubjects, secretBallot: boolean): Promise<void> {
  if (patched(PAPERS_PATCH)) await papers.issueCouncilMinutes({ bodyId, subjectKey, ...subjectsOf(subjects), secretBallot, ...run() });
}

export async function issueSubmission(bodyId: string, subjectKey: string, subjects: PaperSubjects, route: 'WARD_DECISION' | 'ESCALATE'): Promise<void> {
  if (patched(PAPERS_PATCH)) await papers.issueSubmission({ bodyId, subjectKey, ...subjectsOf(subjects), route, ...run() });
}

export async function issuePostingNotice(bodyId: string, subjectKey: string, subjects: PaperSubjects, startsOn: string, endsOn: string): Promise<void> {
  if (patched(PAPERS_PATCH)) await papers.issuePostingNotice({ bodyId, subjectKey, ...subjectsOf(subjects), startsOn, endsOn, ...run() });
}

/** Certificates for every awardee and, when the title carries money, the payment list. */
export async function issueAwardPapers(bodyId: string, decisionId: string, subjects: PaperSubjects, withMoney: boolean): Promise<void> {
  if (!patched(PAPERS_PATCH)) return;
  await papers.issueCertificates({ bodyId, decisionId, ...subjectsOf(subjects), ...run() });
  if (withMoney) await papers.issuePaymentList({ bodyId, decisionId, ...subjectsOf(subjects), ...run() });
}
