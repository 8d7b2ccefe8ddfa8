import { Inject, Injectable } from '@nestjs/common';
import { awardDefinition, DOSSIER_PAPER_NAMES_VI, ROUND_LIST_PAPERS, ruleSetById, ruleSetFor, vietnamDateOf, type AwardTitle, type DossierPaper } from '@khenthuong/domain';
import { ruleSetOverridesFor } from '@khenthuong/persistence';
import { DataSource } from 'typeorm';
import { ApiError, ApiErrorCode } from '../common/api-error';

export interface RequiredPaperStatus {
  kind: DossierPaper;
  nameVi: string;
  present: boolean;
  /** Filed once for the unit's whole list in the round (on any of its proposals there). */
  perRoundList: boolean;
}

/**
 * The papers a proposal's title requires under its rule set, and whether the dossier has them. In a
 * round the unit's list-level papers (ROUND_LIST_PAPERS) count once for all its proposals of that
 * round, so a list of thousands of households is not asked for thousands of copies (docs/dossier.md).
 */
@Injectable()
export class RequiredPapersService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The proposal's required papers; callers check first that the proposal is visible to the user. */
  async of(bodyId: string, proposalId: string): Promise<RequiredPaperStatus[]> {
    const [proposal] = await this.dataSource.query(`SELECT title, rule_set_id, unit_id, round_id FROM proposal WHERE body_id = $1 AND id = $2`, [bodyId, proposalId]);
    if (!proposal) return [];
    const overrides = await ruleSetOverridesFor(this.dataSource, bodyId, proposal.rule_set_id);
    const required = awardDefinition(proposal.title as AwardTitle, ruleSetById(proposal.rule_set_id, overrides)).requiredPapers;
    const inRound = proposal.round_id !== null;
    const rows: { kind: string }[] = await this.dataSource.query(
      `SELECT DISTINCT d.kind FROM proposal_document d WHERE d.body_id = $1 AND d.proposal_id = $2
       UNION
       SELECT DISTINCT d.kind FROM proposal_document d JOIN proposal p ON p.id = d.proposal_id
        WHERE $4::uuid IS NOT NULL AND p.body_id = $1 AND p.round_id = $4 AND p.unit_id = $3 AND d.kind = ANY($5)`,
      [bodyId, proposalId, proposal.unit_id, proposal.round_id, ROUND_LIST_PAPERS],
    );
    return statusOf(required, rows, inRound);
  }

  /**
   * A draft's required papers under today's rule set (the one its submission takes), counted as its
   * proposal's will be: its own papers, and in a round the unit's list papers already filed there.
   */
  async ofDraft(bodyId: string, draft: { id: string; title: string; unit_id: string; round_id: string | null }): Promise<RequiredPaperStatus[]> {
    const today = vietnamDateOf(new Date());
    const ruleSet = ruleSetFor(today, await ruleSetOverridesFor(this.dataSource, bodyId, ruleSetFor(today).id));
    const required = awardDefinition(draft.title as AwardTitle, ruleSet).requiredPapers;
    const rows: { kind: string }[] = await this.dataSource.query(
      `SELECT DISTINCT d.kind FROM proposal_draft_document d WHERE d.body_id = $1 AND d.draft_id = $2
       UNION
       SELECT DISTINCT d.kind FROM proposal_document d JOIN proposal p ON p.id = d.proposal_id
        WHERE $4::uuid IS NOT NULL AND p.body_id = $1 AND p.round_id = $4 AND p.unit_id = $3 AND d.kind = ANY($5)`,
      [bodyId, draft.id, draft.unit_id, draft.round_id, ROUND_LIST_PAPERS],
    );
    return statusOf(required, rows, draft.round_id !== null);
  }

  /** Refuses (422, naming each missing paper) unless every required paper is in the dossier. */
  async requireAll(bodyId: string, proposalId: string): Promise<void> {
    const missing = (await this.of(bodyId, proposalId)).filter((p) => !p.present);
    if (missing.length === 0) return;
    throw new ApiError(ApiErrorCode.DOSSIER_PAPERS_MISSING, `proposal ${proposalId} lacks ${missing.map((p) => p.kind).join(', ')}`, [
      { field: 'papers', messages: missing.map((p) => `Còn thiếu: ${p.nameVi}.`) },
    ]);
  }
}

function statusOf(required: DossierPaper[], present: { kind: string }[], inRound: boolean): RequiredPaperStatus[] {
  const own = new Set(present.map((r) => r.kind));
  return required.map((kind) => ({ kind, nameVi: DOSSIER_PAPER_NAMES_VI[kind], present: own.has(kind), perRoundList: inRound && ROUND_LIST_PAPERS.includes(kind) }));
}
