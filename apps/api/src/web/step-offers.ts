import {
  holdsStepRole,
  PROPOSAL_STEPS,
  ROUND_STEPS,
  type HumanAction,
  type RoundAction,
  type StepActor,
  type StepDescription,
} from '@khenthuong/temporal';

/** What the page knows of who the viewer is for each step whose rule goes beyond a role (see StepActor). */
export type ViewerIdentity = Record<Exclude<StepActor, 'ROLE'>, boolean>;

/** A step is offered when the workflow accepts it now, the viewer holds one of its roles, and is the person it needs. */
function offers(step: StepDescription, code: string, allowed: ReadonlySet<string>, roles: readonly string[], identity: ViewerIdentity): boolean {
  return allowed.has(code) && holdsStepRole(roles, step) && (step.actor === 'ROLE' || identity[step.actor]);
}

/** The switches of a page, keyed by action code: the template shows a step's form under `actions.<CODE>`. */
function switches<K extends string>(catalogue: Readonly<Record<K, StepDescription>>, allowedActions: readonly string[], roles: readonly string[], identity: ViewerIdentity): Record<K, boolean> {
  const allowed = new Set<string>(allowedActions);
  const codes = Object.keys(catalogue) as K[];
  return Object.fromEntries(codes.map((code) => [code, offers(catalogue[code], code, allowed, roles, identity)])) as Record<K, boolean>;
}

/** The proposal steps this viewer may take now, by action code. */
export function proposalActions(roles: readonly string[], allowedActions: readonly HumanAction[], identity: ViewerIdentity): Record<HumanAction, boolean> {
  return switches(PROPOSAL_STEPS, allowedActions, roles, identity);
}

/** The round steps this viewer may take now, by action code (a written ballot has no code of its own, so it is never offered here). */
export function roundActions(roles: readonly string[], allowedActions: readonly RoundAction[], identity: ViewerIdentity): Record<RoundAction, boolean> {
  const { RECORD_WRITTEN_BALLOT: _withoutCode, ...steps } = switches(ROUND_STEPS, allowedActions, roles, identity);
  return steps;
}
