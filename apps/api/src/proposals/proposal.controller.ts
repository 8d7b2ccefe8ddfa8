import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { RequestActor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ProposalStepRoles } from '../auth/step-roles';
import { GenericStepRoute } from '../steps/generic-step-route';
import { restStepInput } from '../steps/step-body';
import {
  CastVoteDto,
  CreateProposalDto,
  DecideDto,
  ExtendPostingDto,
  HigherLevelResultDto,
  ObjectionParams,
  ProposalIdParams,
  ProposalStepParams,
  ProposalSummaryDto,
  SubmittedProposalDto,
  ResolveObjectionDto,
  DismissObjectionsDto,
  ResubmitDto,
  RetryStuckStepDto,
  ReturnForPapersDto,
  WithdrawDto,
  WrittenVoteDto,
} from './proposal.dto';
import { PROPOSAL_STEP_ROUTES } from './proposal.step-inputs';
import { ObjectionService } from './objection.service';
import { ProposalService } from './proposal.service';

@ApiTags('proposals')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Dữ liệu gửi lên không hợp lệ (thông báo tiếng Việt theo từng trường).' })
@ApiUnauthorizedResponse({ description: 'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.' })
@ApiForbiddenResponse({ description: 'Vai trò của người dùng không được thực hiện thao tác này.' })
@ApiNotFoundResponse({ description: 'Không tìm thấy hoặc không thuộc phạm vi của người dùng.' })
@ApiConflictResponse({ description: 'Hồ sơ/đợt không ở bước cho phép thao tác này.' })
@ApiUnprocessableEntityResponse({ description: 'Không đáp ứng điều kiện theo quy định (nêu từng lý do và điều khoản).' })
@Controller('api/v1/proposals')
export class ProposalController {
  constructor(
    private readonly proposals: ProposalService,
    private readonly objections: ObjectionService,
  ) {}

  @Post()
  @Roles('UNIT_HEAD', 'OFFICER')
  @ApiCreatedResponse({ type: SubmittedProposalDto, description: '201 khi tạo mới; 200 khi gửi lại cùng clientKey. Kèm các lưu ý (không phải lý do từ chối).' })
  @ApiOkResponse({ type: SubmittedProposalDto, description: 'Gửi lại cùng clientKey: trả về hồ sơ đã nộp trước đó.' })
  async submit(@CurrentActor() actor: RequestActor, @Body() dto: CreateProposalDto, @Res({ passthrough: true }) res: Response): Promise<SubmittedProposalDto> {
    const { proposal, created, warnings } = await this.proposals.submit(actor, dto);
    res.status(created ? 201 : 200);
    return { ...proposal, warnings };
  }

  @Get()
  @ApiOkResponse({ type: [ProposalSummaryDto] })
  list(@CurrentActor() actor: RequestActor) {
    return this.proposals.list(actor);
  }

  @Get(':id')
  get(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams) {
    return this.proposals.get(actor, id);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @ProposalStepRoles('MARK_COMPLETE')
  async markComplete(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams) {
    return { status: await this.proposals.markComplete(actor, id) };
  }

  @Post(':id/votes')
  @HttpCode(200)
  @ProposalStepRoles('CAST_VOTE')
  async castVote(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams, @Body() dto: CastVoteDto) {
    return { votes: await this.proposals.castVote(actor, id, dto) };
  }

  @Post(':id/council/close')
  @HttpCode(200)
  @ProposalStepRoles('CLOSE_COUNCIL_SESSION')
  async closeCouncil(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams) {
    return { tally: await this.proposals.performStep(actor, id, 'close-council-session', {}) };
  }

  @Post(':id/decision')
  @HttpCode(200)
  @ProposalStepRoles('DECIDE')
  async decide(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams, @Body() dto: DecideDto) {
    return { status: await this.proposals.performStep(actor, id, 'decide', dto) };
  }

  /** The signer who decided asks for a new signing request on their device while the signature is awaited. */
  @Post(':id/signature/resend')
  @HttpCode(200)
  @ProposalStepRoles('RESEND_SIGNATURE_REQUEST')
  async resendSignatureRequest(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams) {
    return { attempt: await this.proposals.performStep(actor, id, 'resend-signature-request', {}) };
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ProposalStepRoles('WITHDRAW')
  async withdraw(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams, @Body() dto: WithdrawDto) {
    return { status: await this.proposals.performStep(actor, id, 'withdraw', dto) };
  }

  @Post(':id/return')
  @HttpCode(200)
  @ProposalStepRoles('RETURN_FOR_PAPERS')
  async returnForPapers(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams, @Body() dto: ReturnForPapersDto) {
    return { status: await this.proposals.performStep(actor, id, 'return-for-papers', dto) };
  }

  @Post(':id/resubmit')
  @HttpCode(200)
  @ProposalStepRoles('RESUBMIT')
  async resubmit(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams, @Body() dto: ResubmitDto) {
    return { status: await this.proposals.performStep(actor, id, 'resubmit', dto) };
  }

  @Post(':id/written-votes')
  @HttpCode(200)
  @ProposalStepRoles('RECORD_WRITTEN_VOTE')
  async recordWrittenVote(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams, @Body() dto: WrittenVoteDto) {
    return { votes: await this.proposals.recordWrittenVote(actor, id, dto) };
  }

  @Post(':id/posting/extend')
  @HttpCode(200)
  @ProposalStepRoles('EXTEND_POSTING')
  async extendPosting(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams, @Body() dto: ExtendPostingDto) {
    return { status: await this.proposals.performStep(actor, id, 'extend-posting', dto) };
  }

  @Get(':id/objections')
  @Roles('OFFICER')
  listObjections(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams) {
    return this.objections.list(actor, id);
  }

  @Post(':id/objections/:objectionId/resolve')
  @HttpCode(200)
  @ProposalStepRoles('RESOLVE_OBJECTION')
  async resolveObjection(@CurrentActor() actor: RequestActor, @Param() { id, objectionId }: ObjectionParams, @Body() dto: ResolveObjectionDto) {
    return { status: await this.proposals.resolveObjection(actor, id, objectionId, dto) };
  }

  @Post(':id/objections/dismiss')
  @HttpCode(200)
  @ProposalStepRoles('RESOLVE_OBJECTION')
  async dismissObjections(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams, @Body() dto: DismissObjectionsDto) {
    return { status: await this.proposals.performStep(actor, id, 'dismiss-objections', dto) };
  }

  @Post(':id/higher-level-result')
  @HttpCode(200)
  @ProposalStepRoles('RECORD_HIGHER_LEVEL_RESULT')
  async recordHigherLevelResult(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams, @Body() dto: HigherLevelResultDto) {
    return { status: await this.proposals.performStep(actor, id, 'record-higher-level-result', dto) };
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ProposalStepRoles('RETRY_STUCK_STEP')
  @ApiOkResponse({ description: 'Bước đã lỗi được thực hiện lại sau khi dữ liệu đã được sửa; trả về tên bước.' })
  async retryStuckStep(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams, @Body() dto: RetryStuckStepDto) {
    return { step: await this.proposals.performStep(actor, id, 'retry-stuck-step', dto) };
  }

  /** Any step described in PROPOSAL_STEP_INPUTS, by its address; the routes above are its older, named addresses. */
  @GenericStepRoute(PROPOSAL_STEP_ROUTES, {
    summaryVi: 'Thực hiện một bước xử lý hồ sơ theo tên bước',
    resultVi: 'kết quả của bước (trạng thái mới, kết quả kiểm phiếu, số lần gửi lại hoặc tên bước được thử lại)',
  })
  async performStep(@CurrentActor() actor: RequestActor, @Param() { id, step }: ProposalStepParams, @Body() body: unknown) {
    const input = await restStepInput(PROPOSAL_STEP_ROUTES.generic(step), body);
    return { result: await this.proposals.performStep(actor, id, step, input) };
  }
}
