import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { TEXT_LIMITS } from '@khenthuong/domain';

export class LoginDto {
  @ApiProperty({ example: 'canbo.vp' })
  @IsString({ message: 'Tên đăng nhập phải là chuỗi ký tự.' })
  @Length(2, TEXT_LIMITS.username, { message: `Tên đăng nhập dài từ 2 đến ${TEXT_LIMITS.username} ký tự.` })
  username!: string;

  @ApiProperty({ example: 'matkhau-demo' })
  @IsString({ message: 'Mật khẩu phải là chuỗi ký tự.' })
  @Length(1, 200, { message: 'Mật khẩu dài tối đa 200 ký tự.' })
  password!: string;
}

export class LoginResponseDto {
  @ApiProperty() token!: string;
  @ApiProperty() expiresAt!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
}
