import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { RequestActor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { RoundStepRoles } from '../auth/step-roles';
import { ExtendPostingDto, RetryStuckStepDto } from '../proposals/proposal.dto';
import { CreateRoundDto, DecideRoundDto, RoundBallotDto, RoundIdParams, WrittenRoundBallotDto } from './round.dto';
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
    return this.rounds.closeNominations(actor, id);
  }

  @Post(':id/council/open')
  @HttpCode(200)
  @RoundStepRoles('OPEN_COUNCIL_SESSION')
  openCouncil(@CurrentActor() actor: RequestActor, @Param() { id }: RoundIdParams) {
    return this.rounds.openCouncil(actor, id);
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
    return this.rounds.closeCouncil(actor, id);
  }

  @Post(':id/posting/extend')
  @HttpCode(200)
  @RoundStepRoles('EXTEND_POSTING')
  extendPosting(@CurrentActor() actor: RequestActor, @Param() { id }: RoundIdParams, @Body() dto: ExtendPostingDto) {
    return this.rounds.extendPosting(actor, id, dto);
  }

  @Post(':id/decision')
  @HttpCode(200)
  @RoundStepRoles('DECIDE')
  decide(@CurrentActor() actor: RequestActor, @Param() { id }: RoundIdParams, @Body() dto: DecideRoundDto) {
    return this.rounds.decide(actor, id, dto);
  }

  /** The signer who decided asks for a new signing request on their device while a title's decision awaits it. */
  @Post(':id/signature/resend')
  @HttpCode(200)
  @RoundStepRoles('RESEND_SIGNATURE_REQUEST')
  async resendSignatureRequest(@CurrentActor() actor: RequestActor, @Param() { id }: RoundIdParams) {
    return { attempt: await this.rounds.resendSignatureRequest(actor, id) };
  }

  @Post(':id/retry')
  @HttpCode(200)
  @RoundStepRoles('RETRY_STUCK_STEP')
  retryStuckStep(@CurrentActor() actor: RequestActor, @Param() { id }: RoundIdParams, @Body() dto: RetryStuckStepDto) {
    return this.rounds.retryStuckStep(actor, id, dto);
  }
}
