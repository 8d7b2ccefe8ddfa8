import type { DataSource, EntityManager } from 'typeorm';
import { appendEntry, type ArchivePutResult } from '@khenthuong/documents';

/** What archived_document rows document; the chain commits to it. */
export type ArchiveKind = 'DECISION' | 'CERTIFICATE' | 'HISTORY' | 'MINUTES' | 'SUBMISSION' | 'POSTING_NOTICE' | 'PAYMENT_LIST' | 'CORRECTIVE_DECISION';

export interface ArchiveEntryInput {
  bodyId: string;
  kind: ArchiveKind;
  /** Unique per kind: a second call with the same (kind, subject) returns the first row. */
  subjectKey: string;
  decisionId: string | null;
  proposalId: string | null;
  stored: Pick<ArchivePutResult, 'sha256' | 'sizeBytes' | 'key'>;
  workflowId: string | null;
  runId: string | null;
  documentNumber: string | null;
  issuedAt: Date;
  recipients: string[];
}

export interface ArchivedRow {
  id: string;
  sha256: string;
  sizeBytes: number;
  chainSeq: number;
  entryHash: string;
  /** False when the row was already there (a retry). */
  created: boolean;
}

type Row = { id: string; sha256: string; size_bytes: number; chain_seq: number; entry_hash: string };
const toArchived = (r: Row, created: boolean): ArchivedRow => ({ id: r.id, sha256: r.sha256, sizeBytes: r.size_bytes, chainSeq: r.chain_seq, entryHash: r.entry_hash, created });

/** The archived row of (kind, subject), if any. */
export async function findArchived(db: DataSource | EntityManager, kind: ArchiveKind, subjectKey: string): Promise<ArchivedRow | null> {
  const [row]: Row[] = await db.query(`SELECT id, sha256, size_bytes, chain_seq, entry_hash FROM archived_document WHERE kind = $1 AND subject_key = $2`, [kind, subjectKey]);
  return row ? toArchived(row, false) : null;
}

/**
 * The one way into archived_document. Inside `tx` it takes the body's chain lock (a transaction
 * advisory lock, so it works across worker processes and is released with the transaction), then
 * appends the row after the body's last one: `chain_seq` stays gapless because nothing else inserts
 * while the lock is held, and a rolled-back insert consumes no number.
 */
export async function appendToArchive(tx: EntityManager, input: ArchiveEntryInput): Promise<ArchivedRow> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`archive-chain:${input.bodyId}`]);
  const existing = await findArchived(tx, input.kind, input.subjectKey);
  if (existing) return existing;
  const [last]: { chain_seq: number; entry_hash: string }[] = await tx.query(
    `SELECT chain_seq, entry_hash FROM archived_document WHERE body_id = $1 ORDER BY chain_seq DESC LIMIT 1`,
    [input.bodyId],
  );
  const entry = appendEntry(last ? { entryHash: last.entry_hash } : null, {
    documentSha256: input.stored.sha256,
    kind: input.kind,
    decisionNumber: input.documentNumber,
    issuedAt: input.issuedAt,
    recipients: input.recipients,
    workflowId: input.workflowId,
    runId: input.runId,
  });
  const [row]: Row[] = await tx.query(
    `INSERT INTO archived_document (body_id, decision_id, proposal_id, kind, subject_key, sha256, size_bytes, storage_key, workflow_id, run_id,
                                    chain_seq, previous_hash, entry_hash, issued_at, document_number, recipients)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
     RETURNING id, sha256, size_bytes, chain_seq, entry_hash`,
    [
      input.bodyId, input.decisionId, input.proposalId, input.kind, input.subjectKey, input.stored.sha256, input.stored.sizeBytes, input.stored.key,
      input.workflowId, input.runId, (last?.chain_seq ?? 0) + 1, entry.previousHash, entry.entryHash, input.issuedAt, input.documentNumber, input.recipients,
    ],
  );
  return toArchived(row!, true);
}

/** `appendToArchive` in a transaction of its own. */
export function archiveDocument(dataSource: DataSource, input: ArchiveEntryInput): Promise<ArchivedRow> {
  return dataSource.transaction((tx) => appendToArchive(tx, input));
}
