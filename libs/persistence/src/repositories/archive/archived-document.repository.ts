import type { DataSource, EntityManager } from 'typeorm';
import { ArchivedDocumentEntity } from '../../entities/archived-document.entity';

/** What archived_document rows document; the chain commits to it. */
export type ArchiveKind = 'DECISION' | 'CERTIFICATE' | 'HISTORY' | 'MINUTES' | 'SUBMISSION' | 'POSTING_NOTICE' | 'PAYMENT_LIST' | 'CORRECTIVE_DECISION';

/** A row of the ledger as its callers need it back. */
export interface ArchivedEntry {
  id: string;
  sha256: string;
  sizeBytes: number;
  chainSeq: number;
  entryHash: string;
}

export interface NewArchivedDocument {
  bodyId: string;
  kind: ArchiveKind;
  subjectKey: string;
  decisionId: string | null;
  proposalId: string | null;
  /** The round of a round's own paper; outside the chain. */
  roundId?: string | null;
  sha256: string;
  sizeBytes: number;
  storageKey: string;
  workflowId: string | null;
  runId: string | null;
  chainSeq: number;
  previousHash: string | null;
  entryHash: string;
  issuedAt: Date;
  documentNumber: string | null;
  recipients: string[];
}

/** Every field the chain hash covers, for the verifier. */
export type ChainedDocument = Pick<
  ArchivedDocumentEntity,
  'id' | 'bodyId' | 'kind' | 'subjectKey' | 'sha256' | 'chainSeq' | 'previousHash' | 'entryHash' | 'issuedAt' | 'documentNumber' | 'recipients' | 'workflowId' | 'runId'
>;

const ENTRY_COLUMNS = { id: true, sha256: true, sizeBytes: true, chainSeq: true, entryHash: true } as const;
const CHAINED_COLUMNS: (keyof ArchivedDocumentEntity)[] = [
  'id', 'bodyId', 'kind', 'subjectKey', 'sha256', 'chainSeq', 'previousHash', 'entryHash', 'issuedAt', 'documentNumber', 'recipients', 'workflowId', 'runId',
];
const toEntry = (r: ArchivedDocumentEntity): ArchivedEntry => ({ id: r.id, sha256: r.sha256, sizeBytes: r.sizeBytes, chainSeq: r.chainSeq, entryHash: r.entryHash });

/**
 * The archive ledger: one row per (kind, subject), chained per body. Appending is the caller's
 * (it computes the hash): `lockChain`, then `lastOfChain` and `insert` in one transaction.
 */
export class ArchivedDocumentRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): ArchivedDocumentRepository {
    return new ArchivedDocumentRepository(manager);
  }

  /**
   * Takes the body's chain lock until the transaction ends: a transaction advisory lock, so it
   * works across worker processes, and nothing else appends to the body's chain meanwhile.
   */
  async lockChain(bodyId: string): Promise<void> {
    await this.db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`archive-chain:${bodyId}`]);
  }

  async findBySubject(kind: ArchiveKind, subjectKey: string): Promise<ArchivedEntry | null> {
    const row = await this.db.getRepository(ArchivedDocumentEntity).findOne({ select: ENTRY_COLUMNS, where: { kind, subjectKey } });
    return row ? toEntry(row) : null;
  }

  /** Which of `subjectKeys` already have a paper of `kind`. */
  async archivedSubjects(kind: ArchiveKind, subjectKeys: string[]): Promise<Set<string>> {
    if (subjectKeys.length === 0) return new Set();
    const rows = await this.db
      .getRepository(ArchivedDocumentEntity)
      .createQueryBuilder('a')
      .select('a.subjectKey')
      .where('a.kind = :kind AND a.subjectKey IN (:...subjectKeys)', { kind, subjectKeys })
      .getMany();
    return new Set(rows.map((r) => r.subjectKey));
  }

  /** The body's last chained row, null for an empty chain. */
  async lastOfChain(bodyId: string): Promise<Pick<ArchivedEntry, 'chainSeq' | 'entryHash'> | null> {
    const row = await this.db.getRepository(ArchivedDocumentEntity).findOne({ select: { chainSeq: true, entryHash: true }, where: { bodyId }, order: { chainSeq: 'DESC' } });
    return row ? { chainSeq: row.chainSeq, entryHash: row.entryHash } : null;
  }

  async insert(row: NewArchivedDocument): Promise<ArchivedEntry> {
    const result = await this.db.getRepository(ArchivedDocumentEntity).insert(row);
    return { id: (result.identifiers[0] as { id: string }).id, sha256: row.sha256, sizeBytes: row.sizeBytes, chainSeq: row.chainSeq, entryHash: row.entryHash };
  }

  /** Marks the decision's papers withdrawn by a revocation: all of them, or those of `proposalIds` only. */
  async markRevoked(revocationId: string, decisionId: string, proposalIds: string[] | 'ALL'): Promise<void> {
    const update = this.db
      .getRepository(ArchivedDocumentEntity)
      .createQueryBuilder()
      .update()
      .set({ revokedBy: revocationId })
      .where('decision_id = :decisionId AND revoked_by IS NULL', { decisionId });
    if (proposalIds !== 'ALL') update.andWhere('proposal_id = ANY(:proposalIds)', { proposalIds });
    await update.execute();
  }

  /** The bodies that have a chain. */
  async chainedBodies(): Promise<string[]> {
    const rows = await this.db.getRepository(ArchivedDocumentEntity).createQueryBuilder('a').select('DISTINCT a.bodyId', 'body_id').orderBy('body_id').getRawMany<{ body_id: string }>();
    return rows.map((r) => r.body_id);
  }

  /** A page of the body's chain in order, from `fromSeq` on (keyset paging: an archive need not fit in memory). */
  chainPage(bodyId: string, fromSeq: number, limit: number): Promise<ChainedDocument[]> {
    return this.db
      .getRepository(ArchivedDocumentEntity)
      .createQueryBuilder('a')
      .select(CHAINED_COLUMNS.map((c) => `a.${c}`))
      .where('a.bodyId = :bodyId AND a.chainSeq >= :fromSeq', { bodyId, fromSeq })
      .orderBy('a.chainSeq')
      .limit(limit)
      .getMany();
  }
}
