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

/** The proposal page's name for each action (its template's switches). */
const PROPOSAL_ACTION_FIELDS = {
  MARK_COMPLETE: 'markComplete',
  CAST_VOTE: 'vote',
  CLOSE_COUNCIL_SESSION: 'closeSession',
  DECIDE: 'decide',
  WITHDRAW: 'withdraw',
  RETURN_FOR_PAPERS: 'returnForPapers',
  RESUBMIT: 'resubmit',
  RECORD_WRITTEN_VOTE: 'writtenVote',
  EXTEND_POSTING: 'extendPosting',
  RESOLVE_OBJECTION: 'resolveObjection',
  RECORD_HIGHER_LEVEL_RESULT: 'higherLevelResult',
  RETRY_STUCK_STEP: 'retryStuckStep',
  RESEND_SIGNATURE_REQUEST: 'resendSignature',
} as const satisfies Record<HumanAction, string>;

const ROUND_ACTION_FIELDS = {
  CLOSE_NOMINATIONS: 'closeNominations',
  OPEN_COUNCIL_SESSION: 'openCouncil',
  CAST_ROUND_BALLOT: 'ballot',
  CLOSE_COUNCIL_SESSION: 'closeCouncil',
  EXTEND_POSTING: 'extendPosting',
  DECIDE: 'decide',
  RESEND_SIGNATURE_REQUEST: 'resendSignature',
  RETRY_STUCK_STEP: 'retryStuckStep',
} as const satisfies Record<RoundAction, string>;

type ProposalActionField = (typeof PROPOSAL_ACTION_FIELDS)[HumanAction];
type RoundActionField = (typeof ROUND_ACTION_FIELDS)[RoundAction];

/** The proposal steps this viewer may take now, by the page's names. */
export function proposalActions(roles: readonly string[], allowedActions: readonly HumanAction[], identity: ViewerIdentity): Record<ProposalActionField, boolean> {
  const allowed = new Set<string>(allowedActions);
  const codes = Object.keys(PROPOSAL_ACTION_FIELDS) as HumanAction[];
  return Object.fromEntries(codes.map((code) => [PROPOSAL_ACTION_FIELDS[code], offers(PROPOSAL_STEPS[code], code, allowed, roles, identity)])) as Record<ProposalActionField, boolean>;
}

/** The round steps this viewer may take now, by the page's names. */
export function roundActions(roles: readonly string[], allowedActions: readonly RoundAction[], identity: ViewerIdentity): Record<RoundActionField, boolean> {
  const allowed = new Set<string>(allowedActions);
  const codes = Object.keys(ROUND_ACTION_FIELDS) as RoundAction[];
  return Object.fromEntries(codes.map((code) => [ROUND_ACTION_FIELDS[code], offers(ROUND_STEPS[code], code, allowed, roles, identity)])) as Record<RoundActionField, boolean>;
}
