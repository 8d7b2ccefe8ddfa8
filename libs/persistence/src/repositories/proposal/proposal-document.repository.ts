import type { EntityManager } from 'typeorm';
import { AppUserEntity } from '../../entities/app-user.entity';
import { ProposalDocumentEntity } from '../../entities/proposal-document.entity';
import type { Db } from '../db';

export interface ProposalDocumentRow {
  id: string;
  proposal_id: string;
  kind: string;
  file_name: string;
  mime: string;
  sha256: string;
  size_bytes: number;
  uploader_name: string | null;
  uploaded_at: Date;
}

export interface NewProposalDocument {
  bodyId: string;
  proposalId: string;
  kind: string;
  fileName: string;
  mime: string;
  sha256: string;
  sizeBytes: number;
  uploadedBy: string;
}

const ROW_COLUMNS: [string, string][] = [
  ['d.id', 'id'], ['d.proposalId', 'proposal_id'], ['d.kind', 'kind'], ['d.fileName', 'file_name'], ['d.mime', 'mime'], ['d.sha256', 'sha256'],
  ['d.sizeBytes', 'size_bytes'], ['u.displayName', 'uploader_name'], ['d.uploadedAt', 'uploaded_at'],
];

/** Papers attached to proposals; callers check first that the proposal is visible to the user. */
export class ProposalDocumentRepository {
  constructor(private readonly db: Db) {}

  static in(manager: EntityManager): ProposalDocumentRepository {
    return new ProposalDocumentRepository(manager);
  }

  /**
   * Once per (proposal, content): the same bytes attached again answer the first row and `created: false`.
   * Hand-written: ON CONFLICT … RETURNING tells a first insert from a repeat in one statement.
   */
  async insertOnce(row: NewProposalDocument): Promise<{ id: string; created: boolean }> {
    const [inserted]: { id: string }[] = await this.db.query(
      `INSERT INTO proposal_document (body_id, proposal_id, kind, file_name, mime, sha256, size_bytes, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()) ON CONFLICT (proposal_id, sha256) DO NOTHING RETURNING id`,
      [row.bodyId, row.proposalId, row.kind, row.fileName, row.mime, row.sha256, row.sizeBytes, row.uploadedBy],
    );
    if (inserted) return { id: inserted.id, created: true };
    const existing = await this.db.getRepository(ProposalDocumentEntity).findOneOrFail({ select: { id: true }, where: { proposalId: row.proposalId, sha256: row.sha256 } });
    return { id: existing.id, created: false };
  }

  listOf(bodyId: string, proposalId: string): Promise<ProposalDocumentRow[]> {
    return this.select(bodyId, proposalId).orderBy('d.uploadedAt').addOrderBy('d.id').getRawMany<ProposalDocumentRow>();
  }

  async find(bodyId: string, proposalId: string, id: string): Promise<ProposalDocumentRow | null> {
    return (await this.select(bodyId, proposalId).andWhere('d.id = :id', { id }).getRawOne<ProposalDocumentRow>()) ?? null;
  }

  /** The kinds of paper a proposal has, and in a round the unit's list papers filed on any of its proposals there (`listKinds`). */
  async kindsPresent(bodyId: string, proposalId: string, inRound: { roundId: string; unitId: string; listKinds: readonly string[] } | null): Promise<string[]> {
    return this.kindsWithRoundList(`SELECT DISTINCT d.kind FROM proposal_document d WHERE d.body_id = $1 AND d.proposal_id = $2`, bodyId, proposalId, inRound);
  }

  /** The same for a draft: its own papers, and in a round the unit's list papers already filed there. */
  async kindsPresentForDraft(bodyId: string, draftId: string, inRound: { roundId: string; unitId: string; listKinds: readonly string[] } | null): Promise<string[]> {
    return this.kindsWithRoundList(`SELECT DISTINCT d.kind FROM proposal_draft_document d WHERE d.body_id = $1 AND d.draft_id = $2`, bodyId, draftId, inRound);
  }

  /** Hand-written: a UNION of the own papers and the unit's list papers in the round. */
  private async kindsWithRoundList(own: string, bodyId: string, ownerId: string, inRound: { roundId: string; unitId: string; listKinds: readonly string[] } | null): Promise<string[]> {
    const rows: { kind: string }[] = await this.db.query(
      `${own}
       UNION
       SELECT DISTINCT d.kind FROM proposal_document d JOIN proposal p ON p.id = d.proposal_id
        WHERE $4::uuid IS NOT NULL AND p.body_id = $1 AND p.round_id = $4 AND p.unit_id = $3 AND d.kind = ANY($5)`,
      [bodyId, ownerId, inRound?.unitId ?? null, inRound?.roundId ?? null, inRound?.listKinds ?? []],
    );
    return rows.map((r) => r.kind);
  }

  private select(bodyId: string, proposalId: string) {
    const query = this.db.getRepository(ProposalDocumentEntity).createQueryBuilder('d').leftJoin(AppUserEntity, 'u', 'u.id = d.uploadedBy').select([]);
    for (const [expression, alias] of ROW_COLUMNS) query.addSelect(expression, alias);
    return query.where('d.bodyId = :bodyId AND d.proposalId = :proposalId', { bodyId, proposalId });
  }
}
