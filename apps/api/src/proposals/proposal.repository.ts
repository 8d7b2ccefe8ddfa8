import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestActor } from '../auth/actor';

export interface ProposalRow {
  id: string;
  body_id: string;
  workflow_id: string;
  title: string;
  year: number;
  rule_set_id: string;
  unit_id: string;
  unit_name: string;
  nominee_name: string;
  status: string;
  updated_at: Date;
}

export interface NewProposalRow {
  bodyId: string;
  clientKey: string;
  title: string;
  year: number;
  ruleSetId: string;
  unitId: string;
  nomineeKind: string;
  nomineeName: string;
  nomineeUnitId: string | null;
  nomineePersonId: string | null;
  achievement: string;
  submittedBy: string;
}

const SELECT = `SELECT p.id, p.body_id, p.workflow_id, p.title, p.year, p.rule_set_id, p.unit_id, u.name AS unit_name,
                       p.nominee_name, p.status, p.updated_at
                  FROM proposal p JOIN unit u ON u.id = p.unit_id`;

/** Read-model queries of proposals, always scoped to what the caller may see. */
@Injectable()
export class ProposalRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** A unit head sees its own unit's proposals; every other role sees its body's. */
  private scope(actor: RequestActor, params: unknown[]): string {
    params.push(actor.bodyId);
    let where = ` WHERE p.body_id = $${params.length}`;
    if (actor.roles.length === 1 && actor.roles[0] === 'UNIT_HEAD') {
      params.push(actor.unitId);
      where += ` AND p.unit_id = $${params.length}`;
    }
    return where;
  }

  async listVisible(actor: RequestActor): Promise<ProposalRow[]> {
    const params: unknown[] = [];
    return this.dataSource.query(`${SELECT}${this.scope(actor, params)} ORDER BY p.updated_at DESC LIMIT 500`, params);
  }

  async findVisible(actor: RequestActor, id: string): Promise<ProposalRow | null> {
    const params: unknown[] = [id];
    const rows = await this.dataSource.query(`${SELECT}${this.scope(actor, params)} AND p.id = $1`, params);
    return rows[0] ?? null;
  }

  /** Inserts once per (body, clientKey); a repeated submit returns the first row and `created: false`. */
  async insertOnce(row: NewProposalRow): Promise<{ id: string; created: boolean }> {
    const inserted = await this.dataSource.query(
      `INSERT INTO proposal (id, body_id, client_key, workflow_id, title, year, rule_set_id, unit_id, nominee_kind, nominee_name,
                             nominee_unit_id, nominee_person_id, achievement, status, submitted_by)
       SELECT g.id, $1, $2, 'proposal-' || g.id, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'SUBMITTED', $12 FROM (SELECT gen_random_uuid() AS id) g
       ON CONFLICT (body_id, client_key) DO NOTHING RETURNING id`,
      [row.bodyId, row.clientKey, row.title, row.year, row.ruleSetId, row.unitId, row.nomineeKind, row.nomineeName, row.nomineeUnitId, row.nomineePersonId, row.achievement, row.submittedBy],
    );
    if (inserted[0]) return { id: inserted[0].id, created: true };
    const [existing] = await this.dataSource.query(`SELECT id FROM proposal WHERE body_id = $1 AND client_key = $2`, [row.bodyId, row.clientKey]);
    return { id: existing.id, created: false };
  }

  async unitInBody(unitId: string, bodyId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM unit WHERE id = $1 AND body_id = $2`, [unitId, bodyId]);
    return rows.length > 0;
  }

  async personInBody(personId: string, bodyId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM person WHERE id = $1 AND body_id = $2`, [personId, bodyId]);
    return rows.length > 0;
  }

  /** Users who are the nominee or belong to the nominated collective: they may not vote on it. */
  async recusedUserIds(bodyId: string, nomineePersonId: string | null, nomineeUnitId: string | null): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT u.id FROM app_user u LEFT JOIN person pe ON pe.id = u.person_id
        WHERE u.body_id = $1 AND (($2::uuid IS NOT NULL AND u.person_id = $2) OR ($3::uuid IS NOT NULL AND pe.unit_id = $3))`,
      [bodyId, nomineePersonId, nomineeUnitId],
    );
    return rows.map((r) => r.id);
  }
}
