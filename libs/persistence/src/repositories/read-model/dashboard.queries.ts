import type { EntityManager } from 'typeorm';
import { AuditLogEntity } from '../../entities/audit-log.entity';
import { AppUserEntity } from '../../entities/app-user.entity';
import { PersonEntity } from '../../entities/person.entity';
import { RoundEntity } from '../../entities/round.entity';
import { UnitEntity } from '../../entities/unit.entity';
import { ProposalEntity } from '../../entities/proposal.entity';
import { isOnlyUnitHead, type Db, type ProposalViewer } from '../db';
import {
  COUNCIL_SEAT, containsPattern, DUE_FIRST, LIST_COLUMNS, NEWEST_FIRST, OPEN_STATES, PAGE_SIZE, RECUSED,
  type InboxRow, type ListRow, type OfficerFilter, type Page, type ProposalFacts, type TimelineRow,
} from './proposal-rows';

const FACT_COLUMNS: [string, string][] = [
  ['p.id', 'id'], ['p.unitId', 'unit_id'], ['u.name', 'unit_name'], ['p.title', 'title'], ['p.year', 'year'], ['p.nomineeKind', 'nominee_kind'],
  ['p.nomineeName', 'nominee_name'], ['p.achievement', 'achievement'], ['p.status', 'status'], ['p.createdAt', 'created_at'], ['s.displayName', 'submitted_by_name'],
];

/**
 * Read queries of the web pages, each scoped by the caller's body and, where it applies, unit or
 * council. The paged lists stay hand-written: they share the CTE of the caller’s council seat, the
 * trigram name search and the orders the proposal indexes serve (and the task lists share the CTE).
 */
export class DashboardRepository {
  constructor(private readonly db: Db) {}

  static in(manager: EntityManager): DashboardRepository {
    return new DashboardRepository(manager);
  }

  /** The officer's view: every proposal of the body, filtered. */
  async bodyProposals(actor: ProposalViewer, filter: OfficerFilter, page: number): Promise<Page<ListRow>> {
    const params: unknown[] = [actor.bodyId];
    const where = ['p.body_id = $1'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.title) add('p.title = ?', filter.title);
    if (filter.unitId) add('p.unit_id = ?', filter.unitId);
    if (filter.status) add('p.status = ?', filter.status);
    if (filter.year) add('p.year = ?', filter.year);
    if (filter.roundId) add('p.round_id = ?', filter.roundId);
    // The workflow flags a missed time limit; a due day already past counts too, before its timer fires.
    if (filter.overdue) add(`(p.overdue OR p.decision_due_on < ?) AND p.status IN ${OPEN_STATES}`, filter.today);
    // nominee_search_key is khenthuong_search_key(nominee_name), searchKey in SQL, stored and trigram-indexed (migration 1765720000000): 'duc' finds 'Đức'.
    if (filter.q) add('p.nominee_search_key LIKE ?', containsPattern(filter.q));
    const order = filter.sort === 'DUE' ? DUE_FIRST : NEWEST_FIRST;
    if (filter.sort === 'DUE') where.push(`p.status IN ${OPEN_STATES}`);
    return this.page(`SELECT ${LIST_COLUMNS} FROM proposal p JOIN unit u ON u.id = p.unit_id WHERE ${where.join(' AND ')} ${order}`, params, page);
  }

  /** A unit head's own unit only. */
  async unitProposals(actor: ProposalViewer, page: number): Promise<Page<ListRow>> {
    return this.page(
      `SELECT ${LIST_COLUMNS} FROM proposal p JOIN unit u ON u.id = p.unit_id WHERE p.body_id = $1 AND p.unit_id = $2 ${NEWEST_FIRST}`,
      [actor.bodyId, actor.unitId],
      page,
    );
  }

  /**
   * Proposals before the council the member sits on (active council of their body), with their own
   * ballot and whether they are recused: the nominee, or a member of the nominated collective
   * (the same rule as ProposalEligibilityQueries.recusedUserIds).
   */
  async councilInbox(actor: ProposalViewer, page: number): Promise<Page<InboxRow>> {
    return this.page(
      `${COUNCIL_SEAT}
       SELECT ${LIST_COLUMNS}, v.choice AS my_choice, p.round_id,
              EXISTS (SELECT 1 FROM round_ballot b WHERE b.round_id = p.round_id AND b.member_user_id = me.id) AS round_voted,
              ${RECUSED} AS recused
         FROM me
         JOIN proposal p ON p.body_id = $1 AND p.status = 'IN_COUNCIL_REVIEW'
         JOIN unit u ON u.id = p.unit_id
         LEFT JOIN proposal_vote v ON v.proposal_id = p.id AND v.member_user_id = me.id
       ${NEWEST_FIRST}`,
      [actor.bodyId, actor.userId],
      page,
    );
  }

  /** The chairman's signing queue: proposals whose posting ended, awaiting a decision (a round's, with its round). */
  async awaitingDecision(actor: ProposalViewer, page: number): Promise<Page<ListRow & { round_id: string | null }>> {
    return this.page(
      `SELECT ${LIST_COLUMNS}, p.round_id FROM proposal p JOIN unit u ON u.id = p.unit_id WHERE p.body_id = $1 AND p.status = 'AWAITING_DECISION' ${NEWEST_FIRST}`,
      [actor.bodyId],
      page,
    );
  }

  /** The dossier facts, or null when the caller may not see it (other body; a unit head's other units). */
  async facts(actor: ProposalViewer, id: string): Promise<ProposalFacts | null> {
    const query = this.db
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .innerJoin(UnitEntity, 'u', 'u.id = p.unitId')
      .leftJoin(AppUserEntity, 's', 's.id = p.submittedBy')
      .select([]);
    for (const [expression, alias] of FACT_COLUMNS) query.addSelect(expression, alias);
    query.where('p.id = :id AND p.bodyId = :bodyId', { id, bodyId: actor.bodyId });
    if (isOnlyUnitHead(actor)) query.andWhere('p.unitId = :unitId', { unitId: actor.unitId });
    return (await query.getRawOne<ProposalFacts>()) ?? null;
  }

  /** Whether the user is the nominee of the proposal or belongs to the nominated collective. */
  async isRecused(actor: ProposalViewer, proposalId: string): Promise<boolean> {
    return this.db
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .innerJoin(AppUserEntity, 'u', 'u.id = :userId', { userId: actor.userId })
      .leftJoin(PersonEntity, 'pe', 'pe.id = u.personId')
      .where('p.id = :proposalId', { proposalId })
      .andWhere('((u.personId IS NOT NULL AND p.nomineePersonId = u.personId) OR (pe.unitId IS NOT NULL AND p.nomineeUnitId = pe.unitId))')
      .getExists();
  }

  /** The audit trail of one proposal, oldest first (logins have no proposal and never show here). */
  async timeline(actor: ProposalViewer, proposalId: string): Promise<TimelineRow[]> {
    return this.db
      .getRepository(AuditLogEntity)
      .createQueryBuilder('a')
      .leftJoin(AppUserEntity, 'u', 'u.id = a.actorUserId')
      .select('a.action', 'action')
      .addSelect('a.fromState', 'from_state')
      .addSelect('a.toState', 'to_state')
      .addSelect('a.reason', 'reason')
      .addSelect('a.at', 'at')
      .addSelect('u.displayName', 'actor_name')
      .where('a.bodyId = :bodyId AND a.proposalId = :proposalId', { bodyId: actor.bodyId, proposalId })
      .orderBy('a.at')
      .addOrderBy('a.id')
      .getRawMany<TimelineRow>();
  }

  /** The proposals of one round in the given states (a unit head: their unit's), with whether the caller is recused from each. */
  async roundNominees(actor: ProposalViewer, roundId: string, states: string[]): Promise<(ListRow & { recused: boolean })[]> {
    // Hand-written: the list columns are shared with the paged lists below.
    return this.db.query(
      `SELECT ${LIST_COLUMNS}, $3::uuid = ANY(p.recused_user_ids) AS recused
         FROM proposal p JOIN unit u ON u.id = p.unit_id
        WHERE p.body_id = $1 AND p.round_id = $2 AND p.status = ANY($4::text[]) AND ($5::uuid IS NULL OR p.unit_id = $5)
        ORDER BY p.title, p.nominee_name, p.id LIMIT 2000`,
      [actor.bodyId, roundId, actor.userId, states, isOnlyUnitHead(actor) ? (actor.unitId ?? '00000000-0000-0000-0000-000000000000') : null],
    );
  }

  /** The body's rounds, newest first, for filters and the nomination form. */
  async rounds(actor: ProposalViewer, onlyNominating = false): Promise<{ id: string; name: string; status: string; year: number; nomination_deadline: string }[]> {
    const rows = await this.db.getRepository(RoundEntity).find({
      select: { id: true, name: true, status: true, year: true, nominationDeadline: true },
      where: onlyNominating ? { bodyId: actor.bodyId, status: 'NOMINATING' } : { bodyId: actor.bodyId },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return rows.map((r) => ({ id: r.id, name: r.name, status: r.status, year: r.year, nomination_deadline: r.nominationDeadline }));
  }

  async units(actor: ProposalViewer): Promise<{ id: string; name: string }[]> {
    const rows = await this.db.getRepository(UnitEntity).find({ select: { id: true, name: true }, where: { bodyId: actor.bodyId }, order: { name: 'ASC' } });
    return rows.map((r) => ({ id: r.id, name: r.name }));
  }

  /** People of the unit a unit head may nominate individually. */
  async peopleOfUnit(actor: ProposalViewer): Promise<{ id: string; full_name: string; position: string | null }[]> {
    if (!actor.unitId) return [];
    const rows = await this.db.getRepository(PersonEntity).find({ select: { id: true, fullName: true, position: true }, where: { bodyId: actor.bodyId, unitId: actor.unitId }, order: { fullName: 'ASC' } });
    return rows.map((r) => ({ id: r.id, full_name: r.fullName, position: r.position }));
  }

  async unitName(actor: ProposalViewer): Promise<string | null> {
    if (!actor.unitId) return null;
    const row = await this.db.getRepository(UnitEntity).findOne({ select: { name: true }, where: { id: actor.unitId, bodyId: actor.bodyId } });
    return row?.name ?? null;
  }

  /** The archived decision PDF of an issued proposal the caller may see. */
  async decisionDocument(actor: ProposalViewer, proposalId: string): Promise<{ sha256: string; number_text: string } | null> {
    if (!(await this.facts(actor, proposalId))) return null;
    const [row]: { sha256: string; number_text: string }[] = await this.db.query(
      `SELECT d.sha256, dc.number_text FROM proposal p JOIN decision dc ON dc.id = p.decision_id
         JOIN archived_document d ON d.decision_id = dc.id AND d.kind = 'DECISION'
        WHERE p.body_id = $1 AND p.id = $2 ORDER BY d.created_at LIMIT 1`,
      [actor.bodyId, proposalId],
    );
    return row ?? null;
  }

  private async page<T>(sql: string, params: unknown[], page: number): Promise<Page<T>> {
    const rows: T[] = await this.db.query(`${sql} LIMIT ${PAGE_SIZE + 1} OFFSET ${(page - 1) * PAGE_SIZE}`, params);
    return { rows: rows.slice(0, PAGE_SIZE), page, hasNext: rows.length > PAGE_SIZE };
  }
}
