import { proxyActivities, workflowInfo, type ActivityOptions } from '@temporalio/workflow';
import {
  documentsQueueOf,
  type AttentionActivities,
  type DocumentActivities,
  type PaperActivities,
  type ProposalActivities,
  type RemoteSigningActivities,
  type RoundActivities,
} from '@khenthuong/temporal';

/**
 * Activity options per queue, shared by the proposal and round workflows. Attempts are bounded: a
 * transient failure that outlasts them, like a non-retryable one, puts the workflow in "needs
 * attention" (./attention.ts) instead of retrying forever. `heartbeatTimeout` is set only where the
 * activity heartbeats (withHeartbeat in the worker's rendering activities, the fan-out's progress).
 */

/** Read model, numbering, calendar and notifications: short database work, no heartbeat (~13 minutes of attempts). */
export const PROPOSAL_QUEUE_OPTIONS: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', maximumAttempts: 30 },
};

/** A page of signals to a round's proposals: heartbeats its progress, so a lost worker is noticed quickly. */
export const FAN_OUT_OPTIONS: ActivityOptions = {
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', maximumAttempts: 30 },
};

/** PDF rendering on its own queue (documentsQueueActivities): every rendering activity heartbeats while Chromium works. */
export const RENDERING_OPTIONS: ActivityOptions = {
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute', maximumAttempts: 12 },
};

/** Recording and clearing "needs attention" is the way out of a failure: it retries without bound. */
export const ATTENTION_OPTIONS: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
};

export const proposalQueueActivities = () => proxyActivities<ProposalActivities>(PROPOSAL_QUEUE_OPTIONS);
/**
 * Rendering activities on the documents queue that goes with the workflow's own queue (the same
 * prefix), looked up when an activity is called, inside the workflow.
 */
export function documentsQueueActivities<A extends object>(): A {
  const resolved = () => proxyActivities<A>({ ...RENDERING_OPTIONS, taskQueue: documentsQueueOf(workflowInfo().taskQueue) });
  return new Proxy({} as A, { get: (_target, name) => Reflect.get(resolved(), name) });
}

export const renderingActivities = () => documentsQueueActivities<DocumentActivities & PaperActivities>();
/** Preparing the signature renders the decision, so the remote-signing activities run beside the other renderings. */
export const remoteSigningActivities = () => documentsQueueActivities<RemoteSigningActivities>();
export const attentionActivities = () => proxyActivities<AttentionActivities>(ATTENTION_OPTIONS);

/** The round's activities: read model on the proposal queue options, the fan-out with its heartbeat. */
export function roundQueueActivities(): ProposalActivities & RoundActivities {
  const readModel = proxyActivities<ProposalActivities & RoundActivities>(PROPOSAL_QUEUE_OPTIONS);
  const fanOut = proxyActivities<Pick<RoundActivities, 'signalRoundProposals'>>(FAN_OUT_OPTIONS);
  return new Proxy(readModel, {
    get: (target, name, receiver) => (name === 'signalRoundProposals' ? fanOut.signalRoundProposals : Reflect.get(target, name, receiver)),
  });
}
