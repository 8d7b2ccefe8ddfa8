import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { ObjectionService } from '../proposals/objection.service';
import { ObjectionDto, ProposalIdParams } from '../proposals/proposal.dto';

/** Anyone may object to a posted proposal, without an account. */
@ApiTags('public')
@ApiBadRequestResponse({ description: 'Dữ liệu gửi lên không hợp lệ (thông báo tiếng Việt theo từng trường).' })
@ApiNotFoundResponse({ description: 'Không tìm thấy hồ sơ.' })
@ApiConflictResponse({ description: 'Hồ sơ không trong thời gian công khai lấy ý kiến.' })
@ApiTooManyRequestsResponse({ description: 'Gửi quá nhiều ý kiến trong thời gian ngắn.' })
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
