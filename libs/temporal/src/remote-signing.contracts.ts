import { defineUpdate } from '@temporalio/workflow';
import type { ActorArgs } from './proposal.updates';

/**
 * The competent person's signature made on their own device (a remote hash-signing service): the
 * workflow asks once per attempt, then checks by short activities between durable timers
 * (docs/signing.md). Whether a signer signs remotely is the worker's configuration, returned by the
 * first activity, never read by workflow code.
 */
export interface RemoteSigningActivities {
  /**
   * Renders the decision, prepares the person's signature and asks the service (idempotent per
   * decision and attempt). LOCAL: this signer signs with a key of the worker, at issue time.
   */
  requestDecisionSignature(input: RequestDecisionSignatureInput): Promise<SignatureRequestOutcome>;
  /** The signer's answer so far (stored once given). */
  checkDecisionSignature(input: { requestId: string }): Promise<{ status: RemoteSignatureAnswer }>;
}

/** A proposal's own decision, or a round's decision of one title (its awardees as issueRoundDecisionDocument takes them). */
export type RequestDecisionSignatureInput = ProposalDecisionSubject | RoundDecisionSubject;

export interface ProposalDecisionSubject {
  bodyId: string;
  proposalId: string;
  decisionId: string;
  /** 1, 2, …: a new attempt is a new request to the signer. */
  attempt: number;
}

export interface RoundDecisionSubject {
  bodyId: string;
  roundId: string;
  proposalIds: string[];
  listKey?: string;
  decisionId: string;
  /** 1, 2, …: a new attempt is a new request to the signer. */
  attempt: number;
}

export type RemoteSignatureAnswer = 'PENDING' | 'APPROVED' | 'REJECTED' | 'EXPIRED';

export type SignatureRequestOutcome = { mode: 'LOCAL' } | ({ mode: 'REMOTE' } & RemoteSignatureRequestView);

export interface RemoteSignatureRequestView {
  requestId: string;
  attempt: number;
  signerUserId: string;
  /** "Quyết định số 12/QĐ-UBND". */
  documentLabel: string;
  /** ISO 8601. */
  sentAt: string;
  /** The service's expiry or the configured approval window, whichever is sooner (ISO 8601). */
  expiresAt: string;
  /** The same, as a duration from the answer: the workflow counts its timers against it. */
  expiresInMs: number;
  pollIntervalMs: number;
  reminderIntervalMs: number;
  /** Requests in a row before the step waits for a person. */
  maxRequests: number;
}

/** The signer who decided asks for a new request to their device while the signature is awaited. */
export const resendSignatureRequestUpdate = defineUpdate<number, [ActorArgs]>('resendSignatureRequest');
