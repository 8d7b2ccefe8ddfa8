import { Inject, Injectable } from '@nestjs/common';
import type { VoteChoice } from '@khenthuong/domain';
import { ProposalRepository } from '@khenthuong/persistence';
import { AppConfig, BallotSealer } from '@khenthuong/platform';
import {
  ballotSealContext,
  proposalBallotSession,
  roundBallotSession,
  type OpenRoundBallot,
  type OpenVote,
  type RoundBallotContent,
  type SealedRoundBallot,
  type SealedVote,
  type VoteContent,
} from '@khenthuong/temporal';
import { ApiError, ApiErrorCode, type FieldProblem } from '../common/api-error';

interface RoundBallotInput {
  defaultChoice: VoteChoice;
  exceptions: { proposalId: string; choice: VoteChoice; comment?: string | null }[];
}

/**
 * Seals the content of a secret ballot before it is sent to Temporal (docs/secret-ballots.md):
 * the workflow and its history hold only ciphertext, and only the worker's counting activity opens
 * it. What the workflow can no longer check in a sealed ballot (the nominees its exceptions name)
 * is checked here, before sealing; who may vote is still checked by the workflow.
 */
@Injectable()
export class SecretBallotSealer {
  private readonly sealer: BallotSealer;

  constructor(
    private readonly proposals: ProposalRepository,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.sealer = new BallotSealer(config.ballotSealKeys());
  }

  /** A vote on an ad-hoc proposal's own session: sealed when the proposal is voted on by secret ballot. */
  async vote(bodyId: string, proposalId: string, memberUserId: string, vote: { choice: VoteChoice; comment?: string | null }): Promise<OpenVote | SealedVote> {
    const content: VoteContent = { choice: vote.choice, comment: vote.comment ?? null };
    if (!(await this.proposals.isSecretBallot(proposalId, bodyId))) return content;
    return { sealed: this.sealer.seal(content, ballotSealContext(proposalBallotSession(proposalId), memberUserId)) };
  }

  /** A round ballot: sealed in a secret round, once its exceptions name the round's nominees the member may vote on. */
  async roundBallot(bodyId: string, round: { id: string; secret_ballot: boolean }, memberUserId: string, ballot: RoundBallotInput): Promise<OpenRoundBallot | SealedRoundBallot> {
    const content: RoundBallotContent = { defaultChoice: ballot.defaultChoice, exceptions: ballot.exceptions.map((e) => ({ ...e, comment: e.comment ?? null })) };
    if (!round.secret_ballot) return { defaultChoice: content.defaultChoice, exceptions: content.exceptions };
    await this.checkExceptions(bodyId, round.id, memberUserId, content.exceptions);
    return { sealed: this.sealer.seal(content, ballotSealContext(roundBallotSession(round.id), memberUserId)) };
  }

  private async checkExceptions(bodyId: string, roundId: string, memberUserId: string, exceptions: RoundBallotContent['exceptions']): Promise<void> {
    const byId = await this.proposals.recusalsInRound(bodyId, roundId, exceptions.map((e) => e.proposalId));
    const seen = new Set<string>();
    const problems: FieldProblem[] = [];
    exceptions.forEach((e, i) => {
      const field = `exceptions[${i}].proposalId`;
      const recused = byId.get(e.proposalId);
      if (!recused) problems.push({ field, messages: ['Hồ sơ này không thuộc đợt đang biểu quyết.'] });
      else if (recused.includes(memberUserId)) problems.push({ field, messages: ['Thành viên có tên trong hồ sơ đề nghị không được biểu quyết hồ sơ này.'] });
      else if (seen.has(e.proposalId)) problems.push({ field, messages: ['Hồ sơ này được nêu hai lần trong phiếu.'] });
      seen.add(e.proposalId);
    });
    if (problems.length > 0) throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'secret round ballot names proposals it may not', problems);
  }
}
