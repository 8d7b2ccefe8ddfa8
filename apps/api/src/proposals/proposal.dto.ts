import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { EligibilityFactsDto } from './eligibility-facts.dto';
import { AwardTitle, type VoteChoice, TEXT_LIMITS } from '@khenthuong/domain';
import { trimmed } from '../common/validation';
import { MultiLine } from '../common/multi-line';
import { OBJECTION_LIMITS } from './objection.service';

export const VOTE_CHOICES: VoteChoice[] = ['AGREE', 'DISAGREE', 'ABSTAIN'];
export const VOTE_CHOICE_MESSAGE = 'Phiếu phải là Đồng ý (AGREE), Không đồng ý (DISAGREE) hoặc Không biểu quyết (ABSTAIN).';


export class CreateProposalDto {
  @ApiPropertyOptional({ description: 'Khóa chống gửi trùng do bên gửi chọn: gửi lại cùng khóa không tạo hồ sơ mới.' })
  @IsOptional()
  @IsString({ message: 'Khóa gửi phải là chuỗi ký tự.' })
  @Length(8, 100, { message: 'Khóa gửi dài từ 8 đến 100 ký tự.' })
  clientKey?: string;

  @ApiPropertyOptional({
    description: 'Đơn vị đề nghị. Cán bộ Văn phòng – Thống kê nhập hồ sơ thay đơn vị: bắt buộc chọn. Trưởng đơn vị: bỏ trống hoặc đúng đơn vị của mình.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Mã đơn vị đề nghị không hợp lệ.' })
  unitId?: string;

  @ApiProperty({ enum: AwardTitle })
  @IsEnum(AwardTitle, { message: 'Danh hiệu/hình thức khen thưởng không hợp lệ.' })
  title!: AwardTitle;

  @ApiProperty({ example: 2026 })
  @IsInt({ message: 'Năm xét khen thưởng phải là số nguyên.' })
  @Min(2024, { message: 'Năm xét khen thưởng phải từ 2024 (Luật Thi đua, khen thưởng 2022 có hiệu lực).' })
  @Max(2100, { message: 'Năm xét khen thưởng không hợp lệ.' })
  year!: number;

  @ApiPropertyOptional({
    example: 'Trường Mầm non Ngô Quyền',
    description: 'Không bắt buộc: tên trên hồ sơ luôn lấy theo danh sách cá nhân, hộ gia đình hoặc đơn vị đã chọn; tên gửi kèm được thay bằng tên đó.',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'Tên cá nhân/tập thể được đề nghị phải là chuỗi ký tự.' })
  @Length(2, TEXT_LIMITS.nomineeName, { message: `Tên cá nhân/tập thể được đề nghị dài từ 2 đến ${TEXT_LIMITS.nomineeName} ký tự.` })
  nomineeName?: string;

  @ApiPropertyOptional({ description: 'Đơn vị được đề nghị (khen thưởng tập thể); chỉ có thể là đơn vị đề nghị; bỏ trống: đơn vị đề nghị.' })
  @IsOptional()
  @IsUUID('all', { message: 'Mã đơn vị được đề nghị không hợp lệ.' })
  nomineeUnitId?: string;

  @ApiPropertyOptional({ description: 'Cá nhân được đề nghị (danh hiệu cá nhân), thuộc đơn vị đề nghị.' })
  @IsOptional()
  @IsUUID('all', { message: 'Mã cá nhân được đề nghị không hợp lệ.' })
  nomineePersonId?: string;

  @ApiPropertyOptional({ description: 'Hộ gia đình được đề nghị (danh hiệu hộ gia đình), thuộc tổ dân phố đề nghị.' })
  @IsOptional()
  @IsUUID('all', { message: 'Mã hộ gia đình được đề nghị không hợp lệ.' })
  nomineeHouseholdId?: string;

  @MultiLine()
  @ApiProperty({ example: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025-2026' })
  @Transform(trimmed)
  @IsString({ message: 'Tóm tắt thành tích phải là chuỗi ký tự.' })
  @Length(10, TEXT_LIMITS.achievement, { message: `Tóm tắt thành tích dài từ 10 đến ${TEXT_LIMITS.achievement} ký tự.` })
  achievement!: string;

  @ApiPropertyOptional({ description: 'Đợt khen thưởng (đợt cuối năm, chuyên đề); bỏ trống: khen thưởng đột xuất.' })
  @IsOptional()
  @IsUUID('all', { message: 'Mã đợt khen thưởng không hợp lệ.' })
  roundId?: string;

  @ApiPropertyOptional({ description: 'Với khen thưởng đột xuất/theo đợt: sự kiện, đợt thi đua được khen (Luật TĐKT 2022 Điều 5: một thành tích khen một lần).' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'Thành tích được khen phải là chuỗi ký tự.' })
  @Length(3, TEXT_LIMITS.achievementRef, { message: `Thành tích được khen dài từ 3 đến ${TEXT_LIMITS.achievementRef} ký tự.` })
  achievementRef?: string;

  @ApiPropertyOptional({ type: EligibilityFactsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EligibilityFactsDto)
  facts?: EligibilityFactsDto;
}

export class CastVoteDto {
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

export class DecideDto {
  @ApiProperty({ description: 'true: ký quyết định khen thưởng; false: không khen thưởng (cần lý do).' })
  @IsBoolean({ message: 'Trường approve phải là true hoặc false.' })
  approve!: boolean;

  @MultiLine()
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Lý do phải là chuỗi ký tự.' })
  @Length(0, 2000, { message: 'Lý do dài tối đa 2000 ký tự.' })
  reason?: string;
}

export class WithdrawDto {
  @MultiLine()
  @ApiProperty()
  @IsString({ message: 'Lý do rút hồ sơ phải là chuỗi ký tự.' })
  @Length(3, 2000, { message: 'Lý do rút hồ sơ dài từ 3 đến 2000 ký tự.' })
  reason!: string;
}

export class RetryStuckStepDto {
  @ApiPropertyOptional({ maxLength: 2000, description: 'Đã sửa gì trước khi thử lại (ghi vào nhật ký).' })
  @IsOptional()
  @IsString({ message: 'Ghi chú phải là chuỗi ký tự.' })
  @Length(0, 2000, { message: 'Ghi chú dài tối đa 2000 ký tự.' })
  note?: string;
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

export class SubmittedProposalDto extends ProposalSummaryDto {
  @ApiProperty({ type: [String], description: 'Lưu ý theo quy định (ví dụ vượt tỷ lệ Chiến sĩ thi đua cơ sở), không ngăn việc nộp.' })
  warnings!: string[];
}

export class ReturnItemDto {
  @ApiProperty({ example: 'Báo cáo thành tích' })
  @IsString({ message: 'Tên giấy tờ phải là chuỗi ký tự.' })
  @Length(2, 300, { message: 'Tên giấy tờ dài từ 2 đến 300 ký tự.' })
  paper!: string;

  @MultiLine()
  @ApiProperty({ example: 'Thiếu xác nhận của thủ trưởng đơn vị' })
  @IsString({ message: 'Lý do phải là chuỗi ký tự.' })
  @Length(3, 2000, { message: 'Lý do dài từ 3 đến 2000 ký tự.' })
  reason!: string;
}

export class ReturnForPapersDto {
  @ApiProperty({ type: [ReturnItemDto] })
  @IsArray({ message: 'Danh sách giấy tờ cần bổ sung phải là mảng.' })
  @ArrayMinSize(1, { message: 'Cần nêu ít nhất một giấy tờ cần bổ sung.' })
  @ArrayMaxSize(30, { message: 'Tối đa 30 giấy tờ mỗi lần trả hồ sơ.' })
  @ValidateNested({ each: true })
  @Type(() => ReturnItemDto)
  items!: ReturnItemDto[];
}

export class ResubmitDto {
  @MultiLine()
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Ghi chú phải là chuỗi ký tự.' })
  @Length(0, 2000, { message: 'Ghi chú dài tối đa 2000 ký tự.' })
  note?: string;
}

export class WrittenVoteDto extends CastVoteDto {
  @ApiProperty({ description: 'Thành viên vắng mặt có phiếu bằng văn bản.' })
  @IsUUID('all', { message: 'Mã thành viên không hợp lệ.' })
  memberUserId!: string;

  @ApiProperty({ description: 'SHA-256 của bản quét phiếu giấy đã lưu.' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'Mã SHA-256 của bản quét phải gồm 64 ký tự hex thường.' })
  scanSha256!: string;
}

export class ExtendPostingDto {
  @ApiProperty({ example: 3 })
  @IsInt({ message: 'Số ngày gia hạn phải là số nguyên.' })
  @Min(1, { message: 'Gia hạn ít nhất 1 ngày làm việc.' })
  @Max(30, { message: 'Gia hạn tối đa 30 ngày làm việc.' })
  workingDays!: number;

  @MultiLine()
  @ApiProperty()
  @IsString({ message: 'Lý do phải là chuỗi ký tự.' })
  @Length(3, 2000, { message: 'Lý do dài từ 3 đến 2000 ký tự.' })
  reason!: string;
}

export class ObjectionDto {
  @ApiProperty({ example: 'Nguyễn Văn Bình' })
  @Transform(trimmed)
  @IsString({ message: 'Họ tên phải là chuỗi ký tự.' })
  @Length(2, TEXT_LIMITS.objectorName, { message: `Họ tên dài từ 2 đến ${TEXT_LIMITS.objectorName} ký tự.` })
  senderName!: string;

  @ApiProperty({ example: '0912345678 hoặc email' })
  @Transform(trimmed)
  @IsString({ message: 'Thông tin liên hệ phải là chuỗi ký tự.' })
  @Length(5, TEXT_LIMITS.objectorContact, { message: `Thông tin liên hệ (điện thoại hoặc thư điện tử) dài từ 5 đến ${TEXT_LIMITS.objectorContact} ký tự.` })
  contact!: string;

  @MultiLine()
  @ApiProperty()
  @IsString({ message: 'Nội dung phải là chuỗi ký tự.' })
  @Length(10, TEXT_LIMITS.objectionContent, { message: `Nội dung phản ánh dài từ 10 đến ${TEXT_LIMITS.objectionContent} ký tự.` })
  text!: string;
}

export class ResolveObjectionDto {
  @ApiProperty({ enum: ['DISMISSED', 'UPHELD_RECONSIDER', 'UPHELD_REJECT'] })
  @IsIn(['DISMISSED', 'UPHELD_RECONSIDER', 'UPHELD_REJECT'], { message: 'Kết quả phải là DISMISSED, UPHELD_RECONSIDER hoặc UPHELD_REJECT.' })
  outcome!: 'DISMISSED' | 'UPHELD_RECONSIDER' | 'UPHELD_REJECT';

  @MultiLine()
  @ApiProperty()
  @IsString({ message: 'Lý do phải là chuỗi ký tự.' })
  @Length(3, 2000, { message: 'Lý do dài từ 3 đến 2000 ký tự.' })
  reason!: string;
}

export class DismissObjectionsDto {
  /** A form with one box ticked sends a single value. */
  @Transform(({ value }) => (typeof value === 'string' ? [value] : value))
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uuid' }, minItems: 1, maxItems: OBJECTION_LIMITS.perProposal })
  @IsArray({ message: 'Chọn ít nhất một ý kiến phản ánh.' })
  @ArrayMinSize(1, { message: 'Chọn ít nhất một ý kiến phản ánh.' })
  @ArrayMaxSize(OBJECTION_LIMITS.perProposal, { message: `Chọn tối đa ${OBJECTION_LIMITS.perProposal} ý kiến phản ánh mỗi lần.` })
  @IsUUID('all', { each: true, message: 'Mã ý kiến phản ánh không hợp lệ.' })
  objectionIds!: string[];

  @MultiLine()
  @ApiProperty()
  @IsString({ message: 'Lý do phải là chuỗi ký tự.' })
  @Length(3, 2000, { message: 'Lý do dài từ 3 đến 2000 ký tự.' })
  reason!: string;
}

export class ProposalStepParams extends ProposalIdParams {
  @IsString({ message: 'Bước xử lý không hợp lệ.' })
  step!: string;
}

export class ObjectionParams {
  @IsUUID('all', { message: 'Mã hồ sơ không hợp lệ.' })
  id!: string;
  @IsUUID('all', { message: 'Mã ý kiến phản ánh không hợp lệ.' })
  objectionId!: string;
}

export class HigherLevelResultDto {
  @ApiProperty() @IsBoolean({ message: 'Trường approved phải là true hoặc false.' }) approved!: boolean;

  @ApiProperty({ example: 'Ủy ban nhân dân thành phố Hải Phòng' })
  @IsString({ message: 'Cơ quan quyết định phải là chuỗi ký tự.' })
  @Length(3, 300, { message: 'Tên cơ quan quyết định dài từ 3 đến 300 ký tự.' })
  issuer!: string;

  @ApiPropertyOptional({ example: '125/QĐ-UBND' })
  @IsOptional()
  @IsString({ message: 'Số quyết định phải là chuỗi ký tự.' })
  @Length(3, 50, { message: 'Số quyết định dài từ 3 đến 50 ký tự.' })
  decisionNumber?: string;

  @ApiPropertyOptional({ example: '2026-12-20' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Ngày quyết định phải có dạng YYYY-MM-DD.' })
  @Length(10, 10, { message: 'Ngày quyết định phải có dạng YYYY-MM-DD.' })
  decisionDate?: string;

  @MultiLine()
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Ghi chú phải là chuỗi ký tự.' })
  @Length(0, 2000, { message: 'Ghi chú dài tối đa 2000 ký tự.' })
  note?: string;
}
