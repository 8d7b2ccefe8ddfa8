import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ProposalEntity } from '../../entities/proposal.entity';
import { RoundEntity } from '../../entities/round.entity';
import { UnitEntity } from '../../entities/unit.entity';
import { enqueueWorkflowCall, type WorkflowCall } from '../../outbox/workflow-calls';
import { isOnlyUnitHead, managerOf, type Db, type ProposalViewer } from '../db';

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
export type AlongsideInsert = (tx: EntityManager, proposalId: string) => Promise<void>;

/** What a public objection needs to know of its proposal. */
export interface ObjectionTargetRow {
  body_id: string;
  workflow_id: string;
  status: string;
}

const ROW_COLUMNS: [string, string][] = [
  ['p.id', 'id'], ['p.bodyId', 'body_id'], ['p.workflowId', 'workflow_id'], ['p.title', 'title'], ['p.year', 'year'], ['p.ruleSetId', 'rule_set_id'],
  ['p.unitId', 'unit_id'], ['u.name', 'unit_name'], ['p.nomineeName', 'nominee_name'], ['p.status', 'status'], ['p.updatedAt', 'updated_at'],
];

/** Proposals: their insertion, what the api reads of one, always scoped to what the caller may see. */
export class ProposalRepository {
  constructor(private readonly db: Db) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): ProposalRepository {
    return new ProposalRepository(manager);
  }

  /** A unit head sees its own unit's proposals; every other role sees its body's. */
  private visible(viewer: ProposalViewer): SelectQueryBuilder<ProposalEntity> {
    const query = this.db.getRepository(ProposalEntity).createQueryBuilder('p').innerJoin(UnitEntity, 'u', 'u.id = p.unitId').select([]);
    for (const [expression, alias] of ROW_COLUMNS) query.addSelect(expression, alias);
    query.where('p.bodyId = :bodyId', { bodyId: viewer.bodyId });
    if (isOnlyUnitHead(viewer)) query.andWhere('p.unitId = :unitId', { unitId: viewer.unitId });
    return query;
  }

  listVisible(viewer: ProposalViewer): Promise<ProposalRow[]> {
    return this.visible(viewer).orderBy('p.updatedAt', 'DESC').limit(500).getRawMany<ProposalRow>();
  }

  async findVisible(viewer: ProposalViewer, id: string): Promise<ProposalRow | null> {
    return (await this.visible(viewer).andWhere('p.id = :id', { id }).getRawOne<ProposalRow>()) ?? null;
  }

  /**
   * Inserts once per (body, clientKey), together with the workflow start it owes (`owes`), in one
   * transaction (with `alongside`, if given); a repeated submit returns the first row and `created: false`.
   * Hand-written: the id is drawn in the statement so the workflow id can be derived from it, and
   * ON CONFLICT … RETURNING tells a first insert from a repeat.
   */
  insertOnce(row: NewProposalRow, owes: (proposalId: string) => WorkflowCall, alongside?: AlongsideInsert): Promise<{ id: string; created: boolean }> {
    return managerOf(this.db).transaction(async (tx) => {
      const inserted: { id: string }[] = await tx.query(
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
      const id = inserted[0]?.id;
      if (id) {
        await enqueueWorkflowCall(tx, owes(id));
        if (alongside) await alongside(tx, id);
        return { id, created: true };
      }
      const existing = await ProposalRepository.in(tx).findIdByClientKey(row.bodyId, row.clientKey);
      return { id: existing!, created: false };
    });
  }

  async findIdByClientKey(bodyId: string, clientKey: string): Promise<string | null> {
    const row = await this.db.getRepository(ProposalEntity).findOne({ select: { id: true }, where: { bodyId, clientKey } });
    return row?.id ?? null;
  }

  /** The proposal belongs to a round that is past its dossier review (its council session has the list). */
  async roundSessionStarted(proposalId: string): Promise<boolean> {
    return this.db
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .innerJoin(RoundEntity, 'r', 'r.id = p.roundId')
      .where('p.id = :proposalId', { proposalId })
      .andWhere('r.status NOT IN (:...early)', { early: ['NOMINATING', 'REVIEWING_DOSSIERS'] })
      .getExists();
  }

  /** What decides a proposal's required papers: its title under its rule set, and its unit's list in its round. */
  async papersFacts(bodyId: string, proposalId: string): Promise<{ title: string; ruleSetId: string; unitId: string; roundId: string | null } | null> {
    return this.db.getRepository(ProposalEntity).findOne({ select: { title: true, ruleSetId: true, unitId: true, roundId: true }, where: { bodyId, id: proposalId } });
  }

  /** The proposal a public objection is about, in any body (the public page names it by id), or null. */
  async objectionTarget(proposalId: string): Promise<ObjectionTargetRow | null> {
    const row = await this.db.getRepository(ProposalEntity).findOne({ select: { bodyId: true, workflowId: true, status: true }, where: { id: proposalId } });
    return row ? { body_id: row.bodyId, workflow_id: row.workflowId, status: row.status } : null;
  }

  /** Whether the proposal of the body is voted on by secret ballot (false when it is not the body's). */
  async isSecretBallot(proposalId: string, bodyId?: string): Promise<boolean> {
    const row = await this.db
      .getRepository(ProposalEntity)
      .findOne({ select: { secretBallot: true }, where: bodyId === undefined ? { id: proposalId } : { id: proposalId, bodyId } });
    return row?.secretBallot === true;
  }

  /** The recused members of the named proposals of one round of the body, by proposal id (absent: not in the round). */
  async recusalsInRound(bodyId: string, roundId: string, proposalIds: string[]): Promise<Map<string, string[]>> {
    if (proposalIds.length === 0) return new Map();
    const rows = await this.db
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .select(['p.id', 'p.recusedUserIds'])
      .where('p.roundId = :roundId AND p.bodyId = :bodyId', { roundId, bodyId })
      .andWhere('p.id IN (:...proposalIds)', { proposalIds })
      .getMany();
    return new Map(rows.map((r) => [r.id, r.recusedUserIds]));
  }
}
