import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { AwardTitle, normalizeName, type VoteChoice } from '@khenthuong/domain';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeName(value) : value);

export class CreateProposalDto {
  @ApiPropertyOptional({ description: 'Khóa chống gửi trùng do bên gửi chọn: gửi lại cùng khóa không tạo hồ sơ mới.' })
  @IsOptional()
  @IsString({ message: 'Khóa gửi phải là chuỗi ký tự.' })
  @Length(8, 100, { message: 'Khóa gửi dài từ 8 đến 100 ký tự.' })
  clientKey?: string;

  @ApiProperty({ enum: AwardTitle })
  @IsEnum(AwardTitle, { message: 'Danh hiệu/hình thức khen thưởng không hợp lệ.' })
  title!: AwardTitle;

  @ApiProperty({ example: 2026 })
  @IsInt({ message: 'Năm xét khen thưởng phải là số nguyên.' })
  @Min(2024, { message: 'Năm xét khen thưởng phải từ 2024 (Luật Thi đua, khen thưởng 2022 có hiệu lực).' })
  @Max(2100, { message: 'Năm xét khen thưởng không hợp lệ.' })
  year!: number;

  @ApiProperty({ example: 'Trường Mầm non Ngô Quyền' })
  @Transform(trimmed)
  @IsString({ message: 'Tên cá nhân/tập thể được đề nghị phải là chuỗi ký tự.' })
  @Length(2, 200, { message: 'Tên cá nhân/tập thể được đề nghị dài từ 2 đến 200 ký tự.' })
  nomineeName!: string;

  @ApiPropertyOptional({ description: 'Đơn vị được đề nghị (khen thưởng tập thể).' })
  @IsOptional()
  @IsUUID('all', { message: 'Mã đơn vị được đề nghị không hợp lệ.' })
  nomineeUnitId?: string;

  @ApiPropertyOptional({ description: 'Cá nhân được đề nghị.' })
  @IsOptional()
  @IsUUID('all', { message: 'Mã cá nhân được đề nghị không hợp lệ.' })
  nomineePersonId?: string;

  @ApiProperty({ example: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025-2026' })
  @Transform(trimmed)
  @IsString({ message: 'Tóm tắt thành tích phải là chuỗi ký tự.' })
  @Length(10, 4000, { message: 'Tóm tắt thành tích dài từ 10 đến 4000 ký tự.' })
  achievement!: string;
}

export class CastVoteDto {
  @ApiProperty({ enum: ['AGREE', 'DISAGREE', 'ABSTAIN'] })
  @IsIn(['AGREE', 'DISAGREE', 'ABSTAIN'], { message: 'Phiếu phải là Đồng ý (AGREE), Không đồng ý (DISAGREE) hoặc Không biểu quyết (ABSTAIN).' })
  choice!: VoteChoice;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Ý kiến phải là chuỗi ký tự.' })
  @Length(0, 2000, { message: 'Ý kiến dài tối đa 2000 ký tự.' })
  comment?: string;
}

export class DecideDto {
  @ApiProperty({ description: 'true: ký quyết định khen thưởng; false: không khen thưởng (cần lý do).' })
  @IsBoolean({ message: 'Trường approve phải là true hoặc false.' })
  approve!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Lý do phải là chuỗi ký tự.' })
  @Length(0, 2000, { message: 'Lý do dài tối đa 2000 ký tự.' })
  reason?: string;
}

export class WithdrawDto {
  @ApiProperty()
  @IsString({ message: 'Lý do rút hồ sơ phải là chuỗi ký tự.' })
  @Length(3, 2000, { message: 'Lý do rút hồ sơ dài từ 3 đến 2000 ký tự.' })
  reason!: string;
}

export class ProposalIdParams {
  @IsUUID('all', { message: 'Mã hồ sơ không hợp lệ.' })
  id!: string;
}

export class ProposalSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ enum: AwardTitle }) title!: AwardTitle;
  @ApiProperty() titleName!: string;
  @ApiProperty() year!: number;
  @ApiProperty() nomineeName!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() status!: string;
  @ApiProperty() statusName!: string;
  @ApiProperty() ruleSetId!: string;
  @ApiProperty() updatedAt!: string;
}
