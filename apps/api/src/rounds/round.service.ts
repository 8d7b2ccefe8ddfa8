import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { enqueueWorkflowCall, pendingDraftOfRound, RoundRepository, ruleSetOverridesFor, type RoundSummaryRow } from '@khenthuong/persistence';
import { isValidIsoDate, ruleSetFor, vietnamDateOf } from '@khenthuong/domain';
import { AppConfig } from '@khenthuong/platform';
import {
  castRoundBallotUpdate,
  recordWrittenRoundBallotUpdate,
  ruleSetSnapshotOf,
  roundStateQuery,
  roundWorkflowId,
  type RoundInput,
} from '@khenthuong/temporal';
import { roundWorkflow } from '@khenthuong/workflows';
import { toWorkflowActor, type RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { TemporalClientHolder } from '../temporal/temporal-client.provider';
import { WorkflowCalls } from '../temporal/workflow-calls';
import { SecretBallotSealer } from '../council/secret-ballot.sealer';
import type { CreateRoundDto, RoundBallotDto, WrittenRoundBallotDto } from './round.dto';
import { ROUND_STEP_ROUTES } from './round.step-inputs';
import { stepArgs } from '../steps/step-input';

/** Ward setting when the officer gives none: remind units two working days before nominations close. */
const DEFAULT_REMINDER_WORKING_DAYS = 2;

export type RoundRow = RoundSummaryRow;

/** Rounds (đợt): opening one starts its workflow; every later step is an Update on it. */
@Injectable()
export class RoundService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly rounds: RoundRepository,
    private readonly temporal: TemporalClientHolder,
    private readonly workflowCalls: WorkflowCalls,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly ballots: SecretBallotSealer,
  ) {}

  async create(actor: RequestActor, dto: CreateRoundDto) {
    const today = vietnamDateOf(new Date());
    if (!isValidIsoDate(dto.nominationDeadline) || dto.nominationDeadline < today) {
      throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'deadline in the past', [
        { field: 'nominationDeadline', messages: ['Hạn nhận hồ sơ phải là ngày hôm nay hoặc sau đó.'] },
      ]);
    }
    if (dto.demoPostingPeriodSeconds !== undefined && this.config.DEMO_ROUNDS !== 'true') {
      throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'demo rounds are off', [
        { field: 'demoPostingPeriodSeconds', messages: ['Thời gian niêm yết rút ngắn chỉ dùng cho dữ liệu mẫu; máy chủ này không cho phép.'] },
      ]);
    }
    const ruleSetOverrides = await ruleSetOverridesFor(this.dataSource, actor.bodyId, ruleSetFor(today).id);
    const ruleSet = ruleSetFor(today, ruleSetOverrides);
    const input = (roundId: string): RoundInput => ({
      roundId,
      bodyId: actor.bodyId,
      name: dto.name,
      kind: dto.kind,
      year: dto.year,
      ruleSetId: ruleSet.id,
      referenceDate: today,
      nominationDeadline: dto.nominationDeadline,
      reminderWorkingDaysBefore: dto.reminderWorkingDaysBefore ?? DEFAULT_REMINDER_WORKING_DAYS,
      secretBallot: dto.secretBallot ?? false,
      ruleSetOverrides,
      ruleSetSnapshot: ruleSetSnapshotOf(ruleSet),
      demoPostingPeriodSeconds: dto.demoPostingPeriodSeconds,
    });
    // The row and the start it owes commit together: a crash or an outage before the start leaves it
    // to the worker's drain. Once per (body, client key): a retried request finds the first round.
    const row = await this.dataSource.transaction(async (tx) => {
      const rounds = RoundRepository.in(tx);
      const clientKey = dto.clientKey ?? randomUUID();
      const insertedId = await rounds.insertOnce(
        { bodyId: actor.bodyId, clientKey, name: dto.name, kind: dto.kind, year: dto.year, ruleSetId: ruleSet.id, nominationDeadline: dto.nominationDeadline, secretBallot: dto.secretBallot ?? false, createdBy: actor.userId },
        randomUUID(),
      );
      if (!insertedId) return { id: (await rounds.idByClientKey(actor.bodyId, clientKey))!, created: false };
      await enqueueWorkflowCall(tx, this.workflowCalls.startCall(roundWorkflow, roundWorkflowId(insertedId), [input(insertedId)]));
      return { id: insertedId, created: true };
    });
    // A retry also delivers a start an earlier attempt left pending (Temporal was down).
    await this.workflowCalls.deliverPending(roundWorkflowId(row.id));
    return { ...(await this.get(actor, row.id)), created: row.created };
  }

  list(actor: RequestActor): Promise<RoundRow[]> {
    return this.rounds.latestOfBody(actor.bodyId, 200);
  }

  async get(actor: RequestActor, id: string) {
    const row = await this.row(actor, id);
    const state = await this.temporal.client.workflow.getHandle(row.workflow_id).query(roundStateQuery);
    return { round: row, state };
  }

  /**
   * Any step the generic routes perform (ROUND_STEP_INPUTS): the step's Update with the actor and its
   * mapped input, once the round is in the actor's body. Answers `{ result }`, the Update's result.
   */
  performStep(actor: RequestActor, id: string, slug: string, input: object): Promise<{ result: unknown }> {
    const step = ROUND_STEP_ROUTES.generic(slug);
    return this.update(actor, id, (h) => h.executeUpdate(step.update, { args: [stepArgs(step, toWorkflowActor(actor), input)] }));
  }

  /** In a secret round the ballot's content is sealed here; the Update carries ciphertext only. */
  async castBallot(actor: RequestActor, id: string, dto: RoundBallotDto) {
    const row = await this.row(actor, id);
    const args = { actor: toWorkflowActor(actor), ...(await this.ballots.roundBallot(actor.bodyId, row, actor.userId, dto)) };
    return this.update(actor, id, (h) => h.executeUpdate(castRoundBallotUpdate, { args: [args] }));
  }

  async recordWrittenBallot(actor: RequestActor, id: string, dto: WrittenRoundBallotDto) {
    const row = await this.row(actor, id);
    const args = {
      actor: toWorkflowActor(actor),
      memberUserId: dto.memberUserId,
      scanSha256: dto.scanSha256,
      ...(await this.ballots.roundBallot(actor.bodyId, row, dto.memberUserId, dto)),
    };
    return this.update(actor, id, (h) => h.executeUpdate(recordWrittenRoundBallotUpdate, { args: [args] }));
  }

  /** The paper the signer is asked to approve now (a round of another ward has none). */
  async pendingSignatureDraft(actor: RequestActor, id: string): Promise<{ documentLabel: string; preparedPdf: Buffer } | null> {
    await this.row(actor, id);
    return pendingDraftOfRound(this.dataSource, actor.bodyId, id);
  }

  private async row(actor: RequestActor, id: string): Promise<RoundRow> {
    const row = await this.rounds.findInBody(id, actor.bodyId);
    if (!row) throw new ApiError(ApiErrorCode.NOT_FOUND, `round ${id} not in body ${actor.bodyId}`);
    return row;
  }

  private async update<T>(actor: RequestActor, id: string, run: (handle: ReturnType<TemporalClientHolder['client']['workflow']['getHandle']>) => Promise<T>): Promise<{ result: T }> {
    const row = await this.row(actor, id);
    return { result: await run(this.temporal.client.workflow.getHandle(row.workflow_id)) };
  }
}
