import type { RunningStack } from './chaos-stack';
import { FINAL_STATUSES } from './ward-driver';

/** Each invariant lists its violations (empty when it holds), so one run reports every broken one. */
export type Violations = string[];

const q = <T>(stack: RunningStack, sql: string, params: unknown[]): Promise<T[]> => stack.db.query(sql, params);

/** Every proposal of the body sits in a final state, and entered it by exactly one audit row. */
export async function everyProposalFinalOnce(stack: RunningStack, bodyId: string): Promise<Violations> {
  const rows = await q<{ id: string; status: string; entries: number }>(
    stack,
    `SELECT p.id, p.status,
            (SELECT count(*)::int FROM audit_log a WHERE a.proposal_id = p.id AND a.to_state = ANY($2) AND a.from_state IS DISTINCT FROM a.to_state) AS entries
       FROM proposal p WHERE p.body_id = $1 ORDER BY p.created_at`,
    [bodyId, FINAL_STATUSES],
  );
  return rows.flatMap((r) => {
    if (!FINAL_STATUSES.includes(r.status)) return [`${r.id} is ${r.status}, not final`];
    return r.entries === 1 ? [] : [`${r.id} entered a final state ${r.entries} times in the audit log`];
  });
}

/** No transition is recorded twice (a retried activity or a replayed step writes it once). */
export async function auditWithoutDuplicates(stack: RunningStack, bodyId: string): Promise<Violations> {
  const rows = await q<{ proposal_id: string; action: string; from_state: string; to_state: string; n: number }>(
    stack,
    `SELECT proposal_id, action, from_state, to_state, count(*)::int AS n FROM audit_log
      WHERE body_id = $1 AND proposal_id IS NOT NULL AND from_state IS DISTINCT FROM to_state
      GROUP BY proposal_id, action, from_state, to_state, reason HAVING count(*) > 1`,
    [bodyId],
  );
  return rows.map((r) => `${r.proposal_id}: ${r.action} ${r.from_state}→${r.to_state} recorded ${r.n} times`);
}

/** Every proposal of the standard procedure that the council approved was publicly posted. */
export async function noneSkippedPosting(stack: RunningStack, bodyId: string): Promise<Violations> {
  const rows = await q<{ id: string; reason: string | null }>(
    stack,
    `SELECT p.id, (SELECT string_agg(coalesce(a.reason, ''), ' | ') FROM audit_log a WHERE a.proposal_id = p.id AND a.action = 'END_POSTING') AS reason
       FROM proposal p
      WHERE p.body_id = $1 AND p.procedure = 'STANDARD'
        AND EXISTS (SELECT 1 FROM audit_log a WHERE a.proposal_id = p.id AND a.to_state = 'APPROVED_BY_COUNCIL')
        AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.proposal_id = p.id AND a.to_state = 'PUBLICLY_POSTED')`,
    [bodyId],
  );
  return rows.map((r) => `${r.id} approved by the council but never PUBLICLY_POSTED (${r.reason ?? 'no END_POSTING'})`);
}

/** Decision numbers run 1..n per year and symbol, with no gap and no repeat. */
export async function decisionNumbersGapless(stack: RunningStack, bodyId: string): Promise<Violations> {
  const rows = await q<{ year: number; symbol: string; sequences: number[] }>(
    stack,
    `SELECT year, symbol, array_agg(sequence ORDER BY sequence) AS sequences FROM decision WHERE body_id = $1 GROUP BY year, symbol`,
    [bodyId],
  );
  return rows.flatMap((r) => (r.sequences.every((s, i) => s === i + 1) ? [] : [`${r.year} ${r.symbol}: numbers ${r.sequences.join(',')}`]));
}

/** One archived decision per decision, one certificate per awardee and none for anyone else. */
export async function oneDocumentEach(stack: RunningStack, bodyId: string): Promise<Violations> {
  const decisions = await q<{ id: string; number_text: string; n: number }>(
    stack,
    `SELECT d.id, d.number_text, (SELECT count(*)::int FROM archived_document a WHERE a.decision_id = d.id AND a.kind = 'DECISION') AS n
       FROM decision d WHERE d.body_id = $1`,
    [bodyId],
  );
  const perKind = await q<{ decision_id: string; kind: string; subject: string; n: number }>(
    stack,
    `SELECT decision_id, kind, coalesce(proposal_id::text, '') AS subject, count(*)::int AS n FROM archived_document
      WHERE body_id = $1 AND decision_id IS NOT NULL GROUP BY decision_id, kind, coalesce(proposal_id::text, '') HAVING count(*) > 1`,
    [bodyId],
  );
  const certificates = await q<{ id: string; status: string; n: number }>(
    stack,
    `SELECT p.id, p.status, (SELECT count(*)::int FROM archived_document a WHERE a.proposal_id = p.id AND a.kind = 'CERTIFICATE') AS n
       FROM proposal p WHERE p.body_id = $1`,
    [bodyId],
  );
  return [
    ...decisions.filter((d) => d.n !== 1).map((d) => `decision ${d.number_text} has ${d.n} archived decision documents`),
    ...perKind.map((k) => `decision ${k.decision_id}: ${k.n} ${k.kind} documents for ${k.subject || 'the decision'}`),
    ...certificates.filter((c) => (c.status === 'CLOSED' ? c.n !== 1 : c.n !== 0)).map((c) => `${c.id} (${c.status}) has ${c.n} certificates`),
  ];
}

/** `archive:verify` exits 0: every chain links and every file re-hashes to its recorded SHA-256. */
export function archiveVerifies(stack: RunningStack): Violations {
  const run = stack.archiveVerify();
  return run.status === 0 ? [] : [`archive:verify exited ${run.status}: ${run.output.trim()}`];
}

/** Every proposal row has its workflow in Temporal (running or closed): none is orphaned. */
export async function everyProposalHasWorkflow(stack: RunningStack, bodyId: string): Promise<Violations> {
  const rows = await q<{ id: string; workflow_id: string; status: string }>(stack, `SELECT id, workflow_id, status FROM proposal WHERE body_id = $1`, [bodyId]);
  const problems: Violations = [];
  for (const r of rows) {
    try {
      await stack.temporal.workflow.getHandle(r.workflow_id).describe();
    } catch (error) {
      problems.push(`${r.id} (${r.status}) has no workflow ${r.workflow_id}: ${(error as Error).name}`);
    }
  }
  return problems;
}

/** Each client key sent (however often) made exactly one proposal. */
export async function oneProposalPerClientKey(stack: RunningStack, bodyId: string, clientKeys: string[]): Promise<Violations> {
  const rows = await q<{ client_key: string; n: number }>(
    stack,
    `SELECT client_key, count(*)::int AS n FROM proposal WHERE body_id = $1 AND client_key = ANY($2) GROUP BY client_key`,
    [bodyId, clientKeys],
  );
  const counts = new Map(rows.map((r) => [r.client_key, r.n]));
  return clientKeys.filter((k) => counts.get(k) !== 1).map((k) => `client key ${k} made ${counts.get(k) ?? 0} proposals`);
}

/** The invariants every scenario ends with, by name; the scenario expects each list to be empty. */
export async function processInvariants(stack: RunningStack, bodyId: string): Promise<Record<string, Violations>> {
  return {
    everyProposalFinalOnce: await everyProposalFinalOnce(stack, bodyId),
    auditWithoutDuplicates: await auditWithoutDuplicates(stack, bodyId),
    noneSkippedPosting: await noneSkippedPosting(stack, bodyId),
    decisionNumbersGapless: await decisionNumbersGapless(stack, bodyId),
    oneDocumentEach: await oneDocumentEach(stack, bodyId),
    everyProposalHasWorkflow: await everyProposalHasWorkflow(stack, bodyId),
    archiveVerifies: archiveVerifies(stack),
  };
}

export function noViolations(checked: Record<string, Violations>): Record<string, Violations> {
  return Object.fromEntries(Object.keys(checked).map((k) => [k, []]));
}
