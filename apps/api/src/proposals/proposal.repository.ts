import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RuleSetOverrides } from '@khenthuong/domain';
import { enqueueWorkflowCall, ruleSetOverridesFor, type Queryable, type WorkflowCall } from '@khenthuong/persistence';
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
  nomineeHouseholdId: string | null;
  achievement: string;
  submittedBy: string;
  roundId: string | null;
  route: string;
  procedure: string;
  secretBallot: boolean;
  recusedUserIds: string[];
  achievementKey: string | null;
}

/** Work done in the transaction that inserts a proposal (throwing rolls the proposal back). */
export type AlongsideInsert = (tx: Queryable, proposalId: string) => Promise<void>;

export interface EligibilityFactsRow {
  history: { title: string; year: number }[];
  existingAchievementKeys: string[];
  rating: { rating: string; months_worked: number; initiative_recognised: boolean; disciplined: boolean } | null;
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

  /**
   * Inserts once per (body, clientKey), together with the workflow start it owes (`owes`), in one
   * transaction (with `alongside`, if given); a repeated submit returns the first row and `created: false`.
   */
  async insertOnce(row: NewProposalRow, owes: (proposalId: string) => WorkflowCall, alongside?: AlongsideInsert): Promise<{ id: string; created: boolean }> {
    return this.dataSource.transaction(async (tx) => {
      const inserted = await tx.query(
        `INSERT INTO proposal (id, body_id, client_key, workflow_id, title, year, rule_set_id, unit_id, nominee_kind, nominee_name,
                               nominee_unit_id, nominee_person_id, achievement, status, submitted_by,
                               round_id, route, procedure, secret_ballot, recused_user_ids, achievement_key, nominee_household_id)
         SELECT g.id, $1, $2, 'proposal-' || g.id, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'SUBMITTED', $12, $13, $14, $15, $16, $17, $18, $19
           FROM (SELECT gen_random_uuid() AS id) g
         ON CONFLICT (body_id, client_key) DO NOTHING RETURNING id`,
        [
          row.bodyId, row.clientKey, row.title, row.year, row.ruleSetId, row.unitId, row.nomineeKind, row.nomineeName, row.nomineeUnitId,
          row.nomineePersonId, row.achievement, row.submittedBy, row.roundId, row.route, row.procedure, row.secretBallot, row.recusedUserIds,
          row.achievementKey, row.nomineeHouseholdId,
        ],
      );
      if (inserted[0]) {
        await enqueueWorkflowCall(tx, owes(inserted[0].id));
        if (alongside) await alongside(tx, inserted[0].id);
        return { id: inserted[0].id as string, created: true };
      }
      const [existing] = await tx.query(`SELECT id FROM proposal WHERE body_id = $1 AND client_key = $2`, [row.bodyId, row.clientKey]);
      return { id: existing.id as string, created: false };
    });
  }

  async findIdByClientKey(bodyId: string, clientKey: string): Promise<string | null> {
    const rows = await this.dataSource.query(`SELECT id FROM proposal WHERE body_id = $1 AND client_key = $2`, [bodyId, clientKey]);
    return rows[0]?.id ?? null;
  }

  /**
   * The nominee's awards from the register (decided here, a higher level's result, or imported from
   * earlier years' lists: docs/register.md), the Điều 5 keys of those awards and of live proposals,
   * and the imported rating of the year, for the domain's eligibility check.
   */
  async eligibilityFacts(bodyId: string, nominee: { personId: string | null; householdId?: string | null; unitId: string | null }, year: number): Promise<EligibilityFactsRow> {
    // A household is told apart from its residential group (the group is its nominee_unit_id too).
    const byNominee = `p.body_id = $1 AND (($2::uuid IS NOT NULL AND p.nominee_person_id = $2) OR ($4::uuid IS NOT NULL AND p.nominee_household_id = $4)
      OR ($2::uuid IS NULL AND $4::uuid IS NULL AND $3::uuid IS NOT NULL AND p.nominee_unit_id = $3 AND p.nominee_kind NOT IN ('INDIVIDUAL', 'HOUSEHOLD')))`;
    const inRegister = `ar.body_id = $1 AND (($2::uuid IS NOT NULL AND ar.person_id = $2) OR ($4::uuid IS NOT NULL AND ar.household_id = $4)
      OR ($2::uuid IS NULL AND $4::uuid IS NULL AND $3::uuid IS NOT NULL AND ar.unit_id = $3))`;
    const params = [bodyId, nominee.personId, nominee.unitId, nominee.householdId ?? null];
    const [history, keys, ratings] = await Promise.all([
      this.dataSource.query(`SELECT ar.title, ar.year FROM award_register ar WHERE ${inRegister}`, params),
      this.dataSource.query(
        `SELECT p.achievement_key FROM proposal p WHERE ${byNominee} AND p.achievement_key IS NOT NULL
            AND p.status NOT IN ('WITHDRAWN', 'REJECTED', 'REJECTED_BY_COUNCIL')
         UNION SELECT ar.dedupe_key FROM award_register ar WHERE ${inRegister}`,
        params,
      ),
      nominee.personId
        ? this.dataSource.query(
            `SELECT rating, months_worked, initiative_recognised, disciplined FROM staff_rating WHERE body_id = $1 AND person_id = $2 AND year = $3`,
            [bodyId, nominee.personId, year],
          )
        : Promise.resolve([]),
    ]);
    return { history, existingAchievementKeys: keys.map((k: { achievement_key: string }) => k.achievement_key), rating: ratings[0] ?? null };
  }

  /**
   * LĐTT awarded or proposed and CSTĐCS proposed in a body and year, for the quota warning: live
   * proposals, plus the awards of the year registered without a proposal (a higher level's result,
   * an imported list; docs/register.md).
   */
  async quotaCounts(bodyId: string, year: number): Promise<{ ldtt: number; cstdcs: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE title = 'LAO_DONG_TIEN_TIEN')::int AS ldtt, count(*) FILTER (WHERE title = 'CHIEN_SI_THI_DUA_CO_SO')::int AS cstdcs
         FROM (SELECT title FROM proposal WHERE body_id = $1 AND year = $2 AND status NOT IN ('WITHDRAWN', 'REJECTED', 'REJECTED_BY_COUNCIL')
               UNION ALL SELECT title FROM award_record WHERE body_id = $1 AND year = $2) awards`,
      [bodyId, year],
    );
    return { ldtt: row.ldtt, cstdcs: row.cstdcs };
  }

  ruleSetOverrides(bodyId: string, ruleSetId: string): Promise<RuleSetOverrides> {
    return ruleSetOverridesFor(this.dataSource, bodyId, ruleSetId);
  }

  /** The proposal belongs to a round that is past its dossier review (its council session has the list). */
  async roundSessionStarted(proposalId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM proposal p JOIN round r ON r.id = p.round_id WHERE p.id = $1 AND r.status NOT IN ('NOMINATING', 'REVIEWING_DOSSIERS')`,
      [proposalId],
    );
    return rows.length > 0;
  }

  /** A round open for nominations in the caller's body, or null. */
  async openRound(bodyId: string, roundId: string): Promise<{ id: string; secret_ballot: boolean } | null> {
    const rows = await this.dataSource.query(`SELECT id, secret_ballot FROM round WHERE id = $1 AND body_id = $2 AND status = 'NOMINATING'`, [roundId, bodyId]);
    return rows[0] ?? null;
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
