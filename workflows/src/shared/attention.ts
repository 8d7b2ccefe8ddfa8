import { ActivityFailure, ApplicationFailure, condition, patched, workflowInfo } from '@temporalio/workflow';
import {
  ACTIVITY_FAILURE_REASON_VI,
  ActivityFailureType,
  RETRY_STUCK_STEP_ROLES,
  WorkflowErrorCode,
  isActivityFailureType,
  type AttentionSubject,
  type NeedsAttentionView,
  type RetryStuckStepArgs,
} from '@khenthuong/temporal';
import { attentionActivities } from './activity-options';
import { refuse } from './refuse';
import { workflowClock } from './workflow-clock';

/**
 * Added after runs had started: before it, an activity that failed for good failed the workflow.
 * Asked only on a failure, so successful runs carry no marker and old failed runs replay as they ran.
 */
export const NEEDS_ATTENTION_PATCH = 'needs-attention-instead-of-failing';

const MAX_NOTE = 2000;

/** The failure type a person reads about: the activity's own type, or "attempts exhausted" for a transient one. */
export function failureTypeOf(error: ActivityFailure): ActivityFailureType {
  const cause = error.cause;
  if (cause instanceof ApplicationFailure && cause.nonRetryable) {
    return isActivityFailureType(cause.type) ? cause.type : ActivityFailureType.STEP_REFUSED;
  }
  return ActivityFailureType.ATTEMPTS_EXHAUSTED;
}

/**
 * A workflow's "needs attention" state: an activity that failed non-retryably (or ran out of
 * attempts) is recorded in the read model, the audit log and a notice to the officer and the
 * administrator, and the step waits durably until a person asks to retry it (retryStuckStep).
 */
export class AttentionDesk {
  problem: NeedsAttentionView | null = null;
  private retries = 0;
  private recorded = 0;
  /** The record of the latest problem is being written: a retry waits for it, so it never races the record it clears. */
  private recording = false;
  /** A retry is clearing the record: a second one is refused. */
  private clearing = false;
  private readonly attention = attentionActivities();

  constructor(
    private readonly bodyId: string,
    private readonly subject: AttentionSubject,
    private readonly subjectNameVi: string,
  ) {}

  canRetry(): boolean {
    return this.problem !== null && !this.clearing;
  }

  /** Runs an activity call; a failure waits for a person and the call is made again after the retry. */
  async run<T>(step: string, call: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await call();
      } catch (error) {
        if (!(error instanceof ActivityFailure) || !patched(NEEDS_ATTENTION_PATCH)) throw error;
        await this.waitForPerson(step, error);
      }
    }
  }

  validateRetry({ actor, note }: RetryStuckStepArgs): void {
    if (!this.canRetry()) refuse(WorkflowErrorCode.WRONG_STATE, 'no step waits for a retry');
    if (!RETRY_STUCK_STEP_ROLES.some((r) => actor.roles.includes(r))) refuse(WorkflowErrorCode.NOT_ALLOWED, `only ${RETRY_STUCK_STEP_ROLES.join('/')} may retry a failed step`);
    if (note != null && (typeof note !== 'string' || note.length > MAX_NOTE)) refuse(WorkflowErrorCode.INVALID_ARGUMENT, `note must be at most ${MAX_NOTE} characters`);
  }

  /** Clears the read model first, then releases every waiting step (which may fail and wait again). */
  async retry({ actor, note }: RetryStuckStepArgs): Promise<string> {
    const { step } = this.problem!;
    this.clearing = true;
    try {
      await condition(() => !this.recording);
      await this.attention.clearNeedsAttention({
        bodyId: this.bodyId,
        subject: this.subject,
        eventKey: `${workflowInfo().workflowId}:attention:${this.recorded}:retry`,
        actorUserId: actor.userId,
        actorRoles: actor.roles,
        note: note?.trim() || null,
      });
    } finally {
      this.clearing = false;
    }
    this.problem = null;
    this.retries += 1;
    return step;
  }

  private waitForPerson(step: string, error: ActivityFailure): Promise<void> {
    return this.waitForPersonAbout(step, failureTypeOf(error), error.cause?.message ?? error.message);
  }

  /** Records the problem (once per generation) and waits until a person asks to retry. */
  async waitForPersonAbout(step: string, failureType: ActivityFailureType, detail: string): Promise<void> {
    const generation = this.retries;
    if (this.problem === null) {
      this.problem = { step, failureType, reasonVi: ACTIVITY_FAILURE_REASON_VI[failureType], since: workflowClock(), retries: this.retries };
      this.recorded += 1;
      this.recording = true;
      try {
        await this.attention.recordNeedsAttention({
          bodyId: this.bodyId,
          subject: this.subject,
          eventKey: `${workflowInfo().workflowId}:attention:${this.recorded}`,
          step,
          failureType,
          reasonVi: this.problem.reasonVi,
          detail: detail.slice(0, 2000),
          subjectNameVi: this.subjectNameVi,
        });
      } finally {
        this.recording = false;
      }
    }
    await condition(() => this.retries !== generation);
  }
}

let current: AttentionDesk | null = null;

/** Opens the desk of this workflow execution (module state is per execution in the workflow sandbox). */
export function openAttentionDesk(bodyId: string, subject: AttentionSubject, subjectNameVi: string): AttentionDesk {
  current = new AttentionDesk(bodyId, subject, subjectNameVi);
  return current;
}

/**
 * Wraps an activities proxy so each call runs through this execution's desk; workflows without a
 * desk (revocation, plan documents) call the activity directly.
 */
export function attended<A extends object>(activities: A): A {
  return new Proxy(activities, {
    get: (target, name, receiver) => {
      const fn: unknown = Reflect.get(target, name, receiver);
      if (typeof fn !== 'function' || typeof name !== 'string') return fn;
      return (...args: unknown[]) => {
        const call = () => (fn as (...a: unknown[]) => Promise<unknown>)(...args);
        return current ? current.run(name, call) : call();
      };
    },
  });
}
