import type { DataSource } from 'typeorm';
import type { AttentionActivities, AttentionSubject } from '@khenthuong/temporal';
import { notify } from './notifications';

export interface AttentionActivityDeps {
  dataSource: DataSource;
  /** Where the failure's own message goes (administrators read logs, users read `reasonVi`). */
  log?: (detail: Record<string, unknown>, message: string) => void;
}

function tableOf(subject: AttentionSubject): { table: string; id: string } {
  switch (subject.kind) {
    case 'PROPOSAL':
      return { table: 'proposal', id: subject.proposalId };
    case 'ROUND':
      return { table: 'round', id: subject.roundId };
    case 'REVOCATION':
      return { table: 'decision_revocation', id: subject.revocationId };
  }
}

/**
 * The read-model side of "needs attention": the subject's row shows the reason, the audit log keeps
 * when and why, and the officer and the administrator are notified. Idempotent by event key.
 */
export function createAttentionActivities(deps: AttentionActivityDeps): AttentionActivities {
  const { dataSource } = deps;
  return {
    async recordNeedsAttention(input): Promise<void> {
      const { table, id } = tableOf(input.subject);
      deps.log?.({ eventKey: input.eventKey, step: input.step, failureType: input.failureType, detail: input.detail }, 'workflow step needs attention');
      await dataSource.transaction(async (tx) => {
        const inserted: unknown[] = await tx.query(
          `INSERT INTO audit_log (body_id, proposal_id, event_key, actor_user_id, actor_role, action, from_state, to_state, reason, at)
           VALUES ($1, $2, $3, NULL, 'SYSTEM', 'NEEDS_ATTENTION', NULL, NULL, $4, now()) ON CONFLICT (event_key) DO NOTHING RETURNING id`,
          [input.bodyId, input.subject.proposalId, input.eventKey, input.reasonVi],
        );
        // A retry of an attempt that already wrote (and maybe was cleared since) changes nothing.
        if (inserted.length === 0) return;
        await tx.query(`UPDATE ${table} SET needs_attention_reason = $2, needs_attention_at = now() WHERE id = $1`, [id, input.reasonVi]);
      });
      await notify(dataSource, {
        bodyId: input.bodyId,
        eventKey: input.eventKey,
        proposalId: input.subject.proposalId,
        roundId: input.subject.roundId,
        roles: ['OFFICER', 'ADMIN'],
        kind: 'NEEDS_ATTENTION',
        messageVi: `Cần xử lý: ${input.subjectNameVi}. ${input.reasonVi}`,
      });
    },

    async clearNeedsAttention(input): Promise<void> {
      const { table, id } = tableOf(input.subject);
      await dataSource.transaction(async (tx) => {
        const inserted: unknown[] = await tx.query(
          `INSERT INTO audit_log (body_id, proposal_id, event_key, actor_user_id, actor_role, action, from_state, to_state, reason, at)
           VALUES ($1, $2, $3, $4, $5, 'RETRY_STUCK_STEP', NULL, NULL, $6, now()) ON CONFLICT (event_key) DO NOTHING RETURNING id`,
          [input.bodyId, input.subject.proposalId, input.eventKey, input.actorUserId, input.actorRoles.join(','), input.note],
        );
        if (inserted.length === 0) return;
        await tx.query(`UPDATE ${table} SET needs_attention_reason = NULL, needs_attention_at = NULL WHERE id = $1`, [id]);
      });
    },
  };
}
