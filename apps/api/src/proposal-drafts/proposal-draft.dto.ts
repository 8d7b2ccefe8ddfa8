import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { AwardTitle, DossierPaper } from '@khenthuong/domain';
import { MultiLine } from '../common/multi-line';
import { CreateProposalDto } from '../proposals/proposal.dto';

/**
 * A draft's fields: the nomination's own (same rules and messages as POST /api/v1/proposals), of
 * which only the title and year are needed before submission; submitting checks them all.
 */
export class ProposalDraftFieldsDto extends IntersectionType(
  PickType(CreateProposalDto, ['title', 'year'] as const),
  PartialType(PickType(CreateProposalDto, ['unitId', 'nomineePersonId', 'nomineeHouseholdId', 'nomineeUnitId', 'roundId', 'achievement', 'achievementRef', 'facts'] as const)),
) {}
// The mapped type copies validation, not the multi-line mark the achievement carries.
MultiLine()(ProposalDraftFieldsDto.prototype, 'achievement');

export class CreateProposalDraftDto extends IntersectionType(ProposalDraftFieldsDto, PartialType(PickType(CreateProposalDto, ['clientKey'] as const))) {}
MultiLine()(CreateProposalDraftDto.prototype, 'achievement');

export class DraftIdParams {
  @IsUUID('all', { message: 'Mã hồ sơ nháp không hợp lệ.' })
  id!: string;
}

export class DraftDocumentParams extends DraftIdParams {
  @IsUUID('all', { message: 'Mã giấy tờ không hợp lệ.' })
  docId!: string;
}

export class DraftPaperDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: DossierPaper }) kind!: DossierPaper;
  @ApiProperty() kindName!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() mime!: string;
  @ApiProperty() sha256!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() uploadedBy!: string;
  @ApiProperty() uploadedAt!: string;
}

export class DraftRequiredPaperDto {
  @ApiProperty({ enum: DossierPaper }) kind!: DossierPaper;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Đã có trong hồ sơ nháp (hoặc, trong đợt, đã nộp một lần cho cả danh sách của đơn vị).' }) present!: boolean;
}

export class ProposalDraftSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ enum: AwardTitle }) title!: AwardTitle;
  @ApiProperty() titleName!: string;
  @ApiProperty() year!: number;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Tên theo danh sách của đơn vị; trống khi chưa chọn.' }) nomineeName!: string | null;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() updatedBy!: string;
}

export class ProposalDraftDto extends ProposalDraftSummaryDto {
  @ApiPropertyOptional({ nullable: true, type: String }) nomineePersonId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) nomineeHouseholdId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) nomineeUnitId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) roundId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) achievement!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) achievementRef!: string | null;
  @ApiProperty({ type: Object }) facts!: Record<string, unknown>;
  @ApiProperty({ type: [DraftPaperDto] }) papers!: DraftPaperDto[];
  @ApiProperty({ type: [DraftRequiredPaperDto], description: 'Giấy tờ bắt buộc theo danh hiệu và tình trạng của từng giấy tờ.' }) requiredPapers!: DraftRequiredPaperDto[];
}
