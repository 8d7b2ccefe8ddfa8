import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { awardDefinition, isWithinWardAuthority, ruleSetFor, vietnamDateOf, type NomineeTally } from '@khenthuong/domain';
import {
  PROPOSAL_TASK_QUEUE,
  castVoteUpdate,
  closeCouncilSessionUpdate,
  decideUpdate,
  markDossierCompleteUpdate,
  proposalStateQuery,
  proposalWorkflowId,
  withdrawUpdate,
  type Actor,
  type ProposalInput,
  type ProposalState,
  type ProposalStatus,
  type VoteView,
} from '@khenthuong/temporal';
import { proposalWorkflow } from '@khenthuong/workflows';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { awardTitleName, statusLabel } from '../common/labels';
import { TemporalClientHolder } from '../temporal/temporal-client.provider';
import type { CastVoteDto, CreateProposalDto, DecideDto, ProposalSummaryDto, WithdrawDto } from './proposal.dto';
import { ProposalRepository, type ProposalRow } from './proposal.repository';

const toWorkflowActor = (a: RequestActor): Actor => ({ userId: a.userId, displayName: a.displayName, roles: a.roles, unitId: a.unitId });

/** Nomination and every human step of a proposal: checks scope, then talks to its workflow. */
@Injectable()
export class ProposalService {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly temporal: TemporalClientHolder,
  ) {}

  async submit(actor: RequestActor, dto: CreateProposalDto): Promise<{ proposal: ProposalSummaryDto; created: boolean }> {
    if (!actor.unitId) throw new ApiError(ApiErrorCode.FORBIDDEN, 'unit head without a unit');
    const referenceDate = vietnamDateOf(new Date());
    const ruleSet = ruleSetFor(referenceDate);
    // Titles beyond the ward are escalated, not refused (issue 4); until then the api says so plainly.
    if (!isWithinWardAuthority(dto.title, ruleSet)) throw new ApiError(ApiErrorCode.NOT_WITHIN_WARD_AUTHORITY, `title ${dto.title} is not the ward's`);
    const award = awardDefinition(dto.title, ruleSet);
    const individual = award.recipientKind === 'INDIVIDUAL';
    const nomineeUnitId = individual ? null : (dto.nomineeUnitId ?? actor.unitId);
    const nomineePersonId = individual ? (dto.nomineePersonId ?? null) : null;
    if (individual && !nomineePersonId) {
      throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'individual title without person', [
        { field: 'nomineePersonId', messages: ['Danh hiệu cá nhân cần chọn cá nhân được đề nghị.'] },
      ]);
    }
    if (!individual && dto.nomineePersonId) throw new ApiError(ApiErrorCode.NOMINEE_KIND_MISMATCH, 'collective title with a person');
    if (nomineeUnitId && !(await this.proposals.unitInBody(nomineeUnitId, actor.bodyId))) throw new ApiError(ApiErrorCode.NOT_FOUND, 'nominee unit');
    if (nomineePersonId && !(await this.proposals.personInBody(nomineePersonId, actor.bodyId))) throw new ApiError(ApiErrorCode.NOT_FOUND, 'nominee person');

    const { id, created } = await this.proposals.insertOnce({
      bodyId: actor.bodyId,
      clientKey: dto.clientKey ?? randomUUID(),
      title: dto.title,
      year: dto.year,
      ruleSetId: ruleSet.id,
      unitId: actor.unitId,
      nomineeKind: award.recipientKind,
      nomineeName: dto.nomineeName,
      nomineeUnitId,
      nomineePersonId,
      achievement: dto.achievement,
      submittedBy: actor.userId,
    });
    const input: ProposalInput = {
      proposalId: id,
      bodyId: actor.bodyId,
      title: dto.title,
      year: dto.year,
      ruleSetId: ruleSet.id,
      referenceDate,
      nominatingUnitId: actor.unitId,
      nominee: {
        kind: award.recipientKind,
        name: dto.nomineeName,
        unitId: nomineeUnitId,
        personId: nomineePersonId,
        recusedUserIds: await this.proposals.recusedUserIds(actor.bodyId, nomineePersonId, nomineeUnitId),
      },
      achievement: dto.achievement,
      submittedBy: toWorkflowActor(actor),
    };
    await this.startWorkflow(input);
    const row = await this.proposals.findVisible(actor, id);
    return { proposal: toSummary(row!), created };
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
    return this.handle(actor, id).then((h) => h.executeUpdate(markDossierCompleteUpdate, { args: [{ actor: toWorkflowActor(actor) }] }));
  }

  async castVote(actor: RequestActor, id: string, dto: CastVoteDto): Promise<VoteView[]> {
    const args = { actor: toWorkflowActor(actor), choice: dto.choice, comment: dto.comment ?? null };
    return this.handle(actor, id).then((h) => h.executeUpdate(castVoteUpdate, { args: [args] }));
  }

  async closeCouncilSession(actor: RequestActor, id: string): Promise<NomineeTally> {
    return this.handle(actor, id).then((h) => h.executeUpdate(closeCouncilSessionUpdate, { args: [{ actor: toWorkflowActor(actor) }] }));
  }

  async decide(actor: RequestActor, id: string, dto: DecideDto): Promise<ProposalStatus> {
    const args = { actor: toWorkflowActor(actor), approve: dto.approve, reason: dto.reason ?? null };
    return this.handle(actor, id).then((h) => h.executeUpdate(decideUpdate, { args: [args] }));
  }

  async withdraw(actor: RequestActor, id: string, dto: WithdrawDto): Promise<ProposalStatus> {
    return this.handle(actor, id).then((h) => h.executeUpdate(withdrawUpdate, { args: [{ actor: toWorkflowActor(actor), reason: dto.reason }] }));
  }

  private async startWorkflow(input: ProposalInput): Promise<void> {
    try {
      await this.temporal.client.workflow.start(proposalWorkflow, {
        taskQueue: PROPOSAL_TASK_QUEUE,
        workflowId: proposalWorkflowId(input.proposalId),
        args: [input],
      });
    } catch (error) {
      // A repeated submit (same clientKey) reaches here: the first one already started it.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
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
