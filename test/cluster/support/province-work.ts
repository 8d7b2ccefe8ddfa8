import type { LoadedWard } from '@khenthuong/persistence';
import { WardDriver } from '../../chaos/support/ward-driver';
import { eventually } from '../../support/stack';
import type { ClusterStack } from './cluster-stack';

/** The records a ward at work holds: a proposal decided, its decision, and a round open for nominations. */
export interface WardAtWork {
  ward: LoadedWard;
  proposalId: string;
  decisionId: string;
  roundId: string;
  /** Milliseconds from the submission to the proposal closed with its papers archived. */
  decidedMs: number;
}

/** Takes one ad-hoc proposal of the ward through its council to the chairman's decision, and opens a round. */
export async function putWardToWork(stack: ClusterStack, ward: LoadedWard): Promise<WardAtWork> {
  const driver = new WardDriver(stack, { bodyId: ward.bodyId, prefix: ward.usernamePrefix });
  const started = Date.now();
  const [nomination] = driver.nominations(1, null);
  const proposalId = await driver.submit(nomination!);
  await driver.toDecision(proposalId);
  await driver.reach([proposalId], ['CLOSED'], 600_000);
  return decidedAndRoundOpened(stack, driver, ward, proposalId, started);
}

/** The ward's closed proposal, its decision, and a round opened next. */
async function decidedAndRoundOpened(stack: ClusterStack, driver: WardDriver, ward: LoadedWard, proposalId: string, started: number): Promise<WardAtWork> {
  const decidedMs = Date.now() - started;
  const [decision] = await stack.db.query(`SELECT id FROM decision WHERE body_id = $1 AND subject_key = $2`, [ward.bodyId, proposalId]);
  if (!decision) throw new Error(`${ward.code}: no decision recorded for ${proposalId}`);
  const roundId = await driver.createRound();
  return { ward, proposalId, decisionId: decision.id as string, roundId, decidedMs };
}

/** What a ward without signing keys of its own went through before its keys were installed. */
export interface KeysMissingSeen {
  /** The "Cần xử lý" reason the proposal showed while its first paper waited for the ward's keys. */
  reasonVi: string | null;
  /** Papers the ward had in its archive meanwhile (none may carry another ward's seal). */
  archivedWhileWaiting: number;
  /** Milliseconds from the officer's retry, with the keys installed, to the proposal closed. */
  resumedMs: number;
}

/**
 * As putWardToWork, for a ward with no keys of its own: its first paper to sign puts the proposal in
 * "Cần xử lý"; then `installKeys` runs, the officer retries, and the proposal goes on to its decision.
 */
export async function putWardToWorkWithoutKeys(stack: ClusterStack, ward: LoadedWard, installKeys: () => void): Promise<WardAtWork & { keysMissing: KeysMissingSeen }> {
  const driver = new WardDriver(stack, { bodyId: ward.bodyId, prefix: ward.usernamePrefix });
  const started = Date.now();
  const [nomination] = driver.nominations(1, null);
  const proposalId = await driver.submit(nomination!);
  await driver.reach([proposalId], ['SUBMITTED']);
  await driver.act('canbo.vp', `/api/v1/proposals/${proposalId}/complete`);
  await driver.vote(proposalId);
  await driver.act('chutich', `/api/v1/proposals/${proposalId}/council/close`);
  const reasonVi = await eventually(async () => {
    const [row] = await stack.db.query(`SELECT needs_attention_reason FROM proposal WHERE id = $1`, [proposalId]);
    return (row?.needs_attention_reason as string | null) ?? undefined;
  }, `${ward.code}: the proposal to wait for the ward's signing keys`, 600_000);
  const [{ n: archivedWhileWaiting }] = await stack.db.query(`SELECT count(*)::int AS n FROM archived_document WHERE body_id = $1`, [ward.bodyId]);
  installKeys();
  const resumed = Date.now();
  await driver.act('canbo.vp', `/api/v1/proposals/${proposalId}/retry`, { note: 'Đã cài đặt chứng thư số của phường' });
  await driver.reach([proposalId], ['AWAITING_DECISION']);
  await driver.act('chutich', `/api/v1/proposals/${proposalId}/decision`, { approve: true });
  await driver.reach([proposalId], ['CLOSED'], 600_000);
  const resumedMs = Date.now() - resumed;
  return { ...(await decidedAndRoundOpened(stack, driver, ward, proposalId, started)), keysMissing: { reasonVi, archivedWhileWaiting, resumedMs } };
}

/** A digest of the rows a refused request must leave as they were. */
export async function workDigest(stack: ClusterStack, bodyId: string): Promise<string> {
  const [row] = await stack.db.query(
    `SELECT (SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM proposal WHERE body_id = $1) AS proposals,
            (SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM round WHERE body_id = $1) AS rounds,
            (SELECT count(*) FROM decision WHERE body_id = $1) AS decisions,
            (SELECT count(*) FROM decision_revocation WHERE body_id = $1) AS revocations,
            (SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM plan WHERE body_id = $1) AS plans,
            (SELECT string_agg(id || ':' || array_to_string(roles, '+') || ':' || active, ',' ORDER BY id) FROM app_user WHERE body_id = $1) AS users`,
    [bodyId],
  );
  return JSON.stringify(row);
}

/** Rows of one ward in every table that names its body. */
export async function rowsOfBody(stack: ClusterStack, bodyId: string): Promise<number> {
  const tables: { table_name: string }[] = await stack.db.query(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'body_id' ORDER BY table_name`,
  );
  let rows = 0;
  for (const { table_name: table } of tables) {
    const [row] = await stack.db.query(`SELECT count(*)::int AS n FROM "${table}" WHERE body_id = $1`, [bodyId]);
    rows += row.n as number;
  }
  return rows;
}

export async function databaseBytes(stack: ClusterStack): Promise<number> {
  const [row] = await stack.db.query(`SELECT pg_database_size(current_database())::bigint AS bytes`);
  return Number(row.bytes);
}
