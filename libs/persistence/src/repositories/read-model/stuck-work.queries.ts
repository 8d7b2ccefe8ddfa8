import type { EntityManager } from 'typeorm';
import type { Db } from '../db';

/**
 * How long a stage that only the system moves may last before it counts as stuck: documents issue
 * and the proposal closes within minutes of the decision; an approved proposal is posted (or goes to
 * the decision) at once, in a round as soon as the round posts its list; a round issues its decisions
 * right after the chairman decides. Stages that wait for people have their own deadlines.
 */
export const SYSTEM_STAGE_ALLOWANCE_MINUTES: Readonly<Record<string, number>> = {
  DECIDED: 60,
  DOCUMENTS_ISSUED: 60,
  APPROVED_BY_COUNCIL: 24 * 60,
};
export const ROUND_STAGE_ALLOWANCE_MINUTES: Readonly<Record<string, number>> = { ISSUING: 60 };
/** A corrective decision is numbered and issued within minutes of the request. */
export const REVOCATION_ALLOWANCE_MINUTES = 60;
/** Rows listed and counted at most (the dashboard and /health stay bounded however much is stuck). */
export const STUCK_LIMIT = 200;

export type StuckReason = 'NEEDS_ATTENTION' | 'STALLED' | 'RETURN_DEADLINE_PASSED';

export type StuckKind = 'PROPOSAL' | 'ROUND' | 'REVOCATION';

export interface StuckRow {
  kind: StuckKind;
  id: string;
  workflow_id: string;
  name: string;
  status: string;
  reason: StuckReason;
  needs_attention_reason: string | null;
  since: Date;
}

const ALLOWANCE_VALUES = (allowances: Readonly<Record<string, number>>) =>
  Object.entries(allowances)
    .map(([status, minutes]) => `('${status}', ${minutes})`)
    .join(', ');

const REVOCATION_NAME = `'Thu hồi Quyết định số ' || d.number_text`;

export interface SystemStageRow {
  kind: StuckKind;
  id: string;
  body_id: string;
  workflow_id: string;
  name: string;
}

/**
 * Proposals, rounds and revocations that need a person or have not moved for longer than their stage
 * allows. Hand-written: one bounded UNION ALL over three tables with a VALUES table of allowances.
 */
export class StuckWorkRepository {
  constructor(private readonly db: Db) {}

  static in(manager: EntityManager): StuckWorkRepository {
    return new StuckWorkRepository(manager);
  }

  /** One body's stuck work (the officer's dashboard), oldest first; `bodyId` null = every body (/health). */
  list(bodyId: string | null, today: string): Promise<StuckRow[]> {
    const body = (alias: string) => `($1::uuid IS NULL OR ${alias}.body_id = $1)`;
    return this.db.query(
      `SELECT * FROM (
         (SELECT 'PROPOSAL' AS kind, p.id, p.workflow_id, p.nominee_name AS name, p.status, 'NEEDS_ATTENTION' AS reason, p.needs_attention_reason, p.needs_attention_at AS since
            FROM proposal p WHERE ${body('p')} AND p.needs_attention_at IS NOT NULL ORDER BY p.needs_attention_at LIMIT $2)
         UNION ALL
         (SELECT 'ROUND', r.id, r.workflow_id, r.name, r.status, 'NEEDS_ATTENTION', r.needs_attention_reason, r.needs_attention_at
            FROM round r WHERE ${body('r')} AND r.needs_attention_at IS NOT NULL ORDER BY r.needs_attention_at LIMIT $2)
         UNION ALL
         (SELECT 'REVOCATION', v.id, 'revocation-' || v.id, ${REVOCATION_NAME}, v.status, 'NEEDS_ATTENTION', v.needs_attention_reason, v.needs_attention_at
            FROM decision_revocation v JOIN decision d ON d.id = v.decision_id
           WHERE ${body('v')} AND v.needs_attention_at IS NOT NULL ORDER BY v.needs_attention_at LIMIT $2)
         UNION ALL
         (SELECT 'REVOCATION', v.id, 'revocation-' || v.id, ${REVOCATION_NAME}, v.status, 'STALLED', NULL, v.requested_at
            FROM decision_revocation v JOIN decision d ON d.id = v.decision_id
           WHERE ${body('v')} AND v.status = 'REQUESTED' AND v.needs_attention_at IS NULL
             AND v.requested_at < now() - make_interval(mins => ${REVOCATION_ALLOWANCE_MINUTES}) ORDER BY v.requested_at LIMIT $2)
         UNION ALL
         (SELECT 'PROPOSAL', p.id, p.workflow_id, p.nominee_name, p.status, 'STALLED', NULL, p.updated_at
            FROM proposal p JOIN (VALUES ${ALLOWANCE_VALUES(SYSTEM_STAGE_ALLOWANCE_MINUTES)}) a(status, minutes) ON a.status = p.status
           WHERE ${body('p')} AND p.needs_attention_at IS NULL AND p.updated_at < now() - make_interval(mins => a.minutes) ORDER BY p.updated_at LIMIT $2)
         UNION ALL
         (SELECT 'ROUND', r.id, r.workflow_id, r.name, r.status, 'STALLED', NULL, r.updated_at
            FROM round r JOIN (VALUES ${ALLOWANCE_VALUES(ROUND_STAGE_ALLOWANCE_MINUTES)}) a(status, minutes) ON a.status = r.status
           WHERE ${body('r')} AND r.needs_attention_at IS NULL AND r.updated_at < now() - make_interval(mins => a.minutes) ORDER BY r.updated_at LIMIT $2)
         UNION ALL
         -- The workflow withdraws a returned dossier when its deadline passes: one still RETURNED a day later is stuck.
         (SELECT 'PROPOSAL', p.id, p.workflow_id, p.nominee_name, p.status, 'RETURN_DEADLINE_PASSED', NULL, p.updated_at
            FROM proposal p WHERE ${body('p')} AND p.status = 'RETURNED' AND p.return_due_on < $3::date - 1 ORDER BY p.return_due_on LIMIT $2)
       ) stuck ORDER BY since LIMIT $2`,
      [bodyId, STUCK_LIMIT, today],
    );
  }

  /** Work in a stage only the system moves, oldest first: where a retrying activity is looked for. */
  inSystemStages(limit: number): Promise<SystemStageRow[]> {
    return this.db.query(
      `SELECT * FROM (
         (SELECT 'PROPOSAL' AS kind, id, body_id, workflow_id, nominee_name AS name, updated_at FROM proposal
           WHERE status = ANY($1) AND needs_attention_at IS NULL ORDER BY updated_at LIMIT $3)
         UNION ALL
         (SELECT 'ROUND', id, body_id, workflow_id, name, updated_at FROM round WHERE status = ANY($2) AND needs_attention_at IS NULL ORDER BY updated_at LIMIT $3)
         UNION ALL
         (SELECT 'REVOCATION', v.id, v.body_id, 'revocation-' || v.id, ${REVOCATION_NAME}, v.requested_at FROM decision_revocation v JOIN decision d ON d.id = v.decision_id
           WHERE v.status = 'REQUESTED' AND v.needs_attention_at IS NULL ORDER BY v.requested_at LIMIT $3)
       ) s ORDER BY updated_at LIMIT $3`,
      [Object.keys(SYSTEM_STAGE_ALLOWANCE_MINUTES), Object.keys(ROUND_STAGE_ALLOWANCE_MINUTES), limit],
    );
  }
}
