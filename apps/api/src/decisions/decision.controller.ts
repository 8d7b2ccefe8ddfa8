import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { RequestActor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { RetryStuckStepDto } from '../proposals/proposal.dto';
import { DecisionIdParams, RevocationIdParams, RevokeDecisionDto } from './decision.dto';
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
  @ApiAcceptedResponse({ description: 'Đã ghi nhận yêu cầu thu hồi; quyết định thu hồi được ban hành ngay sau đó.' })
  @ApiBadRequestResponse({ description: 'Dữ liệu không hợp lệ (nêu từng trường).' })
  @ApiUnauthorizedResponse({ description: 'Chưa đăng nhập.' })
  @ApiForbiddenResponse({ description: 'Chỉ Chủ tịch, Phó Chủ tịch được thu hồi.' })
  @ApiNotFoundResponse({ description: 'Không có quyết định này trong phường.' })
  @ApiConflictResponse({ description: 'Quyết định đã bị thu hồi.' })
  @ApiUnprocessableEntityResponse({ description: 'Hồ sơ nêu không thuộc quyết định.' })
  revoke(@CurrentActor() actor: RequestActor, @Param() { id }: DecisionIdParams, @Body() dto: RevokeDecisionDto) {
    return this.decisions.requestRevocation(actor, id, dto);
  }

  /** The corrective decision failed for good ("cần xử lý"): after the repair, its step runs again. */
  @Post('revocations/:id/retry')
  @HttpCode(200)
  @Roles('OFFICER', 'ADMIN')
  @ApiOkResponse({ description: 'Bước ban hành quyết định thu hồi được thực hiện lại sau khi dữ liệu đã được sửa; trả về tên bước.' })
  @ApiBadRequestResponse({ description: 'Dữ liệu không hợp lệ (nêu từng trường).' })
  @ApiUnauthorizedResponse({ description: 'Chưa đăng nhập.' })
  @ApiForbiddenResponse({ description: 'Chỉ Văn phòng – Thống kê và quản trị viên được thử lại.' })
  @ApiNotFoundResponse({ description: 'Không có yêu cầu thu hồi này trong phường.' })
  @ApiConflictResponse({ description: 'Không có bước nào chờ thử lại, hoặc quyết định thu hồi đã được ban hành.' })
  retryRevocation(@CurrentActor() actor: RequestActor, @Param() { id }: RevocationIdParams, @Body() dto: RetryStuckStepDto) {
    return this.decisions.retryRevocation(actor, id, dto);
  }
}
