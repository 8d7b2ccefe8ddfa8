import type { DataSource } from 'typeorm';
import { AttentionRepository, type AttentionTarget } from '@khenthuong/persistence';
import type { AttentionActivities, AttentionSubject } from '@khenthuong/temporal';
import { notify } from './notifications';

export interface AttentionActivityDeps {
  dataSource: DataSource;
  /** Where the failure's own message goes (administrators read logs, users read `reasonVi`). */
  log?: (detail: Record<string, unknown>, message: string) => void;
}

function targetOf(subject: AttentionSubject): AttentionTarget {
  switch (subject.kind) {
    case 'PROPOSAL':
      return { kind: 'PROPOSAL', id: subject.proposalId };
    case 'ROUND':
      return { kind: 'ROUND', id: subject.roundId };
    case 'REVOCATION':
      return { kind: 'REVOCATION', id: subject.revocationId };
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
      const target = targetOf(input.subject);
      deps.log?.({ eventKey: input.eventKey, step: input.step, failureType: input.failureType, detail: input.detail }, 'workflow step needs attention');
      await dataSource.transaction(async (tx) => {
        const attention = AttentionRepository.in(tx);
        const inserted = await attention.recordAudit({
          bodyId: input.bodyId, proposalId: input.subject.proposalId, eventKey: input.eventKey, actorUserId: null, actorRole: 'SYSTEM', action: 'NEEDS_ATTENTION', reason: input.reasonVi,
        });
        // A retry of an attempt that already wrote (and maybe was cleared since) changes nothing.
        if (!inserted) return;
        await attention.setReason(target, input.reasonVi);
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
      const target = targetOf(input.subject);
      await dataSource.transaction(async (tx) => {
        const attention = AttentionRepository.in(tx);
        const inserted = await attention.recordAudit({
          bodyId: input.bodyId, proposalId: input.subject.proposalId, eventKey: input.eventKey, actorUserId: input.actorUserId,
          actorRole: input.actorRoles.join(','), action: 'RETRY_STUCK_STEP', reason: input.note,
        });
        if (!inserted) return;
        await attention.setReason(target, null);
      });
    },
  };
}
