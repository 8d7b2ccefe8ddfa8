import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { awardDefinition, awardTitleName, DOSSIER_PAPER_NAMES_VI, ruleSetFor, vietnamDateOf, type AwardTitle, type DossierPaper } from '@khenthuong/domain';
import { NominationQueries, ProposalDraftRepository, type DraftFields, type DraftRow } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { validatedAs } from '../common/validation';
import { RequiredPapersService } from '../dossier/required-papers';
import { NomineeResolver } from '../proposals/nominee-resolver';
import { NominationScopes, type NominationScope } from '../proposals/nomination-scope';
import { CreateProposalDto, type ProposalSummaryDto } from '../proposals/proposal.dto';
import { ProposalService } from '../proposals/proposal.service';
import type { CreateProposalDraftDto, ProposalDraftDto, ProposalDraftFieldsDto, ProposalDraftSummaryDto } from './proposal-draft.dto';

const UNIT_FIXED_VI = 'Không đổi được đơn vị đề nghị của hồ sơ nháp; hãy lập hồ sơ nháp mới cho đơn vị kia.';

/** The proposal a draft becomes is keyed by the draft: submitting it again (double click, retry) finds that proposal. */
export const draftClientKey = (draftId: string) => `draft:${draftId}`;

/**
 * Nominations saved before submission (docs/dossier.md): the same scope and registry checks as a
 * submission where they can already apply, the papers attached early, and submission through
 * ProposalService.submit, which moves the papers and deletes the draft with the proposal's insert.
 */
@Injectable()
export class ProposalDraftService {
  constructor(
    private readonly drafts: ProposalDraftRepository,
    private readonly scopes: NominationScopes,
    private readonly nominees: NomineeResolver,
    private readonly nomination: NominationQueries,
    private readonly proposals: ProposalService,
    private readonly requiredPapers: RequiredPapersService,
  ) {}

  async create(actor: RequestActor, dto: CreateProposalDraftDto): Promise<{ draft: ProposalDraftDto; created: boolean }> {
    const scope = await this.scopes.of(actor, dto.unitId);
    const fields = await this.check(scope, dto);
    const { id, created } = await this.drafts.insertOnce({ ...fields, bodyId: actor.bodyId, clientKey: dto.clientKey ?? randomUUID(), unitId: scope.unitId, userId: actor.userId });
    return { draft: await this.get(actor, id), created };
  }

  async update(actor: RequestActor, id: string, dto: ProposalDraftFieldsDto): Promise<ProposalDraftDto> {
    const draft = await this.visible(actor, id);
    if (dto.unitId && dto.unitId !== draft.unit_id) throw new ApiError(ApiErrorCode.VALIDATION_FAILED, `draft ${id} moved to another unit`, [{ field: 'unitId', messages: [UNIT_FIXED_VI] }]);
    const fields = await this.check(await this.scopes.of(actor, draft.unit_id), dto);
    await this.drafts.update(id, fields, actor.userId);
    return this.get(actor, id);
  }

  async list(actor: RequestActor): Promise<ProposalDraftSummaryDto[]> {
    return (await this.drafts.listVisible(actor)).map(toSummary);
  }

  async get(actor: RequestActor, id: string): Promise<ProposalDraftDto> {
    const draft = await this.visible(actor, id);
    const [papers, required] = await Promise.all([this.drafts.papersOf(actor.bodyId, id), this.requiredPapers.ofDraft(actor.bodyId, draft)]);
    return {
      ...toSummary(draft),
      nomineePersonId: draft.nominee_person_id,
      nomineeHouseholdId: draft.nominee_household_id,
      nomineeUnitId: draft.nominee_unit_id,
      roundId: draft.round_id,
      achievement: draft.achievement,
      achievementRef: draft.achievement_ref,
      facts: draft.facts,
      papers: papers.map((p) => ({
        id: p.id,
        kind: p.kind as DossierPaper,
        kindName: DOSSIER_PAPER_NAMES_VI[p.kind as DossierPaper] ?? p.kind,
        fileName: p.file_name,
        mime: p.mime,
        sha256: p.sha256,
        sizeBytes: p.size_bytes,
        uploadedBy: p.uploader_name ?? '',
        uploadedAt: new Date(p.uploaded_at).toISOString(),
      })),
      requiredPapers: required.map((r) => ({ kind: r.kind, name: r.nameVi, present: r.present })),
    };
  }

  async delete(actor: RequestActor, id: string): Promise<void> {
    await this.visible(actor, id);
    await this.drafts.delete(id);
  }

  /**
   * Submits the draft as POST /api/v1/proposals would submit its fields (every rule checked again);
   * its papers become the proposal's in the same transaction. Once submitted, submitting it again
   * answers that proposal.
   */
  async submit(actor: RequestActor, id: string): Promise<{ proposal: ProposalSummaryDto; created: boolean; warnings: string[] }> {
    const draft = await this.drafts.findVisible(actor, id);
    if (!draft) {
      const earlier = await this.proposals.submitted(actor, draftClientKey(id));
      if (earlier) return { proposal: earlier, created: false, warnings: [] };
      throw new ApiError(ApiErrorCode.NOT_FOUND, `draft ${id} not visible to ${actor.userId}`);
    }
    const dto = await validatedAs(CreateProposalDto, toCreateProposal(draft));
    return this.proposals.submit(actor, dto, async (tx, proposalId) => {
      if (!(await ProposalDraftRepository.in(tx).moveInto(id, proposalId))) throw new ApiError(ApiErrorCode.NOT_FOUND, `draft ${id} deleted while submitted`);
    });
  }

  async visible(actor: RequestActor, id: string): Promise<DraftRow> {
    const draft = await this.drafts.findVisible(actor, id);
    if (!draft) throw new ApiError(ApiErrorCode.NOT_FOUND, `draft ${id} not visible to ${actor.userId}`);
    return draft;
  }

  /** What a draft can check already: the nominee is of the unit and fits the title, the round takes nominations. */
  private async check(scope: NominationScope, dto: ProposalDraftFieldsDto): Promise<DraftFields> {
    const kind = awardDefinition(dto.title, ruleSetFor(vietnamDateOf(new Date()))).recipientKind;
    const chosen = Boolean(dto.nomineePersonId || dto.nomineeHouseholdId || dto.nomineeUnitId) || kind === 'COLLECTIVE' || kind === 'RESIDENTIAL_GROUP';
    const nominee = chosen ? await this.nominees.resolve(scope, kind, dto) : null;
    if (dto.roundId && !(await this.nomination.openRound(scope.bodyId, dto.roundId))) throw new ApiError(ApiErrorCode.ROUND_NOT_OPEN, `round ${dto.roundId} is not nominating`);
    return {
      title: dto.title,
      year: dto.year,
      nomineePersonId: dto.nomineePersonId ?? null,
      nomineeHouseholdId: dto.nomineeHouseholdId ?? null,
      nomineeUnitId: dto.nomineeUnitId ?? null,
      nomineeName: nominee?.name ?? null,
      roundId: dto.roundId ?? null,
      achievement: dto.achievement ?? null,
      achievementRef: dto.achievementRef ?? null,
      facts: { ...(dto.facts ?? {}) },
    };
  }
}

/** The stored draft as the nomination's request body (its unit given, as the officer's would be). */
function toCreateProposal(draft: DraftRow): Record<string, unknown> {
  const optional = {
    nomineePersonId: draft.nominee_person_id,
    nomineeHouseholdId: draft.nominee_household_id,
    nomineeUnitId: draft.nominee_unit_id,
    roundId: draft.round_id,
    achievementRef: draft.achievement_ref,
    facts: Object.keys(draft.facts).length ? draft.facts : null,
  };
  return {
    clientKey: draftClientKey(draft.id),
    unitId: draft.unit_id,
    title: draft.title,
    year: draft.year,
    achievement: draft.achievement ?? undefined,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== null)),
  };
}

function toSummary(row: DraftRow): ProposalDraftSummaryDto {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    title: row.title as AwardTitle,
    titleName: awardTitleName(row.title as AwardTitle, row.year),
    year: row.year,
    nomineeName: row.nominee_name,
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy: row.updated_by_name ?? '',
  };
}
