import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Queryable } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import type { StoredPaper } from '../dossier/dossier-papers.service';

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

/** What a save writes: the fields as checked so far (DraftService.check). */
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

export interface DraftPaperRow {
  id: string;
  kind: string;
  file_name: string;
  mime: string;
  sha256: string;
  size_bytes: number;
  uploader_name: string | null;
  uploaded_at: Date;
}

const SELECT = `SELECT d.id, d.body_id, d.unit_id, u.name AS unit_name, d.title, d.year, d.nominee_person_id, d.nominee_household_id, d.nominee_unit_id,
                       d.nominee_name, d.round_id, d.achievement, d.achievement_ref, d.facts, d.updated_at, a.display_name AS updated_by_name
                  FROM proposal_draft d JOIN unit u ON u.id = d.unit_id LEFT JOIN app_user a ON a.id = d.updated_by`;
const PAPERS = `SELECT p.id, p.kind, p.file_name, p.mime, p.sha256, p.size_bytes, a.display_name AS uploader_name, p.uploaded_at
                  FROM proposal_draft_document p LEFT JOIN app_user a ON a.id = p.uploaded_by`;

/** Drafts of nominations and their papers, always scoped to who asks: the unit's heads, the body's officer. */
@Injectable()
export class ProposalDraftRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private scope(actor: RequestActor, params: unknown[]): string {
    params.push(actor.bodyId);
    const body = ` WHERE d.body_id = $${params.length}`;
    if (actor.roles.includes('OFFICER')) return body;
    params.push(actor.unitId);
    // Without a unit (no unit head) nothing is visible: `unit_id = NULL` is never true.
    return `${body} AND d.unit_id = $${params.length}`;
  }

  listVisible(actor: RequestActor): Promise<DraftRow[]> {
    const params: unknown[] = [];
    return this.dataSource.query(`${SELECT}${this.scope(actor, params)} ORDER BY d.updated_at DESC, d.id LIMIT 500`, params);
  }

  async findVisible(actor: RequestActor, id: string): Promise<DraftRow | null> {
    const params: unknown[] = [id];
    const rows = await this.dataSource.query(`${SELECT}${this.scope(actor, params)} AND d.id = $1`, params);
    return rows[0] ?? null;
  }

  /** Once per (body, clientKey): saving the same form twice answers the first draft and `created: false`. */
  async insertOnce(row: DraftFields & { bodyId: string; clientKey: string; unitId: string; userId: string }): Promise<{ id: string; created: boolean }> {
    const [inserted] = await this.dataSource.query(
      `INSERT INTO proposal_draft (body_id, client_key, unit_id, title, year, nominee_person_id, nominee_household_id, nominee_unit_id, nominee_name,
                                   round_id, achievement, achievement_ref, facts, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $14)
       ON CONFLICT (body_id, client_key) DO NOTHING RETURNING id`,
      [row.bodyId, row.clientKey, row.unitId, ...fieldValues(row), row.userId],
    );
    if (inserted) return { id: inserted.id, created: true };
    const [existing] = await this.dataSource.query(`SELECT id FROM proposal_draft WHERE body_id = $1 AND client_key = $2`, [row.bodyId, row.clientKey]);
    return { id: existing.id, created: false };
  }

  async update(id: string, fields: DraftFields, userId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE proposal_draft SET title = $2, year = $3, nominee_person_id = $4, nominee_household_id = $5, nominee_unit_id = $6, nominee_name = $7,
              round_id = $8, achievement = $9, achievement_ref = $10, facts = $11::jsonb, updated_by = $12, updated_at = now()
        WHERE id = $1`,
      [id, ...fieldValues(fields), userId],
    );
  }

  /** Deletes the draft and its papers' rows (the archive keeps the bytes: they may be shared). */
  async delete(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM proposal_draft WHERE id = $1`, [id]);
  }

  /** Once per (draft, content), as a proposal's papers. */
  async insertPaperOnce(row: StoredPaper & { bodyId: string; draftId: string; kind: string; uploadedBy: string }): Promise<{ id: string; created: boolean }> {
    const [inserted] = await this.dataSource.query(
      `INSERT INTO proposal_draft_document (body_id, draft_id, kind, file_name, mime, sha256, size_bytes, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()) ON CONFLICT (draft_id, sha256) DO NOTHING RETURNING id`,
      [row.bodyId, row.draftId, row.kind, row.fileName, row.mime, row.sha256, row.sizeBytes, row.uploadedBy],
    );
    if (inserted) return { id: inserted.id, created: true };
    const [existing] = await this.dataSource.query(`SELECT id FROM proposal_draft_document WHERE draft_id = $1 AND sha256 = $2`, [row.draftId, row.sha256]);
    return { id: existing.id, created: false };
  }

  papersOf(bodyId: string, draftId: string): Promise<DraftPaperRow[]> {
    return this.dataSource.query(`${PAPERS} WHERE p.body_id = $1 AND p.draft_id = $2 ORDER BY p.uploaded_at, p.id`, [bodyId, draftId]);
  }

  async paper(bodyId: string, draftId: string, id: string): Promise<DraftPaperRow | null> {
    const rows = await this.dataSource.query(`${PAPERS} WHERE p.body_id = $1 AND p.draft_id = $2 AND p.id = $3`, [bodyId, draftId, id]);
    return rows[0] ?? null;
  }

  async deletePaper(draftId: string, id: string): Promise<boolean> {
    const rows = await this.dataSource.query(`DELETE FROM proposal_draft_document WHERE draft_id = $1 AND id = $2 RETURNING id`, [draftId, id]);
    return rows.length > 0;
  }

  /**
   * Inside the transaction that inserts the proposal: the draft's papers become the proposal's (same
   * archive bytes, same hash, same uploader and time) and the draft is gone. False when the draft is
   * gone already (deleted meanwhile): the caller rolls the proposal back.
   */
  async moveInto(tx: Queryable, draftId: string, proposalId: string): Promise<boolean> {
    const locked = await tx.query(`SELECT id FROM proposal_draft WHERE id = $1 FOR UPDATE`, [draftId]);
    if (locked.length === 0) return false;
    await tx.query(
      `INSERT INTO proposal_document (body_id, proposal_id, kind, file_name, mime, sha256, size_bytes, uploaded_by, uploaded_at)
       SELECT body_id, $2, kind, file_name, mime, sha256, size_bytes, uploaded_by, uploaded_at FROM proposal_draft_document WHERE draft_id = $1`,
      [draftId, proposalId],
    );
    await tx.query(`DELETE FROM proposal_draft WHERE id = $1`, [draftId]);
    return true;
  }
}

function fieldValues(f: DraftFields): unknown[] {
  return [f.title, f.year, f.nomineePersonId, f.nomineeHouseholdId, f.nomineeUnitId, f.nomineeName, f.roundId, f.achievement, f.achievementRef, JSON.stringify(f.facts)];
}
