import type { EntityManager } from 'typeorm';
import type { Db } from '../db';
import { findPaper, insertPaperOnce, listPapers, PROPOSAL_PAPERS, type AttachedPaperRow, type NewAttachedPaper } from './attached-papers';

export interface ProposalDocumentRow extends AttachedPaperRow {
  proposal_id: string;
}

export interface NewProposalDocument extends NewAttachedPaper {
  proposalId: string;
}

const PROPOSAL_COLUMN: [string, string][] = [['p.proposalId', 'proposal_id']];

/** Papers attached to proposals; callers check first that the proposal is visible to the user. */
export class ProposalDocumentRepository {
  constructor(private readonly db: Db) {}

  static in(manager: EntityManager): ProposalDocumentRepository {
    return new ProposalDocumentRepository(manager);
  }

  /** Once per (proposal, content): the same bytes attached again answer the first row and `created: false`. */
  insertOnce(row: NewProposalDocument): Promise<{ id: string; created: boolean }> {
    return insertPaperOnce(this.db, PROPOSAL_PAPERS, row.proposalId, row);
  }

  listOf(bodyId: string, proposalId: string): Promise<ProposalDocumentRow[]> {
    return listPapers<ProposalDocumentRow>(this.db, PROPOSAL_PAPERS, bodyId, proposalId, PROPOSAL_COLUMN);
  }

  find(bodyId: string, proposalId: string, id: string): Promise<ProposalDocumentRow | null> {
    return findPaper<ProposalDocumentRow>(this.db, PROPOSAL_PAPERS, bodyId, proposalId, id, PROPOSAL_COLUMN);
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
}
