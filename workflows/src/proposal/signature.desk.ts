import {
  ActivityFailureType,
  WorkflowErrorCode,
  type Actor,
  type ActorArgs,
  type RemoteSignatureRequestView,
  type RemoteSigningActivities,
  type RequestDecisionSignatureInput,
} from '@khenthuong/temporal';
import { condition } from '@temporalio/workflow';
import type { AttentionDesk } from '../shared/attention';
import { refuse } from '../shared/refuse';
import { waitUntil } from '../shared/timed-wait';

/** Added after runs had started: the decision's signer may sign on their own device, awaited durably. */
export const REMOTE_SIGNING_PATCH = 'remote-signing-step';

export type SignatureOutcome = { kind: 'LOCAL' } | { kind: 'SIGNED'; requestId: string } | { kind: 'REJECTED'; documentLabel: string };

type WaitEnd = 'APPROVED' | 'REJECTED' | 'EXPIRED' | 'RESEND';

/** What the desk needs from the process whose decision is signed (a proposal, or a round per title). */
export interface SignatureHost {
  /** Refuses a resend unless the process is at its signing step and the actor may sign. */
  requireSigningStep(actor: Actor): void;
  /** The n-th reminder to the signer (in-app and e-mail), idempotent per n. */
  remind(request: RemoteSignatureRequestView, n: number): Promise<void>;
}

export type SignatureSubject = RequestDecisionSignatureInput extends infer I ? (I extends unknown ? Omit<I, 'attempt'> : never) : never;

/**
 * The competent person's signature on a remote signing service: one request per attempt, checked
 * between durable timers, a reminder to the signer at the configured interval, a new request when
 * one expires, and after the configured number of requests in a row the step waits for a person.
 * The signer who decided may ask for a new request while one is awaited (docs/signing.md).
 */
export class SignatureDesk {
  awaiting: RemoteSignatureRequestView | null = null;
  private attempts = 0;
  private resendAsked = false;
  private remindersSent = 0;

  constructor(
    private readonly host: SignatureHost,
    private readonly remote: RemoteSigningActivities,
    private readonly attention: AttentionDesk,
  ) {}

  async obtain(subject: SignatureSubject): Promise<SignatureOutcome> {
    let waitedMs = 0;
    for (let inARow = 0; ; ) {
      this.attempts += 1;
      const request = await this.remote.requestDecisionSignature({ ...subject, attempt: this.attempts } as RequestDecisionSignatureInput);
      if (request.mode === 'LOCAL') return { kind: 'LOCAL' };
      const { mode: _mode, ...view } = request;
      this.awaiting = view;
      inARow += 1;
      const end = await this.waitForAnswer(view, waitedMs, (ms) => (waitedMs += ms));
      if (end === 'APPROVED' || end === 'REJECTED') {
        this.awaiting = null;
        return end === 'APPROVED' ? { kind: 'SIGNED', requestId: view.requestId } : { kind: 'REJECTED', documentLabel: view.documentLabel };
      }
      if (end === 'RESEND') inARow = 0;
      else if (inARow >= view.maxRequests) {
        this.awaiting = null;
        await this.attention.waitForPersonAbout('requestDecisionSignature', ActivityFailureType.SIGNATURE_NOT_OBTAINED, `${view.documentLabel}: ${inARow} requests expired unanswered`);
        inARow = 0;
      }
    }
  }

  validateResend({ actor }: ActorArgs): void {
    this.host.requireSigningStep(actor);
    if (!this.awaiting || this.resendAsked) refuse(WorkflowErrorCode.WRONG_STATE, 'no signature request is awaited');
    if (actor.userId !== this.awaiting.signerUserId) refuse(WorkflowErrorCode.NOT_ALLOWED, 'only the signer who decided may ask for the signature again');
  }

  /** Answers once the new request has been sent (its attempt number), or the step has moved on. */
  async resend(_args: ActorArgs): Promise<number> {
    const before = this.awaiting!.attempt;
    this.resendAsked = true;
    await condition(() => this.awaiting === null || this.awaiting.attempt !== before);
    return this.awaiting?.attempt ?? before;
  }

  private async waitForAnswer(request: RemoteSignatureRequestView, waitedBefore: number, waited: (ms: number) => void): Promise<WaitEnd> {
    for (let elapsed = 0; ; ) {
      const untilCheck = Math.max(1, Math.min(request.pollIntervalMs, request.expiresInMs - elapsed));
      if (await waitUntil(() => this.resendAsked, untilCheck)) {
        this.resendAsked = false;
        return 'RESEND';
      }
      elapsed += untilCheck;
      waited(untilCheck);
      const { status } = await this.remote.checkDecisionSignature({ requestId: request.requestId });
      if (status !== 'PENDING') return status;
      if (elapsed >= request.expiresInMs) return 'EXPIRED';
      await this.remindIfDue(request, waitedBefore + elapsed);
    }
  }

  /** A reminder to the signer, once per reminder interval of waiting. */
  private async remindIfDue(request: RemoteSignatureRequestView, waitingMs: number): Promise<void> {
    if (waitingMs < (this.remindersSent + 1) * request.reminderIntervalMs) return;
    this.remindersSent += 1;
    await this.host.remind(request, this.remindersSent);
  }
}
