import { holdsStepRole, ROUND_STEPS, RoundStatus, WorkflowErrorCode } from '@khenthuong/temporal';
import { workflowInfo } from '@temporalio/workflow';
import { remoteSigningActivities } from '../shared/activity-options';
import { attended, type AttentionDesk } from '../shared/attention';
import { refuse } from '../shared/refuse';
import { SignatureDesk } from '../proposal/signature.desk';
import type { RoundProcess } from './round.process';

/** Added after rounds had started: a round's decisions may be signed on the signer's device, awaited durably. */
export const ROUND_REMOTE_SIGNING_PATCH = 'round-remote-signing';

/** The signature desk of a round: one request at a time, for the decision of each title in turn. */
export function roundSignatureDesk(r: RoundProcess, attention: AttentionDesk): SignatureDesk {
  const { input } = r;
  return new SignatureDesk(
    {
      requireSigningStep: (actor) => {
        if (!r.is(RoundStatus.ISSUING)) refuse(WorkflowErrorCode.WRONG_STATE, `expected ${RoundStatus.ISSUING}, round is ${r.status}`);
        const step = ROUND_STEPS.RESEND_SIGNATURE_REQUEST;
        if (!holdsStepRole(actor.roles, step)) refuse(WorkflowErrorCode.NOT_ALLOWED, `only ${step.roles.join('/')} may ask for the signature again`);
      },
      remind: async (request, n) => {
        await r.activities.notify({
          bodyId: input.bodyId,
          eventKey: `${workflowInfo().workflowId}:signature-reminder:${n}`,
          proposalId: null,
          roundId: input.roundId,
          userIds: [request.signerUserId],
          kind: 'SIGNATURE_PENDING',
          messageVi: `${request.documentLabel} của đợt "${input.name}" đang chờ ông/bà phê duyệt ký số trên thiết bị ký số.`,
        });
      },
    },
    attended(remoteSigningActivities()),
    attention,
  );
}

/**
 * The signer refused one title's decision on their device: nothing of the round is issued (the
 * signatures are all obtained before any decision is issued) and the round waits for a decision again.
 */
export async function roundSignatureRefused(r: RoundProcess, documentLabel: string): Promise<void> {
  r.signatureRefusals += 1;
  r.signatureRefusal = `Người ký từ chối ký số ${documentLabel}; đợt chờ Chủ tịch quyết định lại`;
  r.decidedBy = null;
  r.decisionArgs = null;
  r.struck = [];
  await r.activities.notify({
    bodyId: r.input.bodyId,
    eventKey: `${workflowInfo().workflowId}:signature-refused:${r.signatureRefusals}`,
    proposalId: null,
    roundId: r.input.roundId,
    roles: ['OFFICER', 'CHAIRMAN', 'VICE_CHAIRMAN'],
    kind: 'HANDOFF',
    messageVi: `${r.signatureRefusal} (đợt "${r.input.name}").`,
  });
  await r.enter(RoundStatus.AWAITING_DECISION);
}

/** The name of a title's stored awardee list: a decision made again after a refusal may list others. */
export function awardeeListName(r: RoundProcess, title: string): string {
  return r.signatureRefusals === 0 ? `decision:${title}` : `decision:${title}:after-refusal-${r.signatureRefusals}`;
}
