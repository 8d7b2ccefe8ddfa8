import { applyDecorators, SetMetadata } from '@nestjs/common';
import { PROPOSAL_STEPS, ROUND_STEPS, type ProposalStepKey, type RoundStepKey, type StepDescription } from '@khenthuong/temporal';
import { Roles } from './auth.decorators';

export const STEP_KEY = 'khenthuong:step';

/** Which step a route performs, as `proposal:<key>` or `round:<key>`. */
export type StepRef = `proposal:${ProposalStepKey}` | `round:${RoundStepKey}`;

function stepRoute(ref: StepRef, step: StepDescription) {
  return applyDecorators(Roles(...step.roles), SetMetadata(STEP_KEY, ref));
}

/** The route performs (or shows the form of) a proposal's human step: only the step's roles may call it. */
export const ProposalStepRoles = (key: ProposalStepKey) => stepRoute(`proposal:${key}`, PROPOSAL_STEPS[key]);

/** The route performs (or shows the form of) a round's human step: only the step's roles may call it. */
export const RoundStepRoles = (key: RoundStepKey) => stepRoute(`round:${key}`, ROUND_STEPS[key]);
