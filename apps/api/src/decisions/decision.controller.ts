import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { RequestActor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { DecisionIdParams, RevokeDecisionDto } from './decision.dto';
import { DecisionService } from './decision.service';

@ApiTags('decisions')
@ApiBearerAuth()
@Controller('api/v1/decisions')
export class DecisionController {
  constructor(private readonly decisions: DecisionService) {}

  /** Records the request (202): the corrective decision is numbered, printed and archived by the worker. */
  @Post(':id/revoke')
  @HttpCode(202)
  @Roles('CHAIRMAN', 'VICE_CHAIRMAN')
  revoke(@CurrentActor() actor: RequestActor, @Param() { id }: DecisionIdParams, @Body() dto: RevokeDecisionDto) {
    return this.decisions.requestRevocation(actor, id, dto);
  }
}
