import type { DataSource } from 'typeorm';
import type { ArchiveStore, DocumentRenderer, IssuedDocumentSigner } from '@khenthuong/documents';
import { compareVietnamese, compareVietnameseNames, type AwardTitle, type RecipientKind } from '@khenthuong/domain';
import type { DocumentActivities, IssueRoundDecisionDocumentInput, IssuedDocument } from '@khenthuong/temporal';
import { archiveDocument, findArchived } from '../archive/archive-ledger';
import { withHeartbeat } from './activity-heartbeat';
import { buildDecisionModel } from './decision-model.builder';
import { signIssuedPdf, type IssuedPdfFacts } from './issued-pdf.signing';
import { buildRoundDecisionModel } from './round-decision.builder';
import { missingData } from './activity-failure';
import { resolvingProposalList } from './proposal-list';

export interface DocumentActivityDeps {
  dataSource: DataSource;
  renderer: DocumentRenderer;
  archive: ArchiveStore;
  publicBaseUrl: string;
  /** Signs each paper (the person, then the agency) before it is archived. */
  signer?: IssuedDocumentSigner;
  /** The paper a person approved on their own device, with their signature and then the agency's. */
  completeRemoteSignature?: (requestId: string, facts: IssuedPdfFacts) => Promise<Buffer>;
}

const DECISION_KIND = 'DECISION' as const;

/** Renders and archives documents. A retry finds the archived row and renders nothing again. */
export function createDocumentActivities(deps: DocumentActivityDeps): DocumentActivities {
  const { dataSource } = deps;
  const findIssued = async (decisionId: string): Promise<IssuedDocument | null> => {
    const row = await findArchived(dataSource, DECISION_KIND, decisionId);
    return row ? { documentId: row.id, sha256: row.sha256, sizeBytes: row.sizeBytes, amountVnd: null } : null;
  };

  return {
    issueDecisionDocument: (input) => withHeartbeat(async (): Promise<IssuedDocument> => {
      const facts = await loadFacts(dataSource, input.bodyId, input.proposalId, input.decisionId);
      await recordAwardingDecision(dataSource, input.bodyId, input.decisionId, [input.proposalId]);
      const { model, amountVnd } = buildDecisionModel({ ...facts, publicBaseUrl: deps.publicBaseUrl });
      const already = await findIssued(input.decisionId);
      if (already) return { ...already, amountVnd };

      const paper = decisionPaper(model, facts.body);
      const pdf = input.signatureRequestId
        ? await deps.completeRemoteSignature!(input.signatureRequestId, paper)
        : await signIssuedPdf(deps.signer, await deps.renderer.renderDecision(model), paper);
      const stored = await deps.archive.put(pdf);
      // Under a race the other attempt's row wins (the ledger returns the row already recorded).
      const row = await archiveDocument(dataSource, {
        bodyId: input.bodyId, kind: DECISION_KIND, subjectKey: input.decisionId, decisionId: input.decisionId, proposalId: input.proposalId,
        stored, workflowId: input.workflowId, runId: input.runId,
        documentNumber: facts.decision.numberText, issuedAt: facts.decision.createdAt, recipients: model.awardees.map((a) => a.name),
      });
      return { documentId: row.id, sha256: row.sha256, sizeBytes: row.sizeBytes, amountVnd };
    }),

    issueRoundDecisionDocument: resolvingProposalList(dataSource, (input: IssueRoundDecisionDocumentInput) => withHeartbeat(async (): Promise<IssuedDocument> => {
      const facts = await loadRoundFacts(dataSource, input.bodyId, input.roundId, input.decisionId, input.proposalIds);
      await recordAwardingDecision(dataSource, input.bodyId, input.decisionId, input.proposalIds);
      const { model, amountVnd } = buildRoundDecisionModel({ ...facts, publicBaseUrl: deps.publicBaseUrl });
      const already = await findIssued(input.decisionId);
      if (already) return { ...already, amountVnd };

      const pdf = await signIssuedPdf(deps.signer, await deps.renderer.renderDecision(model), decisionPaper(model, facts.body));
      const stored = await deps.archive.put(pdf);
      const row = await archiveDocument(dataSource, {
        bodyId: input.bodyId, kind: DECISION_KIND, subjectKey: input.decisionId, decisionId: input.decisionId, proposalId: null,
        stored, workflowId: input.workflowId, runId: input.runId,
        documentNumber: facts.decision.numberText, issuedAt: facts.decision.createdAt, recipients: model.awardees.map((a) => a.name),
      });
      return { documentId: row.id, sha256: row.sha256, sizeBytes: row.sizeBytes, amountVnd };
    })),
  };
}

/** A proposal's decision rendered for issuing, unsigned, and what its signature shows. */
export async function renderProposalDecision(deps: DocumentActivityDeps, input: { bodyId: string; proposalId: string; decisionId: string }): Promise<{ pdf: Buffer; facts: IssuedPdfFacts }> {
  const facts = await loadFacts(deps.dataSource, input.bodyId, input.proposalId, input.decisionId);
  const { model } = buildDecisionModel({ ...facts, publicBaseUrl: deps.publicBaseUrl });
  return { pdf: await deps.renderer.renderDecision(model), facts: decisionPaper(model, facts.body) };
}

function decisionPaper(model: { numberText: string; signer: { positionLine: string; name: string } }, body: { name: string; placeName: string }) {
  return { label: `Quyết định số ${model.numberText}`, signer: model.signer, body };
}

async function loadRoundFacts(dataSource: DataSource, bodyId: string, roundId: string, decisionId: string, proposalIds: string[]) {
  const [row] = await dataSource.query(
    `SELECT b.name AS body_name, b.header_name, b.place_name, d.id AS decision_id, d.number_text, d.decision_date::text AS decision_date, d.created_at AS decision_created_at,
            r.name AS round_name, r.year, s.display_name AS signer_name, s.roles AS signer_roles
       FROM decision d JOIN issuing_body b ON b.id = d.body_id JOIN round r ON r.id = $2 AND r.body_id = d.body_id
       JOIN app_user s ON s.id = d.signer_user_id
      WHERE d.id = $3 AND d.body_id = $1`,
    [bodyId, roundId, decisionId],
  );
  if (!row) throw missingData(`decision ${decisionId} of round ${roundId} not found in body ${bodyId}`);
  const awardees: { title: string; nominee_name: string; nominee_kind: string; unit_name: string }[] = await dataSource.query(
    `SELECT p.title, p.nominee_name, p.nominee_kind, un.name AS unit_name FROM proposal p JOIN unit un ON un.id = p.unit_id
      WHERE p.id = ANY($1::uuid[]) AND p.body_id = $2`,
    [proposalIds, bodyId],
  );
  // The annex lists by unit, then name, in Vietnamese alphabetical order (not the database's collation).
  awardees.sort((a, b) => compareVietnamese(a.unit_name, b.unit_name) || compareVietnameseNames(a.nominee_name, b.nominee_name));
  if (awardees.length !== proposalIds.length) throw missingData(`round ${roundId}: ${proposalIds.length - awardees.length} awardees not found`);
  return {
    body: { name: row.body_name, headerName: row.header_name, placeName: row.place_name },
    decision: { id: row.decision_id, numberText: row.number_text, decisionDate: row.decision_date, createdAt: new Date(row.decision_created_at) },
    round: { name: row.round_name, year: row.year },
    title: awardees[0].title as AwardTitle,
    awardees: awardees.map((a) => ({ nomineeName: a.nominee_name, nomineeKind: a.nominee_kind, unitName: a.unit_name })),
    signer: { displayName: row.signer_name, roles: row.signer_roles as string[] },
  };
}

async function loadFacts(dataSource: DataSource, bodyId: string, proposalId: string, decisionId: string) {
  const [row] = await dataSource.query(
    `SELECT b.name AS body_name, b.header_name, b.place_name,
            d.id AS decision_id, d.number_text, d.decision_date::text AS decision_date, d.created_at AS decision_created_at,
            p.title, p.year, p.nominee_name, p.nominee_kind, p.achievement, un.name AS unit_name,
            s.display_name AS signer_name, s.roles AS signer_roles
       FROM decision d
       JOIN issuing_body b ON b.id = d.body_id
       JOIN proposal p ON p.id = $2 AND p.body_id = d.body_id
       JOIN unit un ON un.id = p.unit_id
       JOIN app_user s ON s.id = d.signer_user_id
      WHERE d.id = $3 AND d.body_id = $1`,
    [bodyId, proposalId, decisionId],
  );
  if (!row) throw missingData(`decision ${decisionId} of proposal ${proposalId} not found in body ${bodyId}`);
  return {
    body: { name: row.body_name, headerName: row.header_name, placeName: row.place_name },
    decision: { id: row.decision_id, numberText: row.number_text, decisionDate: row.decision_date, createdAt: new Date(row.decision_created_at) },
    proposal: {
      title: row.title as AwardTitle,
      year: row.year,
      nomineeName: row.nominee_name,
      nomineeKind: row.nominee_kind as RecipientKind,
      achievement: row.achievement,
      unitName: row.unit_name,
    },
    signer: { displayName: row.signer_name, roles: row.signer_roles as string[] },
  };
}

/** Each awarded proposal points at its decision, so its pages find the decision PDF (idempotent). */
async function recordAwardingDecision(dataSource: DataSource, bodyId: string, decisionId: string, proposalIds: string[]): Promise<void> {
  await dataSource.query(`UPDATE proposal SET decision_id = $1 WHERE body_id = $2 AND id = ANY($3::uuid[]) AND decision_id IS DISTINCT FROM $1`, [decisionId, bodyId, proposalIds]);
}
