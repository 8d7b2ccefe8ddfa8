import type { DataSource, EntityManager } from 'typeorm';
import { appendEntry, type ArchivePutResult } from '@khenthuong/documents';
import { ArchivedDocumentRepository, type ArchiveKind, type ArchivedEntry } from '@khenthuong/persistence';

export type { ArchiveKind };

export interface ArchiveEntryInput {
  bodyId: string;
  kind: ArchiveKind;
  /** Unique per kind: a second call with the same (kind, subject) returns the first row. */
  subjectKey: string;
  decisionId: string | null;
  proposalId: string | null;
  /** The round a round's own paper (minutes, tờ trình, posting notice) is of; not chained. */
  roundId?: string | null;
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

const toArchived = (r: ArchivedEntry, created: boolean): ArchivedRow => ({ ...r, created });

/** The archived row of (kind, subject), if any. */
export async function findArchived(db: DataSource | EntityManager, kind: ArchiveKind, subjectKey: string): Promise<ArchivedRow | null> {
  const row = await new ArchivedDocumentRepository(db).findBySubject(kind, subjectKey);
  return row ? toArchived(row, false) : null;
}

/**
 * The one way into archived_document. Inside `tx` it takes the body's chain lock (a transaction
 * advisory lock, so it works across worker processes and is released with the transaction), then
 * appends the row after the body's last one: `chain_seq` stays gapless because nothing else inserts
 * while the lock is held, and a rolled-back insert consumes no number.
 */
export async function appendToArchive(tx: EntityManager, input: ArchiveEntryInput): Promise<ArchivedRow> {
  const ledger = ArchivedDocumentRepository.in(tx);
  await ledger.lockChain(input.bodyId);
  const existing = await findArchived(tx, input.kind, input.subjectKey);
  if (existing) return existing;
  const last = await ledger.lastOfChain(input.bodyId);
  const entry = appendEntry(last ? { entryHash: last.entryHash } : null, {
    documentSha256: input.stored.sha256,
    kind: input.kind,
    decisionNumber: input.documentNumber,
    issuedAt: input.issuedAt,
    recipients: input.recipients,
    workflowId: input.workflowId,
    runId: input.runId,
  });
  const row = await ledger.insert({
    bodyId: input.bodyId, decisionId: input.decisionId, proposalId: input.proposalId, roundId: input.roundId ?? null, kind: input.kind, subjectKey: input.subjectKey,
    sha256: input.stored.sha256, sizeBytes: input.stored.sizeBytes, storageKey: input.stored.key, workflowId: input.workflowId, runId: input.runId,
    chainSeq: (last?.chainSeq ?? 0) + 1, previousHash: entry.previousHash, entryHash: entry.entryHash, issuedAt: input.issuedAt,
    documentNumber: input.documentNumber, recipients: input.recipients,
  });
  return toArchived(row, true);
}

/** `appendToArchive` in a transaction of its own. */
export function archiveDocument(dataSource: DataSource, input: ArchiveEntryInput): Promise<ArchivedRow> {
  return dataSource.transaction((tx) => appendToArchive(tx, input));
}
