import { Inject, Injectable } from '@nestjs/common';
import { awardDefinition, DOSSIER_PAPER_NAMES_VI, ROUND_LIST_PAPERS, ruleSetById, ruleSetFor, vietnamDateOf, type AwardTitle, type DossierPaper } from '@khenthuong/domain';
import { ProposalDocumentRepository, ProposalRepository, ruleSetOverridesFor } from '@khenthuong/persistence';
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
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly proposals: ProposalRepository,
    private readonly documents: ProposalDocumentRepository,
  ) {}

  /** The proposal's required papers; callers check first that the proposal is visible to the user. */
  async of(bodyId: string, proposalId: string): Promise<RequiredPaperStatus[]> {
    const proposal = await this.proposals.papersFacts(bodyId, proposalId);
    if (!proposal) return [];
    const overrides = await ruleSetOverridesFor(this.dataSource, bodyId, proposal.ruleSetId);
    const required = awardDefinition(proposal.title as AwardTitle, ruleSetById(proposal.ruleSetId, overrides)).requiredPapers;
    const round = proposal.roundId ? { roundId: proposal.roundId, unitId: proposal.unitId, listKinds: ROUND_LIST_PAPERS } : null;
    return statusOf(required, await this.documents.kindsPresent(bodyId, proposalId, round), round !== null);
  }

  /**
   * A draft's required papers under today's rule set (the one its submission takes), counted as its
   * proposal's will be: its own papers, and in a round the unit's list papers already filed there.
   */
  async ofDraft(bodyId: string, draft: { id: string; title: string; unit_id: string; round_id: string | null }): Promise<RequiredPaperStatus[]> {
    const today = vietnamDateOf(new Date());
    const ruleSet = ruleSetFor(today, await ruleSetOverridesFor(this.dataSource, bodyId, ruleSetFor(today).id));
    const required = awardDefinition(draft.title as AwardTitle, ruleSet).requiredPapers;
    const round = draft.round_id ? { roundId: draft.round_id, unitId: draft.unit_id, listKinds: ROUND_LIST_PAPERS } : null;
    return statusOf(required, await this.documents.kindsPresentForDraft(bodyId, draft.id, round), round !== null);
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

function statusOf(required: DossierPaper[], present: string[], inRound: boolean): RequiredPaperStatus[] {
  const own = new Set(present);
  return required.map((kind) => ({ kind, nameVi: DOSSIER_PAPER_NAMES_VI[kind], present: own.has(kind), perRoundList: inRound && ROUND_LIST_PAPERS.includes(kind) }));
}
