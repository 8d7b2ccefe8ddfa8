import type { DataSource } from 'typeorm';
import type { ArchiveStore, DocumentRenderer, IssuedDocumentSigner } from '@khenthuong/documents';
import { compareVietnamese, compareVietnameseNames, type AwardTitle, type RecipientKind } from '@khenthuong/domain';
import { DecisionRepository, PaperFactsRepository } from '@khenthuong/persistence';
import type { DocumentActivities, IssueRoundDecisionDocumentInput, IssuedDocument, RequestDecisionSignatureInput } from '@khenthuong/temporal';
import { archiveDocument, findArchived } from '../archive/archive-ledger';
import { withHeartbeat } from './activity-heartbeat';
import { buildDecisionModel } from './decision-model.builder';
import { signIssuedPdf, type IssuedPdfFacts } from './issued-pdf.signing';
import { buildRoundDecisionModel } from './round-decision.builder';
import { missingData } from './activity-failure';
import { proposalIdsOf, resolvingProposalList } from './proposal-list';

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

      const paper = decisionPaper(model, facts.body);
      const pdf = input.signatureRequestId
        ? await deps.completeRemoteSignature!(input.signatureRequestId, paper)
        : await signIssuedPdf(deps.signer, await deps.renderer.renderDecision(model), paper);
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

/** A decision (a proposal's, or a round's of one title) rendered for issuing, unsigned, and what its signature shows. */
export async function renderDecisionForSigning(deps: DocumentActivityDeps, input: RequestDecisionSignatureInput): Promise<{ pdf: Buffer; facts: IssuedPdfFacts }> {
  if ('roundId' in input) {
    const proposalIds = await proposalIdsOf(deps.dataSource, input);
    const facts = await loadRoundFacts(deps.dataSource, input.bodyId, input.roundId, input.decisionId, proposalIds);
    const { model } = buildRoundDecisionModel({ ...facts, publicBaseUrl: deps.publicBaseUrl });
    return { pdf: await deps.renderer.renderDecision(model), facts: decisionPaper(model, facts.body) };
  }
  const facts = await loadFacts(deps.dataSource, input.bodyId, input.proposalId, input.decisionId);
  const { model } = buildDecisionModel({ ...facts, publicBaseUrl: deps.publicBaseUrl });
  return { pdf: await deps.renderer.renderDecision(model), facts: decisionPaper(model, facts.body) };
}

function decisionPaper(model: { numberText: string; signer: { positionLine: string; name: string } }, body: { code: string; name: string; placeName: string }) {
  return { label: `Quyết định số ${model.numberText}`, signer: model.signer, body };
}

async function loadRoundFacts(dataSource: DataSource, bodyId: string, roundId: string, decisionId: string, proposalIds: string[]) {
  const facts = new PaperFactsRepository(dataSource);
  const [row, body] = await Promise.all([facts.roundDecisionHead(bodyId, roundId, decisionId), facts.body(bodyId)]);
  if (!row || !body) throw missingData(`decision ${decisionId} of round ${roundId} not found in body ${bodyId}`);
  const awardees = await facts.awardees(bodyId, proposalIds);
  // The annex lists by unit, then name, in Vietnamese alphabetical order (not the database's collation).
  awardees.sort((a, b) => compareVietnamese(a.unitName, b.unitName) || compareVietnameseNames(a.nomineeName, b.nomineeName));
  if (awardees.length !== proposalIds.length) throw missingData(`round ${roundId}: ${proposalIds.length - awardees.length} awardees not found`);
  return {
    body: { code: body.code, name: body.name, headerName: body.headerName, placeName: body.placeName },
    decision: { id: row.decisionId, numberText: row.numberText, decisionDate: row.decisionDate, createdAt: row.createdAt },
    round: { name: row.roundName, year: row.year },
    title: awardees[0]!.title as AwardTitle,
    awardees: awardees.map((a) => ({ nomineeName: a.nomineeName, nomineeKind: a.nomineeKind, unitName: a.unitName })),
    signer: row.signer,
  };
}

async function loadFacts(dataSource: DataSource, bodyId: string, proposalId: string, decisionId: string) {
  const facts = new PaperFactsRepository(dataSource);
  const [decision, body, [proposal]] = await Promise.all([
    new DecisionRepository(dataSource).withSigner(bodyId, decisionId),
    facts.body(bodyId),
    facts.awardees(bodyId, [proposalId]),
  ]);
  if (!decision || !body || !proposal) throw missingData(`decision ${decisionId} of proposal ${proposalId} not found in body ${bodyId}`);
  return {
    body: { code: body.code, name: body.name, headerName: body.headerName, placeName: body.placeName },
    decision: { id: decision.id, numberText: decision.numberText, decisionDate: decision.decisionDate, createdAt: decision.createdAt },
    proposal: {
      title: proposal.title as AwardTitle,
      year: proposal.year,
      nomineeName: proposal.nomineeName,
      nomineeKind: proposal.nomineeKind as RecipientKind,
      achievement: proposal.achievement,
      unitName: proposal.unitName,
    },
    signer: decision.signer,
  };
}

/** Each awarded proposal points at its decision, so its pages find the decision PDF (idempotent). */
async function recordAwardingDecision(dataSource: DataSource, bodyId: string, decisionId: string, proposalIds: string[]): Promise<void> {
  await new DecisionRepository(dataSource).recordGrant(bodyId, decisionId, proposalIds);
}
