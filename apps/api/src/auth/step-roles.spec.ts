import { Reflector } from '@nestjs/core';
import { PROPOSAL_STEPS, ROUND_STEPS, type StepDescription } from '@khenthuong/temporal';
import { ProposalController } from '../proposals/proposal.controller';
import { RoundController } from '../rounds/round.controller';
import { ProposalPageController } from '../proposals/pages/proposal-page.controller';
import { ProposalStepsController } from '../proposals/pages/proposal-steps.controller';
import { RemoteSignaturePagesController } from '../decisions/pages/remote-signature-pages.controller';
import { RoundCouncilController } from '../rounds/pages/round-council.controller';
import { RoundPagesController } from '../rounds/pages/round-pages.controller';
import { ROLES_KEY } from './auth.decorators';
import { STEP_KEY, type StepRef } from './step-roles';

type Handler = (...args: never[]) => unknown;
type Route = [kind: 'REST' | 'page', controller: { name: string; prototype: object }, method: string, step: StepRef];

/** Every route that performs a human step (or shows its form), written out so a route that drops the catalogue shows here. */
const STEP_ROUTES: Route[] = [
  ['REST', ProposalController, 'markComplete', 'proposal:MARK_COMPLETE'],
  ['REST', ProposalController, 'returnForPapers', 'proposal:RETURN_FOR_PAPERS'],
  ['REST', ProposalController, 'resubmit', 'proposal:RESUBMIT'],
  ['REST', ProposalController, 'castVote', 'proposal:CAST_VOTE'],
  ['REST', ProposalController, 'recordWrittenVote', 'proposal:RECORD_WRITTEN_VOTE'],
  ['REST', ProposalController, 'closeCouncil', 'proposal:CLOSE_COUNCIL_SESSION'],
  ['REST', ProposalController, 'resolveObjection', 'proposal:RESOLVE_OBJECTION'],
  ['REST', ProposalController, 'dismissObjections', 'proposal:RESOLVE_OBJECTION'],
  ['REST', ProposalController, 'extendPosting', 'proposal:EXTEND_POSTING'],
  ['REST', ProposalController, 'decide', 'proposal:DECIDE'],
  ['REST', ProposalController, 'recordHigherLevelResult', 'proposal:RECORD_HIGHER_LEVEL_RESULT'],
  ['REST', ProposalController, 'resendSignatureRequest', 'proposal:RESEND_SIGNATURE_REQUEST'],
  ['REST', ProposalController, 'withdraw', 'proposal:WITHDRAW'],
  ['REST', ProposalController, 'retryStuckStep', 'proposal:RETRY_STUCK_STEP'],
  ['page', ProposalPageController, 'markComplete', 'proposal:MARK_COMPLETE'],
  ['page', ProposalPageController, 'vote', 'proposal:CAST_VOTE'],
  ['page', ProposalPageController, 'closeSession', 'proposal:CLOSE_COUNCIL_SESSION'],
  ['page', ProposalPageController, 'decide', 'proposal:DECIDE'],
  ['page', ProposalPageController, 'withdraw', 'proposal:WITHDRAW'],
  ['page', ProposalStepsController, 'returnForPapers', 'proposal:RETURN_FOR_PAPERS'],
  ['page', ProposalStepsController, 'resubmit', 'proposal:RESUBMIT'],
  ['page', ProposalStepsController, 'writtenVote', 'proposal:RECORD_WRITTEN_VOTE'],
  ['page', ProposalStepsController, 'extendPosting', 'proposal:EXTEND_POSTING'],
  ['page', ProposalStepsController, 'resolveObjection', 'proposal:RESOLVE_OBJECTION'],
  ['page', ProposalStepsController, 'dismissObjections', 'proposal:RESOLVE_OBJECTION'],
  ['page', ProposalStepsController, 'higherLevelResult', 'proposal:RECORD_HIGHER_LEVEL_RESULT'],
  ['page', ProposalStepsController, 'retryStuckStep', 'proposal:RETRY_STUCK_STEP'],
  ['page', RemoteSignaturePagesController, 'resend', 'proposal:RESEND_SIGNATURE_REQUEST'],
  ['REST', RoundController, 'closeNominations', 'round:CLOSE_NOMINATIONS'],
  ['REST', RoundController, 'openCouncil', 'round:OPEN_COUNCIL_SESSION'],
  ['REST', RoundController, 'castBallot', 'round:CAST_ROUND_BALLOT'],
  ['REST', RoundController, 'recordWrittenBallot', 'round:RECORD_WRITTEN_BALLOT'],
  ['REST', RoundController, 'closeCouncil', 'round:CLOSE_COUNCIL_SESSION'],
  ['REST', RoundController, 'extendPosting', 'round:EXTEND_POSTING'],
  ['REST', RoundController, 'decide', 'round:DECIDE'],
  ['REST', RoundController, 'resendSignatureRequest', 'round:RESEND_SIGNATURE_REQUEST'],
  ['REST', RoundController, 'retryStuckStep', 'round:RETRY_STUCK_STEP'],
  ['page', RoundPagesController, 'closeNominations', 'round:CLOSE_NOMINATIONS'],
  ['page', RoundPagesController, 'openCouncil', 'round:OPEN_COUNCIL_SESSION'],
  ['page', RoundCouncilController, 'ballotPage', 'round:CAST_ROUND_BALLOT'],
  ['page', RoundCouncilController, 'castBallot', 'round:CAST_ROUND_BALLOT'],
  ['page', RoundPagesController, 'closeCouncil', 'round:CLOSE_COUNCIL_SESSION'],
  ['page', RoundPagesController, 'extendPosting', 'round:EXTEND_POSTING'],
  ['page', RoundCouncilController, 'decisionPage', 'round:DECIDE'],
  ['page', RoundCouncilController, 'decide', 'round:DECIDE'],
  ['page', RoundPagesController, 'resendSignatureRequest', 'round:RESEND_SIGNATURE_REQUEST'],
  ['page', RoundPagesController, 'retryStuckStep', 'round:RETRY_STUCK_STEP'],
];

const reflector = new Reflector();
const handlerOf = (controller: Route[1], method: string) => (controller.prototype as Record<string, Handler>)[method];

function stepOf(ref: StepRef): StepDescription {
  const [catalogue, key] = ref.split(':');
  const steps: Readonly<Record<string, StepDescription>> = catalogue === 'proposal' ? PROPOSAL_STEPS : ROUND_STEPS;
  return steps[key];
}

describe('human steps: routes admit exactly the roles of the step catalogue', () => {
  it.each(STEP_ROUTES.map(([kind, controller, method, step]) => [kind, `${controller.name}.${method}`, step, controller, method] as const))(
    '%s %s performs %s with its roles',
    (_kind, _name, ref, controller, method) => {
      const handler = handlerOf(controller, method);
      expect(handler).toBeInstanceOf(Function);
      expect(reflector.get(STEP_KEY, handler)).toBe(ref);
      expect([...reflector.get<string[]>(ROLES_KEY, handler)].sort()).toEqual([...stepOf(ref).roles].sort());
    },
  );

  it('every step of both catalogues has a REST route', () => {
    const routed = new Set(STEP_ROUTES.filter(([kind]) => kind === 'REST').map(([, , , ref]) => ref));
    const described = [...Object.keys(PROPOSAL_STEPS).map((k) => `proposal:${k}`), ...Object.keys(ROUND_STEPS).map((k) => `round:${k}`)];
    expect(described.filter((ref) => !routed.has(ref as StepRef))).toEqual([]);
  });

  it('no other route of these controllers claims a step', () => {
    const listed = new Set(STEP_ROUTES.map(([, controller, method]) => `${controller.name}.${method}`));
    const controllers = [...new Set(STEP_ROUTES.map(([, controller]) => controller))];
    const claiming = controllers.flatMap((controller) =>
      Object.getOwnPropertyNames(controller.prototype)
        .filter((method) => method !== 'constructor' && typeof handlerOf(controller, method) === 'function' && reflector.get(STEP_KEY, handlerOf(controller, method)) !== undefined)
        .map((method) => `${controller.name}.${method}`),
    );
    expect(claiming.filter((name) => !listed.has(name))).toEqual([]);
  });
});
