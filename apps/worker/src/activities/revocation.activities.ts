import type { DataSource } from 'typeorm';
import { ApplicationFailure } from '@temporalio/common';
import type { ArchiveStore, DocumentRenderer, IssuedDocumentSigner } from '@khenthuong/documents';
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
export async function decisionProposalIds(dataSource: DataSource, bodyId: string, decisionId: string): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query(`SELECT id FROM proposal WHERE decision_id = $1 AND body_id = $2 ORDER BY id`, [decisionId, bodyId]);
  return rows.map((r) => r.id);
}

export function createRevocationActivities(deps: RevocationActivityDeps): RevocationActivities {
  const { dataSource } = deps;
  const now = deps.now ?? (() => new Date());
  return {
    issueCorrectiveDecision: (input) =>
      withHeartbeat(async (): Promise<IssuedDocument> => {
        const [revocation] = await dataSource.query(`SELECT * FROM decision_revocation WHERE id = $1 AND body_id = $2`, [input.revocationId, input.bodyId]);
        if (!revocation) throw ApplicationFailure.create({ type: 'NOT_FOUND', message: `revocation ${input.revocationId} not found`, nonRetryable: true });
        const subjectKey = `revoke:${input.revocationId}`;
        const assigned = await assignDecisionNumber(dataSource, now(), { bodyId: input.bodyId, subjectKey, signerUserId: revocation.requested_by });
        const done = await findArchived(dataSource, 'CORRECTIVE_DECISION', assigned.decisionId);
        if (done) return { documentId: done.id, sha256: done.sha256, sizeBytes: done.sizeBytes, amountVnd: null };

        const whole = revocation.proposal_ids === null;
        const proposalIds: string[] = whole ? await decisionProposalIds(dataSource, input.bodyId, revocation.decision_id) : revocation.proposal_ids;
        const [body, original, corrective, awardees] = await Promise.all([
          loadBody(dataSource, input.bodyId),
          loadDecision(dataSource, input.bodyId, revocation.decision_id),
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
          await tx.query(
            `UPDATE archived_document SET revoked_by = $1
              WHERE decision_id = $2 AND revoked_by IS NULL AND ($3::boolean OR proposal_id = ANY($4::uuid[]))`,
            [input.revocationId, revocation.decision_id, whole, proposalIds],
          );
          await tx.query(`UPDATE decision_revocation SET status = 'ISSUED', corrective_decision_id = $2 WHERE id = $1`, [input.revocationId, corrective.id]);
          return archived;
        });
        return { documentId: row.id, sha256: row.sha256, sizeBytes: row.sizeBytes, amountVnd: null };
      }),
  };
}
