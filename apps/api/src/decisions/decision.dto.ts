import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { MultiLine } from '../common/multi-line';

export class DecisionIdParams {
  @IsUUID('all', { message: 'Mã quyết định không hợp lệ.' })
  id!: string;
}

export class RevocationIdParams {
  @IsUUID('all', { message: 'Mã yêu cầu thu hồi không hợp lệ.' })
  id!: string;
}

export class RevokeDecisionDto {
  @MultiLine()
  @ApiProperty({ description: 'Lý do thu hồi, in trong quyết định thu hồi.' })
  @IsString({ message: 'Lý do thu hồi phải là chuỗi ký tự.' })
  @Length(10, 2000, { message: 'Lý do thu hồi dài từ 10 đến 2000 ký tự.' })
  reason!: string;

  @ApiPropertyOptional({ type: [String], description: 'Các hồ sơ bị thu hồi; bỏ trống để thu hồi toàn bộ quyết định.' })
  @IsOptional()
  @IsArray({ message: 'Danh sách hồ sơ phải là mảng.' })
  @ArrayMinSize(1, { message: 'Danh sách hồ sơ không được rỗng; bỏ trường này để thu hồi toàn bộ.' })
  @ArrayMaxSize(10000, { message: 'Danh sách hồ sơ quá dài.' })
  @ArrayUnique({ message: 'Danh sách hồ sơ có mã trùng nhau.' })
  @IsUUID('all', { each: true, message: 'Mã hồ sơ không hợp lệ.' })
  proposalIds?: string[];
}
