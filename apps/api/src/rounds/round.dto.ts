import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import type { VoteChoice } from '@khenthuong/domain';
import type { RoundKind } from '@khenthuong/temporal';
import { trimmed } from '../common/validation';
import { VOTE_CHOICE_MESSAGE, VOTE_CHOICES } from '../proposals/proposal.dto';
import { MultiLine } from '../common/multi-line';
import { TEXT_LIMITS } from '@khenthuong/domain';


export class CreateRoundDto {
  @ApiPropertyOptional({ description: 'Khóa chống gửi trùng do bên gửi chọn: gửi lại cùng khóa không mở đợt mới.' })
  @IsOptional()
  @IsString({ message: 'Khóa gửi phải là chuỗi ký tự.' })
  @Length(8, 100, { message: 'Khóa gửi dài từ 8 đến 100 ký tự.' })
  clientKey?: string;

  @ApiProperty({ example: 'Đợt xét khen thưởng tổng kết năm 2026' })
  @Transform(trimmed)
  @IsString({ message: 'Tên đợt phải là chuỗi ký tự.' })
  @Length(5, 300, { message: 'Tên đợt dài từ 5 đến 300 ký tự.' })
  name!: string;

  @ApiProperty({ enum: ['YEAR_END', 'CAMPAIGN', 'CULTURAL_FAMILY'] })
  @IsIn(['YEAR_END', 'CAMPAIGN', 'CULTURAL_FAMILY'], { message: 'Loại đợt phải là YEAR_END, CAMPAIGN hoặc CULTURAL_FAMILY.' })
  kind!: RoundKind;

  @ApiProperty({ example: 2026 })
  @IsInt({ message: 'Năm phải là số nguyên.' })
  @Min(2024, { message: 'Năm phải từ 2024 (Luật Thi đua, khen thưởng 2022 có hiệu lực).' })
  @Max(2100, { message: 'Năm không hợp lệ.' })
  year!: number;

  @ApiProperty({ example: '2026-12-15', description: 'Hạn cuối nhận hồ sơ (hết ngày).' })
  @IsISO8601({ strict: true }, { message: 'Hạn nhận hồ sơ phải có dạng YYYY-MM-DD.' })
  @Length(10, 10, { message: 'Hạn nhận hồ sơ phải có dạng YYYY-MM-DD.' })
  nominationDeadline!: string;

  @ApiPropertyOptional({ description: 'Nhắc đơn vị chưa gửi hồ sơ trước hạn bao nhiêu ngày làm việc (mặc định 2).' })
  @IsOptional()
  @IsInt({ message: 'Số ngày nhắc phải là số nguyên.' })
  @Min(0, { message: 'Số ngày nhắc không âm.' })
  @Max(30, { message: 'Nhắc trước tối đa 30 ngày làm việc.' })
  reminderWorkingDaysBefore?: number;

  @ApiPropertyOptional({ description: 'Hội đồng bỏ phiếu kín.' })
  @IsOptional()
  @IsBoolean({ message: 'Trường secretBallot phải là true hoặc false.' })
  secretBallot?: boolean;

  @ApiPropertyOptional({ description: 'Chỉ dùng cho dữ liệu mẫu (máy chủ bật DEMO_ROUNDS): danh sách của đợt được niêm yết trong số giây này thay cho số ngày làm việc luật định.' })
  @IsOptional()
  @IsInt({ message: 'Thời gian niêm yết của đợt mẫu phải là số giây nguyên.' })
  @Min(1, { message: 'Thời gian niêm yết của đợt mẫu từ 1 đến 3600 giây.' })
  @Max(3600, { message: 'Thời gian niêm yết của đợt mẫu từ 1 đến 3600 giây.' })
  demoPostingPeriodSeconds?: number;
}

export class RoundIdParams {
  @IsUUID('all', { message: 'Mã đợt khen thưởng không hợp lệ.' })
  id!: string;
}

export class RoundStepParams extends RoundIdParams {
  @IsString({ message: 'Bước xử lý không hợp lệ.' })
  step!: string;
}

export class BallotExceptionDto {
  @ApiProperty()
  @IsUUID('all', { message: 'Mã hồ sơ không hợp lệ.' })
  proposalId!: string;

  @ApiProperty({ enum: VOTE_CHOICES })
  @IsIn(VOTE_CHOICES, { message: VOTE_CHOICE_MESSAGE })
  choice!: VoteChoice;

  @MultiLine()
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Ý kiến phải là chuỗi ký tự.' })
  @Length(0, TEXT_LIMITS.voteComment, { message: `Ý kiến dài tối đa ${TEXT_LIMITS.voteComment} ký tự.` })
  comment?: string;
}

export class RoundBallotDto {
  @ApiProperty({ enum: VOTE_CHOICES, description: 'Phiếu cho mọi hồ sơ không nêu trong danh sách ngoại lệ ("đồng ý tất cả, trừ …").' })
  @IsIn(VOTE_CHOICES, { message: VOTE_CHOICE_MESSAGE })
  defaultChoice!: VoteChoice;

  @ApiProperty({ type: [BallotExceptionDto] })
  @IsArray({ message: 'Danh sách ngoại lệ phải là mảng.' })
  @ArrayMaxSize(10000, { message: 'Danh sách ngoại lệ quá dài.' })
  @ValidateNested({ each: true })
  @Type(() => BallotExceptionDto)
  exceptions!: BallotExceptionDto[];
}

export class WrittenRoundBallotDto extends RoundBallotDto {
  @ApiProperty()
  @IsUUID('all', { message: 'Mã thành viên không hợp lệ.' })
  memberUserId!: string;

  @ApiProperty()
  @Matches(/^[0-9a-f]{64}$/, { message: 'Mã SHA-256 của bản quét phải gồm 64 ký tự hex thường.' })
  scanSha256!: string;
}

export class StruckNomineeDto {
  @ApiProperty()
  @IsUUID('all', { message: 'Mã hồ sơ không hợp lệ.' })
  proposalId!: string;

  @MultiLine()
  @ApiProperty()
  @IsString({ message: 'Lý do phải là chuỗi ký tự.' })
  @Length(3, 2000, { message: 'Lý do dài từ 3 đến 2000 ký tự.' })
  reason!: string;
}

export class DecideRoundDto {
  @ApiProperty({ description: 'true: ký quyết định cho danh sách (trừ hồ sơ bị gạch); false: không khen thưởng cả danh sách.' })
  @IsBoolean({ message: 'Trường approve phải là true hoặc false.' })
  approve!: boolean;

  @MultiLine()
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Lý do phải là chuỗi ký tự.' })
  @Length(0, 2000, { message: 'Lý do dài tối đa 2000 ký tự.' })
  reason?: string;

  @ApiProperty({ type: [StruckNomineeDto] })
  @IsArray({ message: 'Danh sách gạch tên phải là mảng.' })
  @ValidateNested({ each: true })
  @Type(() => StruckNomineeDto)
  struck!: StruckNomineeDto[];
}
