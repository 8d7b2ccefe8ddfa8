// Rows and SQL fragments shared by the proposal lists of the web pages and the task lists.
import { searchKey } from '@khenthuong/domain';

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
 * ProposalEligibilityQueries.recusedUserIds), for the proposal aliased `p`.
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

export const LIST_COLUMNS = `p.id, p.title, p.year, p.nominee_name, p.status, p.created_at, u.name AS unit_name, p.decision_due_on::text AS decision_due_on, p.overdue`;
// Newest first; id breaks ties so paging is stable. Served by ix_proposal_body_*_created.
export const NEWEST_FIRST = `ORDER BY p.created_at DESC, p.id DESC`;
// Overdue first, then the nearest time limit; proposals without one (not yet complete, or decided) last.
export const DUE_FIRST = `ORDER BY p.overdue DESC, p.decision_due_on ASC NULLS LAST, p.id`;
/** States in which the decision's time limit still runs; the same list as the partial index ix_proposal_body_open_due. */
export const OPEN_STATES = `('AWAITING_COUNCIL','IN_COUNCIL_REVIEW','APPROVED_BY_COUNCIL','PUBLICLY_POSTED','AWAITING_DECISION','ESCALATED','SUBMITTED','RETURNED')`;

/** LIKE pattern of a search key; the key has no wildcards of its own after escaping. */
export const containsPattern = (text: string) => `%${searchKey(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

