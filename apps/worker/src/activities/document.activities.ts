import type { DataSource } from 'typeorm';
import type { ArchiveStore, DocumentRenderer } from '@khenthuong/documents';
import { executionArticleNumber } from '@khenthuong/documents';
import { compareVietnamese, compareVietnameseNames, type AwardTitle } from '@khenthuong/domain';
import type { DocumentActivities, IssuedDocument } from '@khenthuong/temporal';
import { withHeartbeat } from './activity-heartbeat';
import { buildDecisionModel } from './decision-model.builder';
import { buildRoundDecisionModel } from './round-decision.builder';

export interface DocumentActivityDeps {
  dataSource: DataSource;
  renderer: DocumentRenderer;
  archive: ArchiveStore;
  publicBaseUrl: string;
}

const DECISION_KIND = 'DECISION';

/** Renders and archives documents. A retry finds the archived row and renders nothing again. */
export function createDocumentActivities(deps: DocumentActivityDeps): DocumentActivities {
  const { dataSource } = deps;
  const findIssued = async (decisionId: string): Promise<IssuedDocument | null> => {
    const rows = await dataSource.query(
      `SELECT d.id, d.sha256, d.size_bytes FROM archived_document d WHERE d.kind = $2 AND d.subject_key = $1`,
      [decisionId, DECISION_KIND],
    );
    return rows[0] ? { documentId: rows[0].id, sha256: rows[0].sha256, sizeBytes: rows[0].size_bytes, amountVnd: null } : null;
  };

  return {
    issueDecisionDocument: (input) => withHeartbeat(async (): Promise<IssuedDocument> => {
      const facts = await loadFacts(dataSource, input.bodyId, input.proposalId, input.decisionId);
      const { model, amountVnd } = buildDecisionModel({ ...facts, publicBaseUrl: deps.publicBaseUrl });
      const already = await findIssued(input.decisionId);
      if (already) return { ...already, amountVnd };

      model.recipientsOfCopy = [`Như Điều ${executionArticleNumber(model)};`, 'Lưu: VT, VP.'];
      const pdf = await deps.renderer.renderDecision(model);
      const stored = await deps.archive.put(pdf);
      await dataSource.query(
        `INSERT INTO archived_document (body_id, decision_id, proposal_id, kind, subject_key, sha256, size_bytes, storage_key, workflow_id, run_id)
         VALUES ($1, $2, $3, $4, $10, $5, $6, $7, $8, $9) ON CONFLICT (kind, subject_key) DO NOTHING`,
        [input.bodyId, input.decisionId, input.proposalId, DECISION_KIND, stored.sha256, stored.sizeBytes, stored.key, input.workflowId, input.runId, input.decisionId],
      );
      // Under a race the other attempt's row wins; both return the one that is recorded.
      const issued = await findIssued(input.decisionId);
      if (!issued) throw new Error(`decision ${input.decisionId} document row missing after insert`);
      return { ...issued, amountVnd };
    }),

    issueRoundDecisionDocument: (input) => withHeartbeat(async (): Promise<IssuedDocument> => {
      const facts = await loadRoundFacts(dataSource, input.bodyId, input.roundId, input.decisionId, input.proposalIds);
      const { model, amountVnd } = buildRoundDecisionModel({ ...facts, publicBaseUrl: deps.publicBaseUrl });
      const already = await findIssued(input.decisionId);
      if (already) return { ...already, amountVnd };

      model.recipientsOfCopy = ['Như Điều 3;', 'Lưu: VT, VP.'];
      const pdf = await deps.renderer.renderDecision(model);
      const stored = await deps.archive.put(pdf);
      await dataSource.query(
        `INSERT INTO archived_document (body_id, decision_id, proposal_id, kind, subject_key, sha256, size_bytes, storage_key, workflow_id, run_id)
         VALUES ($1, $2, NULL, $3, $9, $4, $5, $6, $7, $8) ON CONFLICT (kind, subject_key) DO NOTHING`,
        [input.bodyId, input.decisionId, DECISION_KIND, stored.sha256, stored.sizeBytes, stored.key, input.workflowId, input.runId, input.decisionId],
      );
      const issued = await findIssued(input.decisionId);
      if (!issued) throw new Error(`decision ${input.decisionId} document row missing after insert`);
      return { ...issued, amountVnd };
    }),
  };
}

async function loadRoundFacts(dataSource: DataSource, bodyId: string, roundId: string, decisionId: string, proposalIds: string[]) {
  const [row] = await dataSource.query(
    `SELECT b.name AS body_name, b.header_name, b.place_name, d.id AS decision_id, d.number_text, d.decision_date::text AS decision_date,
            r.name AS round_name, r.year, s.display_name AS signer_name, s.roles AS signer_roles
       FROM decision d JOIN issuing_body b ON b.id = d.body_id JOIN round r ON r.id = $2 AND r.body_id = d.body_id
       JOIN app_user s ON s.id = d.signer_user_id
      WHERE d.id = $3 AND d.body_id = $1`,
    [bodyId, roundId, decisionId],
  );
  if (!row) throw new Error(`decision ${decisionId} of round ${roundId} not found in body ${bodyId}`);
  const awardees: { title: string; nominee_name: string; nominee_kind: string; unit_name: string }[] = await dataSource.query(
    `SELECT p.title, p.nominee_name, p.nominee_kind, un.name AS unit_name FROM proposal p JOIN unit un ON un.id = p.unit_id
      WHERE p.id = ANY($1::uuid[]) AND p.body_id = $2`,
    [proposalIds, bodyId],
  );
  // The annex lists by unit, then name, in Vietnamese alphabetical order (not the database's collation).
  awardees.sort((a, b) => compareVietnamese(a.unit_name, b.unit_name) || compareVietnameseNames(a.nominee_name, b.nominee_name));
  if (awardees.length !== proposalIds.length) throw new Error(`round ${roundId}: ${proposalIds.length - awardees.length} awardees not found`);
  return {
    body: { name: row.body_name, headerName: row.header_name, placeName: row.place_name },
    decision: { id: row.decision_id, numberText: row.number_text, decisionDate: row.decision_date },
    round: { name: row.round_name, year: row.year },
    title: awardees[0].title as AwardTitle,
    awardees: awardees.map((a) => ({ nomineeName: a.nominee_name, nomineeKind: a.nominee_kind, unitName: a.unit_name })),
    signer: { displayName: row.signer_name, roles: row.signer_roles as string[] },
  };
}

async function loadFacts(dataSource: DataSource, bodyId: string, proposalId: string, decisionId: string) {
  const [row] = await dataSource.query(
    `SELECT b.name AS body_name, b.header_name, b.place_name,
            d.id AS decision_id, d.number_text, d.decision_date::text AS decision_date,
            p.title, p.year, p.nominee_name, p.achievement, un.name AS unit_name,
            s.display_name AS signer_name, s.roles AS signer_roles
       FROM decision d
       JOIN issuing_body b ON b.id = d.body_id
       JOIN proposal p ON p.id = $2 AND p.body_id = d.body_id
       JOIN unit un ON un.id = p.unit_id
       JOIN app_user s ON s.id = d.signer_user_id
      WHERE d.id = $3 AND d.body_id = $1`,
    [bodyId, proposalId, decisionId],
  );
  if (!row) throw new Error(`decision ${decisionId} of proposal ${proposalId} not found in body ${bodyId}`);
  return {
    body: { name: row.body_name, headerName: row.header_name, placeName: row.place_name },
    decision: { id: row.decision_id, numberText: row.number_text, decisionDate: row.decision_date },
    proposal: { title: row.title as AwardTitle, year: row.year, nomineeName: row.nominee_name, achievement: row.achievement, unitName: row.unit_name },
    signer: { displayName: row.signer_name, roles: row.signer_roles as string[] },
  };
}
