import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { searchKey } from '@khenthuong/domain';
import type { RequestActor } from '../auth/actor';

export const PAGE_SIZE = 25;

export interface ListRow {
  id: string;
  title: string;
  year: number;
  nominee_name: string;
  status: string;
  created_at: Date;
  unit_name: string;
  decision_due_on: string | null;
  overdue: boolean;
}

export interface InboxRow extends ListRow {
  my_choice: string | null;
  recused: boolean;
  /** A round's dossier is voted on with the round's list, not on its own page. */
  round_id: string | null;
  round_voted: boolean;
}

export interface OfficerFilter {
  title?: string;
  unitId?: string;
  status?: string;
  year?: number;
  q?: string;
  roundId?: string;
  /** Only proposals past their decision time limit. */
  overdue?: boolean;
  /** 'DUE': overdue first, then the nearest time limit; otherwise newest first. */
  sort?: 'DUE' | 'NEWEST';
  /** Today in Vietnam (IsoDate), for the overdue filter. */
  today?: string;
}

export interface ProposalFacts {
  id: string;
  unit_id: string;
  unit_name: string;
  title: string;
  year: number;
  nominee_kind: string;
  nominee_name: string;
  achievement: string;
  status: string;
  created_at: Date;
  submitted_by_name: string | null;
}

export interface TimelineRow {
  action: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  at: Date;
  actor_name: string | null;
}

/** One page of rows plus whether another follows (no count(*) over the whole body on every view). */
export interface Page<T> {
  rows: T[];
  page: number;
  hasNext: boolean;
}

/**
 * `me`: the caller's seat on their body's active council ($1 body, $2 user), no row when they have
 * none. RECUSED: the nominee is the member, or a collective the member belongs to (the same rule as
 * ProposalRepository.recusedUserIds), for the proposal aliased `p`.
 */
export const COUNCIL_SEAT = `WITH me AS (
  SELECT u.id, u.person_id, pe.unit_id AS person_unit_id
    FROM app_user u
    JOIN council c ON c.body_id = u.body_id AND c.active
    JOIN council_member cm ON cm.council_id = c.id AND cm.user_id = u.id
    LEFT JOIN person pe ON pe.id = u.person_id
   WHERE u.id = $2 AND u.body_id = $1
   LIMIT 1)`;
export const RECUSED = `(p.nominee_person_id IS NOT DISTINCT FROM me.person_id AND me.person_id IS NOT NULL
  OR p.nominee_unit_id IS NOT DISTINCT FROM me.person_unit_id AND me.person_unit_id IS NOT NULL)`;

const LIST_COLUMNS = `p.id, p.title, p.year, p.nominee_name, p.status, p.created_at, u.name AS unit_name, p.decision_due_on::text AS decision_due_on, p.overdue`;
// Newest first; id breaks ties so paging is stable. Served by ix_proposal_body_*_created.
const NEWEST_FIRST = `ORDER BY p.created_at DESC, p.id DESC`;
// Overdue first, then the nearest time limit; proposals without one (not yet complete, or decided) last.
const DUE_FIRST = `ORDER BY p.overdue DESC, p.decision_due_on ASC NULLS LAST, p.id`;
/** States in which the decision's time limit still runs; the same list as the partial index ix_proposal_body_open_due. */
const OPEN_STATES = `('AWAITING_COUNCIL','IN_COUNCIL_REVIEW','APPROVED_BY_COUNCIL','PUBLICLY_POSTED','AWAITING_DECISION','ESCALATED','SUBMITTED','RETURNED')`;

/** LIKE pattern of a search key; the key has no wildcards of its own after escaping. */
const containsPattern = (text: string) => `%${searchKey(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Read queries of the web pages, each scoped by the caller's body and, where it applies, unit or council. */
@Injectable()
export class DashboardRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The officer's view: every proposal of the body, filtered. */
  async bodyProposals(actor: RequestActor, filter: OfficerFilter, page: number): Promise<Page<ListRow>> {
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
    // khenthuong_search_key is searchKey in SQL (migration 1764300000000), served by the trigram index of 1764600000000: 'duc' finds 'Đức'.
    if (filter.q) add('khenthuong_search_key(p.nominee_name) LIKE ?', containsPattern(filter.q));
    const order = filter.sort === 'DUE' ? DUE_FIRST : NEWEST_FIRST;
    if (filter.sort === 'DUE') where.push(`p.status IN ${OPEN_STATES}`);
    return this.page(`SELECT ${LIST_COLUMNS} FROM proposal p JOIN unit u ON u.id = p.unit_id WHERE ${where.join(' AND ')} ${order}`, params, page);
  }

  /** A unit head's own unit only. */
  async unitProposals(actor: RequestActor, page: number): Promise<Page<ListRow>> {
    return this.page(
      `SELECT ${LIST_COLUMNS} FROM proposal p JOIN unit u ON u.id = p.unit_id WHERE p.body_id = $1 AND p.unit_id = $2 ${NEWEST_FIRST}`,
      [actor.bodyId, actor.unitId],
      page,
    );
  }

  /**
   * Proposals before the council the member sits on (active council of their body), with their own
   * ballot and whether they are recused: the nominee, or a member of the nominated collective
   * (the same rule as ProposalRepository.recusedUserIds).
   */
  async councilInbox(actor: RequestActor, page: number): Promise<Page<InboxRow>> {
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
  async awaitingDecision(actor: RequestActor, page: number): Promise<Page<ListRow & { round_id: string | null }>> {
    return this.page(
      `SELECT ${LIST_COLUMNS}, p.round_id FROM proposal p JOIN unit u ON u.id = p.unit_id WHERE p.body_id = $1 AND p.status = 'AWAITING_DECISION' ${NEWEST_FIRST}`,
      [actor.bodyId],
      page,
    );
  }

  /** The dossier facts, or null when the caller may not see it (other body; a unit head's other units). */
  async facts(actor: RequestActor, id: string): Promise<ProposalFacts | null> {
    const params: unknown[] = [id, actor.bodyId];
    const unitScope = isOnlyUnitHead(actor) ? ` AND p.unit_id = $3` : '';
    if (unitScope) params.push(actor.unitId);
    const [row] = await this.dataSource.query(
      `SELECT p.id, p.unit_id, u.name AS unit_name, p.title, p.year, p.nominee_kind, p.nominee_name, p.achievement, p.status, p.created_at,
              s.display_name AS submitted_by_name
         FROM proposal p JOIN unit u ON u.id = p.unit_id LEFT JOIN app_user s ON s.id = p.submitted_by
        WHERE p.id = $1 AND p.body_id = $2${unitScope}`,
      params,
    );
    return row ?? null;
  }

  /** Whether the user is the nominee of the proposal or belongs to the nominated collective. */
  async isRecused(actor: RequestActor, proposalId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM proposal p JOIN app_user u ON u.id = $2 LEFT JOIN person pe ON pe.id = u.person_id
        WHERE p.id = $1 AND ((u.person_id IS NOT NULL AND p.nominee_person_id = u.person_id) OR (pe.unit_id IS NOT NULL AND p.nominee_unit_id = pe.unit_id))`,
      [proposalId, actor.userId],
    );
    return Boolean(row);
  }

  /** The audit trail of one proposal, oldest first (logins have no proposal and never show here). */
  async timeline(actor: RequestActor, proposalId: string): Promise<TimelineRow[]> {
    return this.dataSource.query(
      `SELECT a.action, a.from_state, a.to_state, a.reason, a.at, u.display_name AS actor_name
         FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_user_id
        WHERE a.body_id = $1 AND a.proposal_id = $2 ORDER BY a.at, a.id`,
      [actor.bodyId, proposalId],
    );
  }

  /** The proposals of one round in the given states (a unit head: their unit's), with whether the caller is recused from each. */
  async roundNominees(actor: RequestActor, roundId: string, states: string[]): Promise<(ListRow & { recused: boolean })[]> {
    return this.dataSource.query(
      `SELECT ${LIST_COLUMNS}, $3::uuid = ANY(p.recused_user_ids) AS recused
         FROM proposal p JOIN unit u ON u.id = p.unit_id
        WHERE p.body_id = $1 AND p.round_id = $2 AND p.status = ANY($4::text[]) AND ($5::uuid IS NULL OR p.unit_id = $5)
        ORDER BY p.title, p.nominee_name, p.id LIMIT 2000`,
      [actor.bodyId, roundId, actor.userId, states, isOnlyUnitHead(actor) ? (actor.unitId ?? '00000000-0000-0000-0000-000000000000') : null],
    );
  }

  /** The body's rounds, newest first, for filters and the nomination form. */
  async rounds(actor: RequestActor, onlyNominating = false): Promise<{ id: string; name: string; status: string; year: number; nomination_deadline: string }[]> {
    return this.dataSource.query(
      `SELECT id, name, status, year, nomination_deadline::text AS nomination_deadline FROM round
        WHERE body_id = $1${onlyNominating ? ` AND status = 'NOMINATING'` : ''} ORDER BY created_at DESC LIMIT 200`,
      [actor.bodyId],
    );
  }

  async units(actor: RequestActor): Promise<{ id: string; name: string }[]> {
    return this.dataSource.query(`SELECT id, name FROM unit WHERE body_id = $1 ORDER BY name`, [actor.bodyId]);
  }

  /** People of the unit a unit head may nominate individually. */
  async peopleOfUnit(actor: RequestActor): Promise<{ id: string; full_name: string; position: string | null }[]> {
    return this.dataSource.query(`SELECT id, full_name, position FROM person WHERE body_id = $1 AND unit_id = $2 ORDER BY full_name`, [actor.bodyId, actor.unitId]);
  }

  async unitName(actor: RequestActor): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT name FROM unit WHERE id = $1 AND body_id = $2`, [actor.unitId, actor.bodyId]);
    return row?.name ?? null;
  }

  /** The archived decision PDF of an issued proposal the caller may see. */
  async decisionDocument(actor: RequestActor, proposalId: string): Promise<{ sha256: string; number_text: string } | null> {
    if (!(await this.facts(actor, proposalId))) return null;
    const [row] = await this.dataSource.query(
      `SELECT d.sha256, dc.number_text FROM proposal p JOIN decision dc ON dc.id = p.decision_id
         JOIN archived_document d ON d.decision_id = dc.id AND d.kind = 'DECISION'
        WHERE p.body_id = $1 AND p.id = $2 ORDER BY d.created_at LIMIT 1`,
      [actor.bodyId, proposalId],
    );
    return row ?? null;
  }

  private async page<T>(sql: string, params: unknown[], page: number): Promise<Page<T>> {
    const rows: T[] = await this.dataSource.query(`${sql} LIMIT ${PAGE_SIZE + 1} OFFSET ${(page - 1) * PAGE_SIZE}`, params);
    return { rows: rows.slice(0, PAGE_SIZE), page, hasNext: rows.length > PAGE_SIZE };
  }
}

/** Same rule as ProposalRepository: a user whose only role is unit head sees their unit alone. */
export const isOnlyUnitHead = (actor: RequestActor) => actor.roles.length === 1 && actor.roles[0] === 'UNIT_HEAD';
