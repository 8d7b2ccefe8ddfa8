import { GUARDS_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { PROPOSAL_STEPS, ROUND_STEPS, type StepDescription } from '@khenthuong/temporal';
import { ProposalController } from '../proposals/proposal.controller';
import { RoundController } from '../rounds/round.controller';
import { ProposalPageController } from '../proposals/pages/proposal-page.controller';
import { ProposalStepsController } from '../proposals/pages/proposal-steps.controller';
import { RoundCouncilController } from '../rounds/pages/round-council.controller';
import { RoundPagesController } from '../rounds/pages/round-pages.controller';
import { ROLES_KEY } from './auth.decorators';
import { STEP_CATALOGUE_KEY, STEP_KEY, StepRolesGuard, type StepRef } from './step-roles';
import { PROPOSAL_STEP_ROUTES } from '../proposals/proposal.step-inputs';
import { ROUND_STEP_ROUTES } from '../rounds/round.step-inputs';
import type { StepCatalogue } from '../steps/step-input';

type Handler = (...args: never[]) => unknown;
type Route = [kind: 'REST' | 'page', controller: { name: string; prototype: object }, method: string, step: StepRef];

/**
 * Every route that performs one named human step (or shows its form), written out so a route that
 * drops the catalogue shows here. The generic routes (GENERIC_ROUTES) perform the others by address.
 */
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
  ['page', ProposalStepsController, 'writtenVote', 'proposal:RECORD_WRITTEN_VOTE'],
  ['page', ProposalStepsController, 'resolveObjection', 'proposal:RESOLVE_OBJECTION'],
  ['REST', RoundController, 'closeNominations', 'round:CLOSE_NOMINATIONS'],
  ['REST', RoundController, 'openCouncil', 'round:OPEN_COUNCIL_SESSION'],
  ['REST', RoundController, 'castBallot', 'round:CAST_ROUND_BALLOT'],
  ['REST', RoundController, 'recordWrittenBallot', 'round:RECORD_WRITTEN_BALLOT'],
  ['REST', RoundController, 'closeCouncil', 'round:CLOSE_COUNCIL_SESSION'],
  ['REST', RoundController, 'extendPosting', 'round:EXTEND_POSTING'],
  ['REST', RoundController, 'decide', 'round:DECIDE'],
  ['REST', RoundController, 'resendSignatureRequest', 'round:RESEND_SIGNATURE_REQUEST'],
  ['REST', RoundController, 'retryStuckStep', 'round:RETRY_STUCK_STEP'],
  ['page', RoundCouncilController, 'ballotPage', 'round:CAST_ROUND_BALLOT'],
  ['page', RoundCouncilController, 'castBallot', 'round:CAST_ROUND_BALLOT'],
  ['page', RoundCouncilController, 'decisionPage', 'round:DECIDE'],
  ['page', RoundCouncilController, 'decide', 'round:DECIDE'],
];

/** The routes that perform any step of a catalogue by its `:step`, on the REST api or the pages. */
const GENERIC_ROUTES: [kind: 'REST' | 'page', controller: Route[1], method: string, catalogue: StepCatalogue][] = [
  ['REST', ProposalController, 'performStep', PROPOSAL_STEP_ROUTES],
  ['page', ProposalStepsController, 'performStep', PROPOSAL_STEP_ROUTES],
  ['REST', RoundController, 'performStep', ROUND_STEP_ROUTES],
  ['page', RoundPagesController, 'performStep', ROUND_STEP_ROUTES],
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

  it.each(GENERIC_ROUTES.map(([kind, controller, method, catalogue]) => [kind, `${controller.name}.${method}`, controller, method, catalogue] as const))(
    '%s %s performs the step its address names, guarded by that step\'s roles',
    (kind, _name, controller, method, catalogue) => {
      const handler = handlerOf(controller, method);
      expect(reflector.get(STEP_CATALOGUE_KEY, handler)).toEqual([catalogue, kind === 'REST' ? 'rest' : 'page']);
      expect(reflector.get(GUARDS_METADATA, handler)).toEqual([StepRolesGuard]);
      expect(reflector.get(ROLES_KEY, handler)).toBeUndefined();
    },
  );

  it('every step of both catalogues has a REST route', () => {
    const named = STEP_ROUTES.filter(([kind]) => kind === 'REST').map(([, , , ref]) => ref);
    const generic = [PROPOSAL_STEP_ROUTES, ROUND_STEP_ROUTES].flatMap((catalogue) =>
      catalogue.all().filter((step) => !step.input.ownRoute).map((step) => `${catalogue.kind}:${step.key}`),
    );
    const routed = new Set([...named, ...generic]);
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
