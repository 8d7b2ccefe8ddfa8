import type { DataSource } from 'typeorm';
import { ApplicationFailure } from '@temporalio/common';
import type { ArchiveStore, DocumentRenderer, IssuedDocumentSigner } from '@khenthuong/documents';
import { ArchivedDocumentRepository, DecisionRepository, DecisionSubjectKey, RevocationRepository } from '@khenthuong/persistence';
import type { IssuedDocument, RevocationActivities } from '@khenthuong/temporal';
import { appendToArchive, findArchived } from '../archive/archive-ledger';
import { withHeartbeat } from './activity-heartbeat';
import { buildCorrectiveDecisionModel } from './corrective-decision.builder';
import { assignDecisionNumber } from './decision-number';
import { signIssuedPdf } from './issued-pdf.signing';
import { loadAwardees, loadBody, loadDecision } from './paper-facts';

export type IssueCorrectiveDecisionInput = Parameters<RevocationActivities['issueCorrectiveDecision']>[0];

export interface RevocationActivityDeps {
  dataSource: DataSource;
  renderer: DocumentRenderer;
  archive: ArchiveStore;
  publicBaseUrl: string;
  now?: () => Date;
  /** Signs the corrective decision (the person, then the agency) before it is archived. */
  signer?: IssuedDocumentSigner;
}

/** The proposals a decision granted (each awarded proposal names its decision, ad-hoc or a round's for its title). */
export function decisionProposalIds(dataSource: DataSource, bodyId: string, decisionId: string): Promise<string[]> {
  return new DecisionRepository(dataSource).grantedProposalIds(bodyId, decisionId);
}

export function createRevocationActivities(deps: RevocationActivityDeps): RevocationActivities {
  const { dataSource } = deps;
  const now = deps.now ?? (() => new Date());
  const revocations = new RevocationRepository(dataSource);
  return {
    issueCorrectiveDecision: (input) =>
      withHeartbeat(async (): Promise<IssuedDocument> => {
        const revocation = await revocations.findInBody(input.revocationId, input.bodyId);
        if (!revocation) throw ApplicationFailure.create({ type: 'NOT_FOUND', message: `revocation ${input.revocationId} not found`, nonRetryable: true });
        const subjectKey = DecisionSubjectKey.ofRevocation(input.revocationId);
        const assigned = await assignDecisionNumber(dataSource, now(), { bodyId: input.bodyId, subjectKey, signerUserId: revocation.requestedBy }, 'CORRECTIVE');
        const done = await findArchived(dataSource, 'CORRECTIVE_DECISION', assigned.decisionId);
        if (done) return { documentId: done.id, sha256: done.sha256, sizeBytes: done.sizeBytes, amountVnd: null };

        const whole = revocation.proposalIds === null;
        const proposalIds: string[] = revocation.proposalIds ?? (await decisionProposalIds(dataSource, input.bodyId, revocation.decisionId));
        const [body, original, corrective, awardees] = await Promise.all([
          loadBody(dataSource, input.bodyId),
          loadDecision(dataSource, input.bodyId, revocation.decisionId),
          loadDecision(dataSource, input.bodyId, assigned.decisionId),
          loadAwardees(dataSource, input.bodyId, proposalIds),
        ]);
        const model = buildCorrectiveDecisionModel({ body, original, corrective, awardees, whole, reason: revocation.reason, publicBaseUrl: deps.publicBaseUrl });
        const signed = await signIssuedPdf(deps.signer, await deps.renderer.renderDecision(model), { label: `Quyết định số ${model.numberText}`, signer: model.signer, body });
        const stored = await deps.archive.put(signed);
        // The corrective paper joins the chain and the revoked rows are marked in one transaction:
        // nobody sees a corrective decision whose targets still read "in force".
        const row = await dataSource.transaction(async (tx) => {
          const archived = await appendToArchive(tx, {
            bodyId: input.bodyId, kind: 'CORRECTIVE_DECISION', subjectKey: corrective.id, decisionId: corrective.id, proposalId: null, stored,
            workflowId: input.workflowId, runId: input.runId, documentNumber: corrective.numberText, issuedAt: corrective.createdAt,
            recipients: awardees.map((a) => a.nomineeName),
          });
          await ArchivedDocumentRepository.in(tx).markRevoked(input.revocationId, revocation.decisionId, whole ? 'ALL' : proposalIds);
          await RevocationRepository.in(tx).markIssued(input.revocationId, corrective.id);
          return archived;
        });
        return { documentId: row.id, sha256: row.sha256, sizeBytes: row.sizeBytes, amountVnd: null };
      }),
  };
}
