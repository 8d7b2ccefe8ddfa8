import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { RequestActor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { RoundStepRoles } from '../auth/step-roles';
import { GenericStepRoute } from '../steps/generic-step-route';
import { restStepInput } from '../steps/step-body';
import { ExtendPostingDto, RetryStuckStepDto } from '../proposals/proposal.dto';
import { CreateRoundDto, DecideRoundDto, RoundBallotDto, RoundIdParams, RoundStepParams, WrittenRoundBallotDto } from './round.dto';
import { ROUND_STEP_ROUTES } from './round.step-inputs';
import { RoundService } from './round.service';

@ApiTags('rounds')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Dữ liệu gửi lên không hợp lệ (thông báo tiếng Việt theo từng trường).' })
@ApiUnauthorizedResponse({ description: 'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.' })
@ApiForbiddenResponse({ description: 'Vai trò của người dùng không được thực hiện thao tác này.' })
@ApiNotFoundResponse({ description: 'Không tìm thấy hoặc không thuộc phạm vi của người dùng.' })
@ApiConflictResponse({ description: 'Hồ sơ/đợt không ở bước cho phép thao tác này.' })
@ApiUnprocessableEntityResponse({ description: 'Không đáp ứng điều kiện theo quy định (nêu từng lý do và điều khoản).' })
@Controller('api/v1/rounds')
export class RoundController {
  constructor(private readonly rounds: RoundService) {}

  @Post()
  @Roles('OFFICER')
  @ApiCreatedResponse({ description: 'Đã mở đợt mới.' })
  @ApiOkResponse({ description: 'Gửi lại cùng clientKey: trả về đợt đã mở trước đó.' })
  async create(@CurrentActor() actor: RequestActor, @Body() dto: CreateRoundDto, @Res({ passthrough: true }) res: Response) {
    const { created, ...opened } = await this.rounds.create(actor, dto);
    res.status(created ? 201 : 200);
    return opened;
  }

  @Get()
  list(@CurrentActor() actor: RequestActor) {
    return this.rounds.list(actor);
  }

  @Get(':id')
  get(@CurrentActor() actor: RequestActor, @Param() { id }: RoundIdParams) {
    return this.rounds.get(actor, id);
  }

  @Post(':id/close-nominations')
  @HttpCode(200)
  @RoundStepRoles('CLOSE_NOMINATIONS')
  closeNominations(@CurrentActor() actor: RequestActor, @Param() { id }: RoundIdParams) {
    return this.rounds.performStep(actor, id, 'close-nominations', {});
  }

  @Post(':id/council/open')
  @HttpCode(200)
  @RoundStepRoles('OPEN_COUNCIL_SESSION')
  openCouncil(@CurrentActor() actor: RequestActor, @Param() { id }: RoundIdParams) {
    return this.rounds.performStep(actor, id, 'open-council-session', {});
  }

  @Post(':id/ballots')
  @HttpCode(200)
  @RoundStepRoles('CAST_ROUND_BALLOT')
  castBallot(@CurrentActor() actor: RequestActor, @Param() { id }: RoundIdParams, @Body() dto: RoundBallotDto) {
    return this.rounds.castBallot(actor, id, dto);
  }

  @Post(':id/written-ballots')
  @HttpCode(200)
  @RoundStepRoles('RECORD_WRITTEN_BALLOT')
  recordWrittenBallot(@CurrentActor() actor: RequestActor, @Param() { id }: RoundIdParams, @Body() dto: WrittenRoundBallotDto) {
    return this.rounds.recordWrittenBallot(actor, id, dto);
  }

  @Post(':id/council/close')
  @HttpCode(200)
  @RoundStepRoles('CLOSE_COUNCIL_SESSION')
  closeCouncil(@CurrentActor() actor: RequestActor, @Param() { id }: RoundIdParams) {
    return this.rounds.performStep(actor, id, 'close-council-session', {});
  }

  @Post(':id/posting/extend')
  @HttpCode(200)
  @RoundStepRoles('EXTEND_POSTING')
  extendPosting(@CurrentActor() actor: RequestActor, @Param() { id }: RoundIdParams, @Body() dto: ExtendPostingDto) {
    return this.rounds.performStep(actor, id, 'extend-posting', dto);
  }

  @Post(':id/decision')
  @HttpCode(200)
  @RoundStepRoles('DECIDE')
  decide(@CurrentActor() actor: RequestActor, @Param() { id }: RoundIdParams, @Body() dto: DecideRoundDto) {
    return this.rounds.performStep(actor, id, 'decide', dto);
  }

  /** The signer who decided asks for a new signing request on their device while a title's decision awaits it. */
  @Post(':id/signature/resend')
  @HttpCode(200)
  @RoundStepRoles('RESEND_SIGNATURE_REQUEST')
  async resendSignatureRequest(@CurrentActor() actor: RequestActor, @Param() { id }: RoundIdParams) {
    return { attempt: (await this.rounds.performStep(actor, id, 'resend-signature-request', {})).result };
  }

  @Post(':id/retry')
  @HttpCode(200)
  @RoundStepRoles('RETRY_STUCK_STEP')
  retryStuckStep(@CurrentActor() actor: RequestActor, @Param() { id }: RoundIdParams, @Body() dto: RetryStuckStepDto) {
    return this.rounds.performStep(actor, id, 'retry-stuck-step', dto);
  }

  /** Any step described in ROUND_STEP_INPUTS, by its address; the routes above are its older, named addresses. */
  @GenericStepRoute(ROUND_STEP_ROUTES, {
    summaryVi: 'Thực hiện một bước xử lý của đợt theo tên bước',
    resultVi: 'kết quả của bước',
  })
  async performStep(@CurrentActor() actor: RequestActor, @Param() { id, step }: RoundStepParams, @Body() body: unknown) {
    const input = await restStepInput(ROUND_STEP_ROUTES.generic(step), body);
    return this.rounds.performStep(actor, id, step, input);
  }
}
