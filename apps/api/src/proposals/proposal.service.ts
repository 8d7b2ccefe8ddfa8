import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AwardTitle, awardDefinition, checkCstdcsQuota, ruleSetFor, vietnamDateOf, type RuleSet } from '@khenthuong/domain';
import {
  NominationQueries,
  ProposalEligibilityQueries,
  ProposalRepository,
  ruleSetOverridesFor,
  type AlongsideInsert,
  type ProposalRow,
} from '@khenthuong/persistence';
import {
  castVoteUpdate,
  markDossierCompleteUpdate,
  proposalStateQuery,
  recordWrittenVoteUpdate,
  resolveObjectionUpdate,
  proposalWorkflowId,
  ruleSetSnapshotOf,
  type ProposalInput,
  type ProposalState,
  type ProposalStatus,
  type VoteView,
} from '@khenthuong/temporal';
import { proposalWorkflow } from '@khenthuong/workflows';
import { DataSource } from 'typeorm';
import { toWorkflowActor, type RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { awardTitleName, statusLabel } from '../common/labels';
import { TemporalClientHolder } from '../temporal/temporal-client.provider';
import { WorkflowCalls } from '../temporal/workflow-calls';
import { RequiredPapersService } from '../dossier/required-papers';
import { NomineeResolver } from './nominee-resolver';
import { NominationScopes, type NominationScope } from './nomination-scope';
import { assessEligibility } from './proposal-eligibility';
import type { CastVoteDto, CreateProposalDto, ProposalSummaryDto, ResolveObjectionDto, WrittenVoteDto } from './proposal.dto';
import { PROPOSAL_STEP_ROUTES } from './proposal.step-inputs';
import { stepArgs } from '../steps/step-input';
import { SecretBallotSealer } from '../council/secret-ballot.sealer';

/** Nomination and every human step of a proposal: checks scope, then talks to its workflow. */
@Injectable()
export class ProposalService {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly eligibility: ProposalEligibilityQueries,
    private readonly nomination: NominationQueries,
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly temporal: TemporalClientHolder,
    private readonly workflowCalls: WorkflowCalls,
    private readonly ballots: SecretBallotSealer,
    private readonly nominees: NomineeResolver,
    private readonly requiredPapers: RequiredPapersService,
    private readonly scopes: NominationScopes,
  ) {}

  /**
   * A unit head nominates for their unit, the officer for the unit they choose (`dto.unitId`).
   * `alongside` runs in the transaction that inserts the proposal and its workflow start, only when
   * this call inserts it (a submitted draft hands over its papers there).
   */
  async submit(
    actor: RequestActor,
    dto: CreateProposalDto,
    alongside?: AlongsideInsert,
  ): Promise<{ proposal: ProposalSummaryDto; created: boolean; warnings: string[] }> {
    const scope = await this.scopes.of(actor, dto.unitId);
    // A repeated submit (same clientKey) answers with the first proposal before any rule is checked again.
    const earlier = dto.clientKey ? await this.submitted(actor, dto.clientKey) : null;
    if (earlier) return { proposal: earlier, created: false, warnings: [] };
    try {
      return await this.submitNew(actor, scope, dto, alongside);
    } catch (error) {
      // A concurrent submit with the same key (double click) may have won meanwhile, and its proposal
      // then refuses this one (same achievement): the answer is that proposal.
      const winner = error instanceof ApiError && dto.clientKey ? await this.submitted(actor, dto.clientKey) : null;
      if (winner) return { proposal: winner, created: false, warnings: [] };
      throw error;
    }
  }

  private async submitNew(
    actor: RequestActor,
    scope: NominationScope,
    dto: CreateProposalDto,
    alongside: AlongsideInsert | undefined,
  ): Promise<{ proposal: ProposalSummaryDto; created: boolean; warnings: string[] }> {
    const referenceDate = vietnamDateOf(new Date());
    // The administrator's values of configurable parameters (U in the law) apply from submission on.
    const ruleSetOverrides = await ruleSetOverridesFor(this.dataSource, actor.bodyId, ruleSetFor(referenceDate).id);
    const ruleSet = ruleSetFor(referenceDate, ruleSetOverrides);
    const award = awardDefinition(dto.title, ruleSet);
    // The registry names the nominee: a typed name is replaced by the chosen person's, household's or unit's.
    const nominee = await this.nominees.resolve(scope, award.recipientKind, dto);
    const { personId: nomineePersonId, unitId: nomineeUnitId, householdId: nomineeHouseholdId } = nominee;
    const round = dto.roundId ? await this.nomination.openRound(actor.bodyId, dto.roundId) : null;
    if (dto.roundId && !round) throw new ApiError(ApiErrorCode.ROUND_NOT_OPEN, `round ${dto.roundId} is not nominating`);

    const recipientId = nomineePersonId ?? nomineeHouseholdId ?? nomineeUnitId;
    const eligibility = assessEligibility({
      title: dto.title,
      year: dto.year,
      ruleSet,
      kind: award.recipientKind,
      recipientId,
      achievementRef: dto.achievementRef,
      known: await this.eligibility.eligibilityFacts(actor.bodyId, { personId: nomineePersonId, householdId: nomineeHouseholdId, unitId: nomineeUnitId }, dto.year),
      stated: dto.facts,
    });
    const warnings = [...eligibility.warningsVi, ...(await this.quotaPressure(actor.bodyId, dto.title, dto.year, ruleSet))];
    const recusedUserIds = await this.eligibility.recusedUserIds(actor.bodyId, nomineePersonId, nomineeUnitId);
    // Ad-hoc awards follow the simplified procedure (Luật TĐKT 2022 Điều 85; Nghị định 98/2023 Điều 40).
    const procedure = award.frequency === 'AD_HOC' ? 'SIMPLIFIED' : 'STANDARD';
    const secretBallot = award.secretBallot || (round?.secret_ballot ?? false);

    const nominatingUnitId = scope.unitId;
    const input = (proposalId: string): ProposalInput => ({
      proposalId,
      bodyId: actor.bodyId,
      title: dto.title,
      year: dto.year,
      ruleSetId: ruleSet.id,
      referenceDate,
      nominatingUnitId,
      nominee: { kind: award.recipientKind, name: nominee.name, unitId: nomineeUnitId, personId: nomineePersonId, recusedUserIds },
      achievement: dto.achievement,
      submittedBy: toWorkflowActor(actor),
      roundId: round?.id ?? null,
      procedure,
      route: eligibility.route,
      secretBallot,
      ruleSetOverrides,
      ruleSetSnapshot: ruleSetSnapshotOf(ruleSet),
    });
    const { id, created } = await this.proposals.insertOnce({
      bodyId: actor.bodyId,
      clientKey: dto.clientKey ?? randomUUID(),
      title: dto.title,
      year: dto.year,
      ruleSetId: ruleSet.id,
      unitId: nominatingUnitId,
      nomineeKind: award.recipientKind,
      nomineeName: nominee.name,
      nomineeUnitId,
      nomineePersonId,
      nomineeHouseholdId,
      achievement: dto.achievement,
      submittedBy: actor.userId,
      roundId: round?.id ?? null,
      route: eligibility.route,
      procedure,
      secretBallot,
      recusedUserIds,
      achievementKey: eligibility.achievementKey,
    }, (proposalId) => this.workflowCalls.startCall(proposalWorkflow, proposalWorkflowId(proposalId), [input(proposalId)]), alongside);
    await this.workflowCalls.deliverPending(proposalWorkflowId(id));
    const row = await this.proposals.findVisible(actor, id);
    return { proposal: toSummary(row!), created, warnings };
  }

  /** The proposal an earlier submit with this key made, its workflow start completed; null if none this user sees. */
  async submitted(actor: RequestActor, clientKey: string): Promise<ProposalSummaryDto | null> {
    const existingId = await this.proposals.findIdByClientKey(actor.bodyId, clientKey);
    const row = existingId ? await this.proposals.findVisible(actor, existingId) : null;
    if (!row) return null;
    // The first attempt may have committed its row and died (or met Temporal down) before the start.
    await this.workflowCalls.deliverPending(row.workflow_id);
    return toSummary(row);
  }

  /**
   * CSTĐCS ≤ 15% of LĐTT (Nghị định 91/2017, U under 98/2023 and 152/2025; libs/domain): at submission
   * only a warning, since the LĐTT of the year are still being decided; the council applies the quota.
   */
  private async quotaPressure(bodyId: string, title: AwardTitle, year: number, ruleSet: RuleSet): Promise<string[]> {
    if (title !== AwardTitle.CHIEN_SI_THI_DUA_CO_SO) return [];
    const counts = await this.eligibility.quotaCounts(bodyId, year);
    const check = checkCstdcsQuota({ ldttCount: counts.ldtt, proposed: counts.cstdcs + 1, ruleSet });
    return check.refusal ? [check.refusal.messageVi] : [];
  }

  list(actor: RequestActor): Promise<ProposalSummaryDto[]> {
    return this.proposals.listVisible(actor).then((rows) => rows.map(toSummary));
  }

  async get(actor: RequestActor, id: string): Promise<{ proposal: ProposalSummaryDto; state: ProposalState }> {
    const row = await this.visible(actor, id);
    const state = await this.temporal.client.workflow.getHandle(row.workflow_id).query(proposalStateQuery);
    return { proposal: toSummary(row), state };
  }

  async markComplete(actor: RequestActor, id: string): Promise<ProposalStatus> {
    // A dossier completed after its round's council session opened would wait for a session that
    // has already taken its list: the unit withdraws it and nominates it on its own instead.
    if (await this.proposals.roundSessionStarted(id)) throw new ApiError(ApiErrorCode.ROUND_SESSION_STARTED, `round of proposal ${id} has opened its council session`);
    // Checked on the read model before the update: the workflow itself never reads it.
    await this.visible(actor, id);
    await this.requiredPapers.requireAll(actor.bodyId, id);
    return this.handle(actor, id).then((h) => h.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: toWorkflowActor(actor) }] }));
  }

  async castVote(actor: RequestActor, id: string, dto: CastVoteDto): Promise<VoteView[]> {
    // A secret vote's content is sealed before it reaches the workflow.
    const args = { actor: toWorkflowActor(actor), ...(await this.ballots.vote(actor.bodyId, id, actor.userId, dto)) };
    return this.handle(actor, id).then((h) => h.executeUpdate(castVoteUpdate, { args: [args] }));
  }

  /**
   * Any step the generic routes perform (PROPOSAL_STEP_INPUTS): the step's Update with the actor and
   * its mapped input, once the proposal is in the actor's scope. Answers the Update's result.
   */
  async performStep(actor: RequestActor, id: string, slug: string, input: object): Promise<unknown> {
    const step = PROPOSAL_STEP_ROUTES.generic(slug);
    return this.handle(actor, id).then((h) => h.executeUpdate(step.update, { args: [stepArgs(step, toWorkflowActor(actor), input)] }));
  }

  async recordWrittenVote(actor: RequestActor, id: string, dto: WrittenVoteDto): Promise<VoteView[]> {
    const args = { actor: toWorkflowActor(actor), memberUserId: dto.memberUserId, scanSha256: dto.scanSha256, ...(await this.ballots.vote(actor.bodyId, id, dto.memberUserId, dto)) };
    return this.handle(actor, id).then((h) => h.executeUpdate(recordWrittenVoteUpdate, { args: [args] }));
  }

  async resolveObjection(actor: RequestActor, id: string, objectionId: string, dto: ResolveObjectionDto): Promise<ProposalStatus> {
    const args = { actor: toWorkflowActor(actor), objectionId, outcome: dto.outcome, reason: dto.reason };
    return this.handle(actor, id).then((h) => h.executeUpdate(resolveObjectionUpdate, { args: [args] }));
  }

  private async visible(actor: RequestActor, id: string): Promise<ProposalRow> {
    const row = await this.proposals.findVisible(actor, id);
    if (!row) throw new ApiError(ApiErrorCode.NOT_FOUND, `proposal ${id} not visible to ${actor.userId}`);
    return row;
  }

  private async handle(actor: RequestActor, id: string) {
    const row = await this.visible(actor, id);
    return this.temporal.client.workflow.getHandle(row.workflow_id);
  }
}

function toSummary(row: ProposalRow): ProposalSummaryDto {
  return {
    id: row.id,
    workflowId: row.workflow_id,
    title: row.title as ProposalSummaryDto['title'],
    titleName: awardTitleName(row.title, row.year),
    year: row.year,
    nomineeName: row.nominee_name,
    unitName: row.unit_name,
    status: row.status,
    statusName: statusLabel(row.status),
    ruleSetId: row.rule_set_id,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
