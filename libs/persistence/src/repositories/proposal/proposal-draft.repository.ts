import type { EntityManager, QueryDeepPartialEntity, SelectQueryBuilder } from 'typeorm';
import { AppUserEntity } from '../../entities/app-user.entity';
import { ProposalDraftDocumentEntity, ProposalDraftEntity } from '../../entities/proposal-draft.entity';
import { UnitEntity } from '../../entities/unit.entity';
import type { Db, ProposalViewer } from '../db';
import { DRAFT_PAPERS, findPaper, insertPaperOnce, listPapers, type AttachedPaperRow, type NewAttachedPaper } from './attached-papers';

export interface DraftRow {
  id: string;
  body_id: string;
  unit_id: string;
  unit_name: string;
  title: string;
  year: number;
  nominee_person_id: string | null;
  nominee_household_id: string | null;
  nominee_unit_id: string | null;
  nominee_name: string | null;
  round_id: string | null;
  achievement: string | null;
  achievement_ref: string | null;
  facts: Record<string, unknown>;
  updated_at: Date;
  updated_by_name: string | null;
}

/** What a save writes: the fields as checked so far. */
export interface DraftFields {
  title: string;
  year: number;
  nomineePersonId: string | null;
  nomineeHouseholdId: string | null;
  nomineeUnitId: string | null;
  nomineeName: string | null;
  roundId: string | null;
  achievement: string | null;
  achievementRef: string | null;
  facts: Record<string, unknown>;
}

/** A draft's paper, as a proposal's. */
export type DraftPaperRow = AttachedPaperRow;

export interface NewDraftPaper extends NewAttachedPaper {
  draftId: string;
}

const DRAFT_COLUMNS: [string, string][] = [
  ['d.id', 'id'], ['d.bodyId', 'body_id'], ['d.unitId', 'unit_id'], ['u.name', 'unit_name'], ['d.title', 'title'], ['d.year', 'year'],
  ['d.nomineePersonId', 'nominee_person_id'], ['d.nomineeHouseholdId', 'nominee_household_id'], ['d.nomineeUnitId', 'nominee_unit_id'],
  ['d.nomineeName', 'nominee_name'], ['d.roundId', 'round_id'], ['d.achievement', 'achievement'], ['d.achievementRef', 'achievement_ref'],
  ['d.facts', 'facts'], ['d.updatedAt', 'updated_at'], ['a.displayName', 'updated_by_name'],
];

/** Drafts of nominations and their papers, always scoped to who asks: the unit's heads, the body's officer. */
export class ProposalDraftRepository {
  constructor(private readonly db: Db) {}

  static in(manager: EntityManager): ProposalDraftRepository {
    return new ProposalDraftRepository(manager);
  }

  private visible(viewer: ProposalViewer): SelectQueryBuilder<ProposalDraftEntity> {
    const query = this.db
      .getRepository(ProposalDraftEntity)
      .createQueryBuilder('d')
      .innerJoin(UnitEntity, 'u', 'u.id = d.unitId')
      .leftJoin(AppUserEntity, 'a', 'a.id = d.updatedBy')
      .select([]);
    for (const [expression, alias] of DRAFT_COLUMNS) query.addSelect(expression, alias);
    query.where('d.bodyId = :bodyId', { bodyId: viewer.bodyId });
    // Without a unit (no unit head) nothing is visible: `unit_id = NULL` is never true.
    if (!viewer.roles.includes('OFFICER')) query.andWhere('d.unitId = :unitId', { unitId: viewer.unitId });
    return query;
  }

  listVisible(viewer: ProposalViewer): Promise<DraftRow[]> {
    return this.visible(viewer).orderBy('d.updatedAt', 'DESC').addOrderBy('d.id').limit(500).getRawMany<DraftRow>();
  }

  async findVisible(viewer: ProposalViewer, id: string): Promise<DraftRow | null> {
    return (await this.visible(viewer).andWhere('d.id = :id', { id }).getRawOne<DraftRow>()) ?? null;
  }

  /**
   * Once per (body, clientKey): saving the same form twice answers the first draft and `created: false`.
   * Hand-written: ON CONFLICT … RETURNING tells a first insert from a repeat in one statement.
   */
  async insertOnce(row: DraftFields & { bodyId: string; clientKey: string; unitId: string; userId: string }): Promise<{ id: string; created: boolean }> {
    const [inserted]: { id: string }[] = await this.db.query(
      `INSERT INTO proposal_draft (body_id, client_key, unit_id, title, year, nominee_person_id, nominee_household_id, nominee_unit_id, nominee_name,
                                   round_id, achievement, achievement_ref, facts, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $14)
       ON CONFLICT (body_id, client_key) DO NOTHING RETURNING id`,
      [
        row.bodyId, row.clientKey, row.unitId, row.title, row.year, row.nomineePersonId, row.nomineeHouseholdId, row.nomineeUnitId, row.nomineeName,
        row.roundId, row.achievement, row.achievementRef, JSON.stringify(row.facts), row.userId,
      ],
    );
    if (inserted) return { id: inserted.id, created: true };
    const existing = await this.db.getRepository(ProposalDraftEntity).findOneOrFail({ select: { id: true }, where: { bodyId: row.bodyId, clientKey: row.clientKey } });
    return { id: existing.id, created: false };
  }

  async update(id: string, fields: DraftFields, userId: string): Promise<void> {
    const { title, year, nomineePersonId, nomineeHouseholdId, nomineeUnitId, nomineeName, roundId, achievement, achievementRef, facts } = fields;
    const values: QueryDeepPartialEntity<ProposalDraftEntity> = {
      title, year, nomineePersonId, nomineeHouseholdId, nomineeUnitId, nomineeName, roundId, achievement, achievementRef,
      facts: facts as QueryDeepPartialEntity<Record<string, unknown>>,
      updatedBy: userId,
      updatedAt: () => 'now()',
    };
    await this.db.getRepository(ProposalDraftEntity).update({ id }, values);
  }

  /** Deletes the draft and its papers' rows (the archive keeps the bytes: they may be shared). */
  async delete(id: string): Promise<void> {
    await this.db.getRepository(ProposalDraftEntity).delete({ id });
  }

  /** Once per (draft, content), as a proposal's papers. */
  insertPaperOnce(row: NewDraftPaper): Promise<{ id: string; created: boolean }> {
    return insertPaperOnce(this.db, DRAFT_PAPERS, row.draftId, row);
  }

  papersOf(bodyId: string, draftId: string): Promise<DraftPaperRow[]> {
    return listPapers(this.db, DRAFT_PAPERS, bodyId, draftId);
  }

  paper(bodyId: string, draftId: string, id: string): Promise<DraftPaperRow | null> {
    return findPaper(this.db, DRAFT_PAPERS, bodyId, draftId, id);
  }

  async deletePaper(draftId: string, id: string): Promise<boolean> {
    const result = await this.db.getRepository(ProposalDraftDocumentEntity).delete({ draftId, id });
    return (result.affected ?? 0) > 0;
  }

  /**
   * Inside the transaction that inserts the proposal: the draft's papers become the proposal's (same
   * archive bytes, same hash, same uploader and time) and the draft is gone. False when the draft is
   * gone already (deleted meanwhile): the caller rolls the proposal back. Hand-written: a row lock and
   * an INSERT … SELECT.
   */
  async moveInto(draftId: string, proposalId: string): Promise<boolean> {
    const locked: { id: string }[] = await this.db.query(`SELECT id FROM proposal_draft WHERE id = $1 FOR UPDATE`, [draftId]);
    if (locked.length === 0) return false;
    await this.db.query(
      `INSERT INTO proposal_document (body_id, proposal_id, kind, file_name, mime, sha256, size_bytes, uploaded_by, uploaded_at)
       SELECT body_id, $2, kind, file_name, mime, sha256, size_bytes, uploaded_by, uploaded_at FROM proposal_draft_document WHERE draft_id = $1`,
      [draftId, proposalId],
    );
    await this.delete(draftId);
    return true;
  }
}
