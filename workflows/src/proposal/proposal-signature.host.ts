import { PROPOSAL_STEPS, ProposalStatus } from '@khenthuong/temporal';
import type { SignatureHost } from './signature.desk';
import type { ProposalCore } from './proposal.core';

/** A proposal's own decision on the signature desk: resent while DECIDED, reminders about the nominee. */
export function proposalSignatureHost(core: ProposalCore): SignatureHost {
  return {
    requireSigningStep: (actor) => {
      core.requireStatus(ProposalStatus.DECIDED);
      core.requireRole(actor, PROPOSAL_STEPS.RESEND_SIGNATURE_REQUEST.roles, 'ask for the signature again');
    },
    remind: async (request, n) => {
      const { input, activities, workflowId } = core;
      await activities.notify({
        bodyId: input.bodyId,
        eventKey: `${workflowId}:signature-reminder:${n}`,
        proposalId: input.proposalId,
        roundId: input.roundId ?? null,
        userIds: [request.signerUserId],
        kind: 'SIGNATURE_PENDING',
        messageVi: `${request.documentLabel} khen thưởng "${input.nominee.name}" đang chờ ông/bà phê duyệt ký số trên thiết bị ký số.`,
      });
    },
  };
}
