import type { RemoteSignatureStatus } from '../entities/remote-signature-request.entity';
import type { Queryable } from '../outbox/workflow-calls';

export interface RemoteSignatureRequest {
  id: string;
  bodyId: string;
  decisionId: string;
  proposalId: string | null;
  /** A round's decision of one title (then proposalId is null). */
  roundId: string | null;
  attempt: number;
  signerUserId: string;
  credentialId: string;
  documentLabel: string;
  transactionId: string | null;
  status: RemoteSignatureStatus;
  requestedAt: Date;
  expiresAt: Date | null;
  answeredAt: Date | null;
}

/** What is kept to finish the signature once the signer has approved. */
export interface PreparedSignature {
  preparedPdf: Buffer;
  layout: unknown;
  digest: Buffer;
  signature: Buffer | null;
}

export type NewRemoteSignatureRequest = Omit<RemoteSignatureRequest, 'id' | 'transactionId' | 'status' | 'requestedAt' | 'expiresAt' | 'answeredAt'> &
  Omit<PreparedSignature, 'signature'>;

const COLUMNS = `id, body_id AS "bodyId", decision_id AS "decisionId", proposal_id AS "proposalId", round_id AS "roundId", attempt, signer_user_id AS "signerUserId",
                 credential_id AS "credentialId", document_label AS "documentLabel", transaction_id AS "transactionId", status,
                 requested_at AS "requestedAt", expires_at AS "expiresAt", answered_at AS "answeredAt"`;

/** The decision's signer as the configuration names them (their login) and as the workflow knows them (their id). */
export async function findDecisionSigner(q: Queryable, bodyId: string, decisionId: string): Promise<{ userId: string; username: string } | null> {
  const [row] = await q.query(
    `SELECT u.id AS "userId", u.username FROM decision d JOIN app_user u ON u.id = d.signer_user_id WHERE d.id = $1 AND d.body_id = $2`,
    [decisionId, bodyId],
  );
  return row ?? null;
}

export async function findSignatureRequest(q: Queryable, decisionId: string, attempt: number): Promise<RemoteSignatureRequest | null> {
  const [row] = await q.query(`SELECT ${COLUMNS} FROM remote_signature_request WHERE decision_id = $1 AND attempt = $2`, [decisionId, attempt]);
  return row ?? null;
}

export async function findSignatureRequestById(q: Queryable, id: string): Promise<RemoteSignatureRequest | null> {
  const [row] = await q.query(`SELECT ${COLUMNS} FROM remote_signature_request WHERE id = $1`, [id]);
  return row ?? null;
}

/** The latest request about a decision (what the proposal page shows while the signer has not answered). */
export async function latestSignatureRequestOf(q: Queryable, bodyId: string, decisionId: string): Promise<RemoteSignatureRequest | null> {
  const [row] = await q.query(
    `SELECT ${COLUMNS} FROM remote_signature_request WHERE body_id = $1 AND decision_id = $2 ORDER BY attempt DESC LIMIT 1`,
    [bodyId, decisionId],
  );
  return row ?? null;
}

/** Stores a prepared request once per decision and attempt; a repeat returns the row stored first. */
export async function storeSignatureRequest(q: Queryable, input: NewRemoteSignatureRequest): Promise<RemoteSignatureRequest> {
  await q.query(
    `INSERT INTO remote_signature_request (body_id, decision_id, proposal_id, round_id, attempt, signer_user_id, credential_id, document_label, prepared_pdf, layout, digest)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11) ON CONFLICT (decision_id, attempt) DO NOTHING`,
    [input.bodyId, input.decisionId, input.proposalId, input.roundId, input.attempt, input.signerUserId, input.credentialId, input.documentLabel, input.preparedPdf, JSON.stringify(input.layout), input.digest],
  );
  return (await findSignatureRequest(q, input.decisionId, input.attempt))!;
}

export async function recordSignatureTransaction(q: Queryable, id: string, transactionId: string, expiresAt: Date): Promise<void> {
  await q.query(`UPDATE remote_signature_request SET transaction_id = $2, expires_at = $3 WHERE id = $1 AND transaction_id IS NULL`, [id, transactionId, expiresAt]);
}

/** The signer's answer, written once: a later poll never overwrites it. */
export async function recordSignatureAnswer(q: Queryable, id: string, status: Exclude<RemoteSignatureStatus, 'PENDING'>, signature: Buffer | null): Promise<void> {
  await q.query(`UPDATE remote_signature_request SET status = $2, signature = $3, answered_at = now() WHERE id = $1 AND status = 'PENDING'`, [id, status, signature]);
}

export async function findPreparedSignature(q: Queryable, id: string): Promise<PreparedSignature | null> {
  const [row] = await q.query(`SELECT prepared_pdf AS "preparedPdf", layout, digest, signature FROM remote_signature_request WHERE id = $1`, [id]);
  return row ?? null;
}

/** The paper awaiting its signer's approval, as prepared for the latest request about a proposal's decision. */
export function pendingDraftOfProposal(q: Queryable, bodyId: string, proposalId: string): Promise<{ documentLabel: string; preparedPdf: Buffer } | null> {
  return pendingDraft(q, bodyId, 'proposal_id', proposalId);
}

/** The same for a round: the decision of the title being signed now. */
export function pendingDraftOfRound(q: Queryable, bodyId: string, roundId: string): Promise<{ documentLabel: string; preparedPdf: Buffer } | null> {
  return pendingDraft(q, bodyId, 'round_id', roundId);
}

async function pendingDraft(q: Queryable, bodyId: string, column: 'proposal_id' | 'round_id', id: string): Promise<{ documentLabel: string; preparedPdf: Buffer } | null> {
  const [row] = await q.query(
    `SELECT document_label AS "documentLabel", prepared_pdf AS "preparedPdf" FROM remote_signature_request
      WHERE body_id = $1 AND ${column} = $2 AND status = 'PENDING' ORDER BY requested_at DESC, attempt DESC LIMIT 1`,
    [bodyId, id],
  );
  return row ?? null;
}

/** Proposals whose decision waits for this signer's approval on their device now (the signing queue lists them first). */
export async function awaitingSignerDevice(q: Queryable, bodyId: string, signerUserId: string): Promise<
  { id: string; title: string; year: number; nominee_name: string; status: string; created_at: Date; unit_name: string; expires_at: Date }[]
> {
  return q.query(
    `SELECT p.id, p.title, p.year, p.nominee_name, p.status, p.created_at, u.name AS unit_name, r.expires_at
       FROM remote_signature_request r JOIN proposal p ON p.id = r.proposal_id AND p.body_id = r.body_id JOIN unit u ON u.id = p.unit_id
      WHERE r.body_id = $1 AND r.signer_user_id = $2 AND r.status = 'PENDING' AND r.expires_at > now()
        AND r.attempt = (SELECT max(x.attempt) FROM remote_signature_request x WHERE x.decision_id = r.decision_id)
      ORDER BY r.requested_at`,
    [bodyId, signerUserId],
  );
}

/** Rounds whose decision of a title waits for this signer's approval on their device now. */
export async function roundsAwaitingSignerDevice(q: Queryable, bodyId: string, signerUserId: string): Promise<
  { id: string; name: string; year: number; document_label: string; expires_at: Date }[]
> {
  return q.query(
    `SELECT rd.id, rd.name, rd.year, r.document_label, r.expires_at
       FROM remote_signature_request r JOIN round rd ON rd.id = r.round_id AND rd.body_id = r.body_id
      WHERE r.body_id = $1 AND r.signer_user_id = $2 AND r.status = 'PENDING' AND r.expires_at > now()
        AND r.attempt = (SELECT max(x.attempt) FROM remote_signature_request x WHERE x.decision_id = r.decision_id)
      ORDER BY r.requested_at`,
    [bodyId, signerUserId],
  );
}
