import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { ObjectionService } from './objection.service';
import { ObjectionDto, ProposalIdParams } from './proposal.dto';

/** Anyone may object to a posted proposal, without an account. */
@ApiTags('public')
@Controller('api/v1/public/proposals')
export class PublicObjectionController {
  constructor(private readonly objections: ObjectionService) {}

  @Post(':id/objections')
  @Public()
  @ApiCreatedResponse({ description: 'Ý kiến phản ánh đã được ghi nhận.' })
  submit(@Param() { id }: ProposalIdParams, @Body() dto: ObjectionDto) {
    return this.objections.submit(id, dto);
  }
}
