import type { DataSource } from 'typeorm';
import { RemoteHashSigner, type IssuedDocumentSigner, type PendingPersonSignature } from '@khenthuong/documents';
import {
  findDecisionSigner,
  findPreparedSignature,
  findSignatureRequest,
  findSignatureRequestById,
  recordSignatureAnswer,
  recordSignatureTransaction,
  storeSignatureRequest,
  type RemoteSignatureRequest,
} from '@khenthuong/persistence';
import type { RemoteSigningSettings } from '@khenthuong/platform';
import type { RemoteSigningActivities, RequestDecisionSignatureInput, SignatureRequestOutcome } from '@khenthuong/temporal';
import { withHeartbeat } from './activity-heartbeat';
import { missingData } from './activity-failure';
import { issuedPaperOf, signingFailure, type IssuedPdfFacts } from './issued-pdf.signing';

export interface RemoteSigningDeps {
  dataSource: DataSource;
  /** Places the signature images and seals once the person has signed. */
  signer: IssuedDocumentSigner;
  /** Null: every signer signs with a key of the worker. */
  settings: RemoteSigningSettings | null;
  /** The decision (a proposal's, or a round's of one title) rendered for issuing, unsigned. */
  renderDecision(input: RequestDecisionSignatureInput): Promise<{ pdf: Buffer; facts: IssuedPdfFacts }>;
  now?: () => Date;
}

type Layout = Pick<PendingPersonSignature, 'byteRange' | 'pageIndex' | 'sealRect'>;

/** The activities of a signature approved on the signer's device (docs/signing.md). */
export function createRemoteSigningActivities(deps: RemoteSigningDeps): RemoteSigningActivities {
  const { dataSource: ds, settings } = deps;
  const now = deps.now ?? (() => new Date());
  const service = (credentialId: string) => new RemoteHashSigner({ baseUrl: settings!.baseUrl, credentialId, accessToken: settings!.accessToken });

  const prepare = async (input: RequestDecisionSignatureInput, signer: { userId: string }, credentialId: string): Promise<RemoteSignatureRequest> => {
    const { pdf, facts } = await deps.renderDecision(input);
    const pending = await deps.signer.preparePerson(pdf, issuedPaperOf(facts), await service(credentialId).certificates());
    const layout: Layout = { byteRange: pending.byteRange, pageIndex: pending.pageIndex, sealRect: pending.sealRect };
    return storeSignatureRequest(ds, {
      bodyId: input.bodyId, decisionId: input.decisionId, attempt: input.attempt, signerUserId: signer.userId,
      proposalId: 'proposalId' in input ? input.proposalId : null, roundId: 'roundId' in input ? input.roundId : null,
      credentialId, documentLabel: facts.label, preparedPdf: pending.bytes, layout, digest: pending.digest,
    });
  };

  return {
    requestDecisionSignature: (input) => refusalsAsFailures(() => withHeartbeat(async (): Promise<SignatureRequestOutcome> => {
      if (!settings) return { mode: 'LOCAL' };
      const signer = await findDecisionSigner(ds, input.bodyId, input.decisionId);
      if (!signer) throw missingData(`decision ${input.decisionId} has no signer in body ${input.bodyId}`);
      const credentialId = settings.credentials.get(signer.username);
      if (!credentialId) return { mode: 'LOCAL' };
      let request = (await findSignatureRequest(ds, input.decisionId, input.attempt)) ?? (await prepare(input, signer, credentialId));
      if (!request.transactionId) {
        const { digest } = (await findPreparedSignature(ds, request.id))!;
        const client = service(request.credentialId);
        // The request id as client reference: when the answer to an earlier "create" was lost, its transaction is found
        // (or a service that deduplicates answers with it) instead of a second request on the signer's device.
        const tx = (await client.findTransaction(request.id)) ?? (await client.createTransaction(digest, { documentLabel: request.documentLabel }, request.id));
        const windowEnd = new Date(now().getTime() + settings.approvalWindowMs);
        await recordSignatureTransaction(ds, request.id, tx.transactionId, tx.expiresAt && tx.expiresAt < windowEnd ? tx.expiresAt : windowEnd);
        request = (await findSignatureRequestById(ds, request.id))!;
      }
      const expiresAt = request.expiresAt!;
      return {
        mode: 'REMOTE', requestId: request.id, attempt: request.attempt, signerUserId: request.signerUserId, documentLabel: request.documentLabel,
        sentAt: request.requestedAt.toISOString(), expiresAt: expiresAt.toISOString(), expiresInMs: Math.max(0, expiresAt.getTime() - now().getTime()),
        pollIntervalMs: settings.pollIntervalMs, reminderIntervalMs: settings.reminderIntervalMs, maxRequests: settings.maxRequests,
      };
    })),

    checkDecisionSignature: ({ requestId }) => refusalsAsFailures(async () => {
      const request = await findSignatureRequestById(ds, requestId);
      if (!request?.transactionId) throw missingData(`remote signature request ${requestId} not found`);
      if (request.status !== 'PENDING') return { status: request.status };
      if (!settings) throw missingData(`remote signature request ${requestId} is awaited but no remote signer is configured`);
      const state = await service(request.credentialId).transactionState(request.transactionId);
      if (state.status === 'PENDING') return { status: 'PENDING' };
      await recordSignatureAnswer(ds, requestId, state.status, state.signature);
      return { status: (await findSignatureRequestById(ds, requestId))!.status };
    }),
  };
}

/** The issued paper of an approved request: the prepared paper with the person's signature, then the agency's. */
export async function completeRemoteSignature(deps: Pick<RemoteSigningDeps, 'dataSource' | 'signer' | 'settings'>, requestId: string, facts: IssuedPdfFacts): Promise<Buffer> {
  return refusalsAsFailures(async () => {
    const request = await findSignatureRequestById(deps.dataSource, requestId);
    const prepared = await findPreparedSignature(deps.dataSource, requestId);
    if (!request || !prepared || request.status !== 'APPROVED' || !prepared.signature) throw missingData(`remote signature request ${requestId} is not approved`);
    if (!deps.settings) throw missingData(`remote signature request ${requestId} needs the remote signer's configuration`);
    const chain = await new RemoteHashSigner({ baseUrl: deps.settings.baseUrl, credentialId: request.credentialId, accessToken: deps.settings.accessToken }).certificates();
    const pending: PendingPersonSignature = { ...(prepared.layout as Layout), bytes: prepared.preparedPdf, digest: prepared.digest };
    return deps.signer.completePerson(pending, issuedPaperOf(facts), chain, prepared.signature);
  });
}

/** A refusal, a nonsensical answer from the service or a body without keys cannot succeed on retry: a person looks at it. */
async function refusalsAsFailures<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw signingFailure(error);
  }
}
