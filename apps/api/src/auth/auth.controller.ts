import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from './auth.decorators';
import { LoginDto, LoginResponseDto } from './auth.dto';
import { AuthService } from './auth.service';
import { bearerTokenOf } from './auth.guard';

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Tên đăng nhập hoặc mật khẩu không đúng.' })
  @ApiTooManyRequestsResponse({ description: 'Quá nhiều lần đăng nhập sai; thử lại sau.' })
  async login(@Body() dto: LoginDto, @Req() req: Request): Promise<LoginResponseDto> {
    const { token, expiresAt, actor } = await this.auth.login(dto.username, dto.password, req.ip ?? 'unknown');
    return { token, expiresAt: expiresAt.toISOString(), displayName: actor.displayName, roles: actor.roles };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'Phiên đăng nhập đã kết thúc.' })
  @ApiBadRequestResponse({ description: 'Dữ liệu gửi lên không hợp lệ.' })
  @ApiUnauthorizedResponse({ description: 'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.' })
  async logout(@Req() req: Request): Promise<void> {
    await this.auth.logout(bearerTokenOf(req), req.ip ?? 'unknown');
  }
}
