import type { DataSource } from 'typeorm';
import { ApplicationFailure } from '@temporalio/common';
import type { ArchiveStore, CertificateDocumentModel, DocumentRenderer, IssuedDocumentSigner } from '@khenthuong/documents';
import { ArchivedDocumentRepository, PaperFactsRepository, RoundRepository } from '@khenthuong/persistence';
import { ActivityFailureType, type IssuedDocument, type PaperActivities } from '@khenthuong/temporal';
import { archiveDocument, findArchived, type ArchiveEntryInput, type ArchiveKind } from '../archive/archive-ledger';
import { withHeartbeat } from './activity-heartbeat';
import { buildCertificateModel } from './certificate-model.builder';
import { buildCouncilMinutesModel, type SessionFacts } from './council-minutes-model.builder';
import { signIssuedPdf } from './issued-pdf.signing';
import { loadAwardees, loadBody, loadCouncil, loadDecision, loadUserWithRole, type AwardeeFacts } from './paper-facts';
import { assignPaperNumber, PAPER_SYMBOLS } from './paper-number';
import { defaultPaperSettings, type PaperSettings } from './paper-settings';
import { buildPaymentListModel } from './payment-list-model.builder';
import { buildPostingNoticeModel } from './posting-notice-model.builder';
import { buildSubmissionModel } from './submission-model.builder';
import { resolvingProposalList } from './proposal-list';

export interface PaperActivityDeps {
  dataSource: DataSource;
  renderer: DocumentRenderer;
  archive: ArchiveStore;
  publicBaseUrl: string;
  /** Per-body settings the read model does not hold yet; default: the demo ward's. */
  settingsFor?: (body: { shortName: string }) => PaperSettings;
  now?: () => Date;
  /** Signs decisions' certificates, minutes, submissions and posting notices before they are archived. */
  signer?: IssuedDocumentSigner;
}

/** Certificates per browser round trip: a few hundred keep the page's memory modest (DocumentRenderer). */
export const CERTIFICATE_CHUNK = 200;

/**
 * The process's other papers. Every fact comes from PostgreSQL and libs/domain; each PDF
 * is archived once per (kind, subject) through the archive ledger, and a retry renders nothing again.
 * Dates in the PDFs are the decision's or the numbering's, never the render's: a retry after the
 * archive row was lost prints the very same page (its signatures carry the new signing time).
 */
export function createPaperActivities(deps: PaperActivityDeps): PaperActivities {
  const { dataSource } = deps;
  const now = deps.now ?? (() => new Date());
  const settingsFor = deps.settingsFor ?? ((body) => defaultPaperSettings(body.shortName));

  const store = async (pdf: Buffer, entry: Omit<ArchiveEntryInput, 'stored'>): Promise<IssuedDocument> => {
    const stored = await deps.archive.put(pdf);
    const row = await archiveDocument(dataSource, { ...entry, stored });
    return { documentId: row.id, sha256: row.sha256, sizeBytes: row.sizeBytes, amountVnd: null };
  };
  const already = async (kind: ArchiveKind, subjectKey: string): Promise<IssuedDocument | null> => {
    const row = await findArchived(dataSource, kind, subjectKey);
    return row ? { documentId: row.id, sha256: row.sha256, sizeBytes: row.sizeBytes, amountVnd: null } : null;
  };
  const names = (awardees: AwardeeFacts[]) => awardees.map((a) => a.nomineeName);
  // The round workflow issues a round's own papers with the round's id as their subject, the
  // proposal workflow a proposal's with the proposal's: the row names its round explicitly.
  const roundOf = async (input: { bodyId: string; subjectKey: string }): Promise<string | null> =>
    (await new RoundRepository(dataSource).isRoundOfBody(input.subjectKey, input.bodyId)) ? input.subjectKey : null;

  const papers: PaperActivities = {
    issueCertificates: (input) =>
      withHeartbeat(async () => {
        const [body, decision, awardees] = await Promise.all([
          loadBody(dataSource, input.bodyId),
          loadDecision(dataSource, input.bodyId, input.decisionId),
          loadAwardees(dataSource, input.bodyId, input.proposalIds),
        ]);
        const subjectOf = (proposalId: string) => `${input.decisionId}:${proposalId}`;
        const done = await new ArchivedDocumentRepository(dataSource).archivedSubjects('CERTIFICATE', awardees.map((a) => subjectOf(a.proposalId)));
        const pending = awardees.flatMap((awardee) => {
          if (done.has(subjectOf(awardee.proposalId))) return [];
          const model = buildCertificateModel({ body, decision, awardee, publicBaseUrl: deps.publicBaseUrl });
          return model ? [{ awardee, model }] : [];
        });
        let issued = 0;
        for (let start = 0; start < pending.length; start += CERTIFICATE_CHUNK) {
          const chunk = pending.slice(start, start + CERTIFICATE_CHUNK);
          const pdfs = await deps.renderer.renderCertificates(chunk.map((c) => c.model as CertificateDocumentModel));
          for (const [index, { awardee, model }] of chunk.entries()) {
            const signed = await signIssuedPdf(deps.signer, pdfs[index]!, { label: `Giấy khen theo Quyết định số ${decision.numberText}`, signer: model!.signer, body });
            await store(signed, {
              bodyId: input.bodyId, kind: 'CERTIFICATE', subjectKey: subjectOf(awardee.proposalId), decisionId: decision.id, proposalId: awardee.proposalId,
              workflowId: input.workflowId, runId: input.runId, documentNumber: decision.numberText, issuedAt: decision.createdAt, recipients: [awardee.nomineeName],
            });
            issued++;
          }
        }
        return { issued };
      }),

    issueCouncilMinutes: (input) =>
      withHeartbeat(async () => {
        const done = await already('MINUTES', input.subjectKey);
        if (done) return done;
        const [body, council, awardees] = await Promise.all([
          loadBody(dataSource, input.bodyId),
          loadCouncil(dataSource, input.bodyId),
          loadAwardees(dataSource, input.bodyId, input.proposalIds),
        ]);
        const session = await loadSession(dataSource, input.proposalIds);
        const number = await assignPaperNumber(dataSource, now(), { bodyId: input.bodyId, symbol: PAPER_SYMBOLS.COUNCIL_MINUTES, subjectKey: input.subjectKey });
        const model = buildCouncilMinutesModel({
          body, council, awardees, session, secretBallot: input.secretBallot, number, settings: settingsFor(body), verificationId: input.subjectKey, publicBaseUrl: deps.publicBaseUrl,
        });
        const minutes = await signIssuedPdf(deps.signer, await deps.renderer.renderCouncilMinutes(model), {
          label: `Biên bản số ${number.numberText}`, signer: { positionLine: 'CHỦ TỊCH HỘI ĐỒNG', name: model.chair.name }, body,
        });
        return store(minutes, {
          bodyId: input.bodyId, kind: 'MINUTES', subjectKey: input.subjectKey, decisionId: null, proposalId: input.proposalIds.length === 1 ? input.proposalIds[0]! : null, roundId: await roundOf(input),
          workflowId: input.workflowId, runId: input.runId, documentNumber: number.numberText, issuedAt: number.issuedAt, recipients: names(awardees),
        });
      }),

    issueSubmission: (input) =>
      withHeartbeat(async () => {
        const done = await already('SUBMISSION', input.subjectKey);
        if (done) return done;
        const [body, council, awardees, chairman] = await Promise.all([
          loadBody(dataSource, input.bodyId),
          loadCouncil(dataSource, input.bodyId),
          loadAwardees(dataSource, input.bodyId, input.proposalIds),
          loadUserWithRole(dataSource, input.bodyId, 'CHAIRMAN'),
        ]);
        const symbol = input.route === 'ESCALATE' ? PAPER_SYMBOLS.WARD_SUBMISSION : PAPER_SYMBOLS.COUNCIL_SUBMISSION;
        const number = await assignPaperNumber(dataSource, now(), { bodyId: input.bodyId, symbol, subjectKey: input.subjectKey });
        const model = buildSubmissionModel({
          body, council, chairman, awardees, route: input.route, number, settings: settingsFor(body), verificationId: input.subjectKey, publicBaseUrl: deps.publicBaseUrl,
        });
        const signed = await signIssuedPdf(deps.signer, await deps.renderer.renderSubmission(model), { label: `Tờ trình số ${number.numberText}`, signer: model.signer, body });
        return store(signed, {
          bodyId: input.bodyId, kind: 'SUBMISSION', subjectKey: input.subjectKey, decisionId: null, proposalId: input.proposalIds.length === 1 ? input.proposalIds[0]! : null, roundId: await roundOf(input),
          workflowId: input.workflowId, runId: input.runId, documentNumber: number.numberText, issuedAt: number.issuedAt, recipients: names(awardees),
        });
      }),

    issuePostingNotice: (input) =>
      withHeartbeat(async () => {
        const done = await already('POSTING_NOTICE', input.subjectKey);
        if (done) return done;
        const [body, awardees, officer, chairman] = await Promise.all([
          loadBody(dataSource, input.bodyId),
          loadAwardees(dataSource, input.bodyId, input.proposalIds),
          loadOfficer(dataSource, input.bodyId),
          loadUserWithRole(dataSource, input.bodyId, 'CHAIRMAN'),
        ]);
        if (!chairman) throw ApplicationFailure.create({ type: ActivityFailureType.MISSING_SIGNER, message: `body ${input.bodyId} has no chairman to sign the posting notice`, nonRetryable: true });
        const number = await assignPaperNumber(dataSource, now(), { bodyId: input.bodyId, symbol: PAPER_SYMBOLS.POSTING_NOTICE, subjectKey: input.subjectKey });
        const model = buildPostingNoticeModel({
          body, awardees, startsOn: input.startsOn, endsOn: input.endsOn, officer, signer: chairman, number, settings: settingsFor(body), verificationId: input.subjectKey, publicBaseUrl: deps.publicBaseUrl,
        });
        const signed = await signIssuedPdf(deps.signer, await deps.renderer.renderPostingNotice(model), { label: `Thông báo số ${number.numberText}`, signer: model.signer, body });
        return store(signed, {
          bodyId: input.bodyId, kind: 'POSTING_NOTICE', subjectKey: input.subjectKey, decisionId: null, proposalId: input.proposalIds.length === 1 ? input.proposalIds[0]! : null, roundId: await roundOf(input),
          workflowId: input.workflowId, runId: input.runId, documentNumber: number.numberText, issuedAt: number.issuedAt, recipients: names(awardees),
        });
      }),

    issuePaymentList: (input) =>
      withHeartbeat(async () => {
        const [body, decision, awardees, officer] = await Promise.all([
          loadBody(dataSource, input.bodyId),
          loadDecision(dataSource, input.bodyId, input.decisionId),
          loadAwardees(dataSource, input.bodyId, input.proposalIds),
          loadUserWithRole(dataSource, input.bodyId, 'OFFICER'),
        ]);
        const built = buildPaymentListModel({ body, decision, awardees, officer, publicBaseUrl: deps.publicBaseUrl });
        if (!built) {
          // Not retryable: the titles carry no money (e.g. the yearly Gia đình văn hóa); the workflow skips the list.
          throw ApplicationFailure.create({ type: 'NOTHING_TO_PAY', message: `decision ${input.decisionId} pays no money`, nonRetryable: true });
        }
        const done = await already('PAYMENT_LIST', input.decisionId);
        if (done) return { ...done, amountVnd: built.totalVnd };
        const issued = await store(await deps.renderer.renderPaymentList(built.model), {
          bodyId: input.bodyId, kind: 'PAYMENT_LIST', subjectKey: input.decisionId, decisionId: decision.id, proposalId: null,
          workflowId: input.workflowId, runId: input.runId, documentNumber: decision.numberText, issuedAt: decision.createdAt, recipients: built.model.rows.map((r) => r.name),
        });
        return { ...issued, amountVnd: built.totalVnd };
      }),
  };
  // A round's papers name their list of proposals; every paper reads it the same way.
  return {
    issueCertificates: resolvingProposalList(dataSource, papers.issueCertificates),
    issueCouncilMinutes: resolvingProposalList(dataSource, papers.issueCouncilMinutes),
    issueSubmission: resolvingProposalList(dataSource, papers.issueSubmission),
    issuePostingNotice: resolvingProposalList(dataSource, papers.issuePostingNotice),
    issuePaymentList: resolvingProposalList(dataSource, papers.issuePaymentList),
  };
}

async function loadOfficer(dataSource: DataSource, bodyId: string): Promise<{ displayName: string; gender: string | null } | null> {
  const row = await new PaperFactsRepository(dataSource).firstUserWithRole(bodyId, 'OFFICER');
  return row ? { displayName: row.displayName, gender: row.gender } : null;
}

/** Participation in the session: per-proposal ballots and round ballots over the same proposals. */
async function loadSession(dataSource: DataSource, proposalIds: string[]): Promise<SessionFacts> {
  const facts = new PaperFactsRepository(dataSource);
  const rows = await facts.sessionBallots(proposalIds);
  const present = new Set(rows.filter((r) => !r.written).map((r) => r.memberUserId));
  const written = new Set(rows.filter((r) => r.written && !present.has(r.memberUserId)).map((r) => r.memberUserId));
  const times = rows.map((r) => r.castAt.getTime());
  const perProposal = new Map<string, number>();
  for (const r of rows) if (r.proposalId) perProposal.set(r.proposalId, (perProposal.get(r.proposalId) ?? 0) + 1);
  const roundVoters = new Set(rows.filter((r) => !r.proposalId).map((r) => r.memberUserId)).size;
  return {
    presentUserIds: present,
    writtenUserIds: written,
    firstVoteAt: times.length ? new Date(Math.min(...times)) : null,
    lastVoteAt: times.length ? new Date(Math.max(...times)) : null,
    ballotsReturned: Math.max(roundVoters, ...perProposal.values(), 0),
    opinions: await facts.sessionOpinions(proposalIds),
  };
}
