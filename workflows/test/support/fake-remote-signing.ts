import type { RemoteSignatureAnswer, RemoteSigningActivities } from '@khenthuong/temporal';

export interface FakeSignatureRequest {
  requestId: string;
  decisionId: string;
  attempt: number;
  signerUserId: string;
  sentAtMs: number;
  /** Set by the test ("the signer answered on the phone"); otherwise PENDING until the window passes. */
  answer: RemoteSignatureAnswer | null;
}

/**
 * The worker's remote-signing activities over an in-memory service on the virtual clock: signers in
 * `remoteSigners` sign on their device, the others locally. A request expires when its window passes.
 */
export class FakeRemoteSigning {
  readonly remoteSigners = new Set<string>();
  readonly requests: FakeSignatureRequest[] = [];
  settings = { pollIntervalMs: 60_000, reminderIntervalMs: 3 * 3_600_000, approvalWindowMs: 8 * 3_600_000, maxRequests: 2 };
  private readonly signerOf = new Map<string, string>();

  constructor(private readonly nowMs: () => Promise<number>) {}

  /** What assignDecisionNumber stored as the decision's signer. */
  recordSigner(decisionId: string, signerUserId: string): void {
    this.signerOf.set(decisionId, signerUserId);
  }

  latest(): FakeSignatureRequest {
    const last = this.requests.at(-1);
    if (!last) throw new Error('no signature request yet');
    return last;
  }

  answer(status: Exclude<RemoteSignatureAnswer, 'PENDING'>): void {
    this.latest().answer = status;
  }

  activities(): RemoteSigningActivities {
    return {
      requestDecisionSignature: async ({ decisionId, attempt }) => {
        const signerUserId = this.signerOf.get(decisionId);
        if (!signerUserId || !this.remoteSigners.has(signerUserId)) return { mode: 'LOCAL' };
        let request = this.requests.find((r) => r.decisionId === decisionId && r.attempt === attempt);
        if (!request) {
          request = { requestId: `req-${decisionId}-${attempt}`, decisionId, attempt, signerUserId, sentAtMs: await this.nowMs(), answer: null };
          this.requests.push(request);
        }
        const expiresAtMs = request.sentAtMs + this.settings.approvalWindowMs;
        return {
          mode: 'REMOTE', requestId: request.requestId, attempt, signerUserId, documentLabel: 'Quyết định số 01/QĐ-UBND',
          sentAt: new Date(request.sentAtMs).toISOString(), expiresAt: new Date(expiresAtMs).toISOString(), expiresInMs: Math.max(0, expiresAtMs - (await this.nowMs())),
          pollIntervalMs: this.settings.pollIntervalMs, reminderIntervalMs: this.settings.reminderIntervalMs, maxRequests: this.settings.maxRequests,
        };
      },
      checkDecisionSignature: async ({ requestId }) => {
        const request = this.requests.find((r) => r.requestId === requestId)!;
        if (request.answer) return { status: request.answer };
        return { status: (await this.nowMs()) >= request.sentAtMs + this.settings.approvalWindowMs ? 'EXPIRED' : 'PENDING' };
      },
    };
  }
}
