import { applyDecorators, Injectable, SetMetadata, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { holdsStepRole, PROPOSAL_STEPS, ROUND_STEPS, type ProposalStepKey, type RoundStepKey, type StepDescription } from '@khenthuong/temporal';
import { ApiError, ApiErrorCode } from '../common/api-error';
import type { StepCatalogue, StepSurface } from '../steps/step-input';
import { Roles } from './auth.decorators';
import type { WebRequest } from './web-session';

export const STEP_KEY = 'khenthuong:step';
export const STEP_CATALOGUE_KEY = 'khenthuong:step-catalogue';

/** Which step a route performs, as `proposal:<key>` or `round:<key>`. */
export type StepRef = `proposal:${ProposalStepKey}` | `round:${RoundStepKey}`;

function stepRoute(ref: StepRef, step: StepDescription) {
  return applyDecorators(Roles(...step.roles), SetMetadata(STEP_KEY, ref));
}

/** The route performs (or shows the form of) a proposal's human step: only the step's roles may call it. */
export const ProposalStepRoles = (key: ProposalStepKey) => stepRoute(`proposal:${key}`, PROPOSAL_STEPS[key]);

/** The route performs (or shows the form of) a round's human step: only the step's roles may call it. */
export const RoundStepRoles = (key: RoundStepKey) => stepRoute(`round:${key}`, ROUND_STEPS[key]);

/**
 * Runs after the global AuthGuard (so the actor is known): the step named by `:step` must exist in
 * the route's catalogue (else not found) and the actor must hold one of its roles (else forbidden).
 */
@Injectable()
export class StepRolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const [catalogue, surface] = this.reflector.get<[StepCatalogue, StepSurface]>(STEP_CATALOGUE_KEY, context.getHandler());
    const request = context.switchToHttp().getRequest<WebRequest>();
    const step = catalogue.generic(String(request.params.step), surface);
    if (!holdsStepRole(request.actor!.roles, step.description)) {
      throw new ApiError(ApiErrorCode.FORBIDDEN, `role ${request.actor!.roles.join(',')} may not perform ${catalogue.kind} step ${step.input.slug}`);
    }
    return true;
  }
}

/** The route performs whichever step of `catalogue` its `:step` names on `surface`, admitting only that step's roles. */
export const PerformsStep = (catalogue: StepCatalogue, surface: StepSurface) =>
  applyDecorators(SetMetadata(STEP_CATALOGUE_KEY, [catalogue, surface]), UseGuards(StepRolesGuard));
