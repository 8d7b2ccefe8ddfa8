import { setTimeout as sleep } from 'node:timers/promises';
import { SignatureRefusedError, type HashSigner, type SignatureRequestInfo } from './signing.port';

export interface RemoteSignerOptions {
  /** Base URL of the hash-signing service (e.g. a provider's gateway behind the ward's proxy). */
  baseUrl: string;
  /** The signer's credential (certificate) at the service. */
  credentialId: string;
  /** Bearer token of the ward's account at the service. */
  accessToken: string;
  /** How often the transaction is polled while the signer has not answered. */
  pollIntervalMs?: number;
  /** How long the signer has to approve on their device before the request counts as expired. */
  approvalTimeoutMs?: number;
  /** Per HTTP call. */
  requestTimeoutMs?: number;
}

export type RemoteTransactionStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'EXPIRED';
const STATUSES: readonly string[] = ['PENDING', 'APPROVED', 'REJECTED', 'EXPIRED'];

export interface RemoteTransaction {
  transactionId: string;
  /** When the service stops waiting for the signer, if it says. */
  expiresAt: Date | null;
}

export interface RemoteTransactionState {
  status: RemoteTransactionStatus;
  /** RSA signature over the digest sent, once APPROVED. */
  signature: Buffer | null;
}

/**
 * The signing port over a remote hash-signing service, the shape the Vietnamese remote-signing
 * services share: send a SHA-256 hash, the signer approves on their phone, poll the transaction
 * until it carries the signature. The document never leaves the ward; only its hash does.
 *
 *   GET  {base}/credentials/{id}        → { certificates: [base64 DER, leaf first] }
 *   POST {base}/transactions            { credentialId, hashAlgorithm: "SHA-256", hash, description, clientReference? } → { transactionId, expiresAt? }
 *   GET  {base}/transactions/{id}       → { status: PENDING | APPROVED | REJECTED | EXPIRED, signature? }
 *   GET  {base}/transactions?clientReference={ref} → { transactionId, expiresAt? } (optional: 404 when none, or not offered)
 *
 * `signDigest` waits in this process; a workflow that waits durably calls `createTransaction` and
 * `transactionState` from separate activities instead.
 */
export class RemoteHashSigner implements HashSigner {
  private chain?: Buffer[];

  constructor(private readonly options: RemoteSignerOptions) {}

  async certificates(): Promise<Buffer[]> {
    if (!this.chain) {
      const body = await this.call<{ certificates?: unknown }>('GET', `/credentials/${encodeURIComponent(this.options.credentialId)}`);
      if (!Array.isArray(body.certificates) || body.certificates.length === 0 || !body.certificates.every((c) => typeof c === 'string')) {
        throw new SignatureRefusedError('INVALID_RESPONSE', 'the signing service returned no certificate');
      }
      this.chain = (body.certificates as string[]).map((c) => Buffer.from(c, 'base64'));
    }
    return this.chain;
  }

  async signDigest(digest: Buffer, request: SignatureRequestInfo): Promise<Buffer> {
    const { transactionId } = await this.createTransaction(digest, request);
    const deadline = Date.now() + (this.options.approvalTimeoutMs ?? 5 * 60_000);
    for (;;) {
      const state = await this.transactionState(transactionId);
      if (state.status === 'APPROVED') return state.signature!;
      if (state.status === 'REJECTED') throw new SignatureRefusedError('REJECTED', `the signer refused to sign ${request.documentLabel}`);
      if (state.status === 'EXPIRED' || Date.now() >= deadline) {
        throw new SignatureRefusedError('EXPIRED', `the signer did not approve ${request.documentLabel} in time`);
      }
      await sleep(this.options.pollIntervalMs ?? 2_000);
    }
  }

  /** Asks the signer to approve; `clientReference` lets a service that deduplicates return the same transaction on a retry. */
  async createTransaction(digest: Buffer, request: SignatureRequestInfo, clientReference?: string): Promise<RemoteTransaction> {
    const body = await this.call<{ transactionId?: unknown; expiresAt?: unknown }>('POST', '/transactions', {
      credentialId: this.options.credentialId,
      hashAlgorithm: 'SHA-256',
      hash: digest.toString('base64'),
      description: request.documentLabel,
      ...(clientReference ? { clientReference } : {}),
    });
    return transactionOf(body);
  }

  /**
   * The transaction created earlier with this client reference (its answer may have been lost), at
   * a service that offers the lookup; null when there is none, or the service does not offer it.
   */
  async findTransaction(clientReference: string): Promise<RemoteTransaction | null> {
    const path = `/transactions?clientReference=${encodeURIComponent(clientReference)}`;
    const res = await this.send('GET', path);
    if (NO_LOOKUP.has(res.status)) return null;
    if (!res.ok) throw new Error(`signing service answered HTTP ${res.status} to GET ${path}`);
    return transactionOf((await res.json()) as { transactionId?: unknown; expiresAt?: unknown });
  }

  async transactionState(transactionId: string): Promise<RemoteTransactionState> {
    const state = await this.call<{ status?: unknown; signature?: unknown }>('GET', `/transactions/${encodeURIComponent(transactionId)}`);
    if (typeof state.status !== 'string' || !STATUSES.includes(state.status)) throw new SignatureRefusedError('INVALID_RESPONSE', `unknown transaction status ${String(state.status)}`);
    if (state.status === 'APPROVED' && typeof state.signature !== 'string') throw new SignatureRefusedError('INVALID_RESPONSE', 'approved without a signature');
    return { status: state.status as RemoteTransactionStatus, signature: state.status === 'APPROVED' ? Buffer.from(state.signature as string, 'base64') : null };
  }

  private send(method: 'GET' | 'POST', path: string, body?: object): Promise<Response> {
    return fetch(`${this.options.baseUrl.replace(/\/$/, '')}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.options.accessToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(this.options.requestTimeoutMs ?? 15_000),
    });
  }

  private async call<T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T> {
    const res = await this.send(method, path, body);
    // Transient failures (5xx, network) are thrown as plain errors: the activity retries them.
    if (!res.ok) throw new Error(`signing service answered HTTP ${res.status} to ${method} ${path}`);
    return (await res.json()) as T;
  }
}

/** Answers of a service without the transaction, or without the lookup at all: nothing to reuse. */
const NO_LOOKUP = new Set([400, 404, 405, 501]);

function transactionOf(body: { transactionId?: unknown; expiresAt?: unknown }): RemoteTransaction {
  if (typeof body.transactionId !== 'string' || body.transactionId === '') throw new SignatureRefusedError('INVALID_RESPONSE', 'the signing service returned no transaction');
  const expiresAt = typeof body.expiresAt === 'string' ? new Date(body.expiresAt) : null;
  return { transactionId: body.transactionId, expiresAt: expiresAt && !Number.isNaN(expiresAt.getTime()) ? expiresAt : null };
}
