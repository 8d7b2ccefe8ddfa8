import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

/** Facts the criteria need that the system does not hold yet (a rating imported for the year overrides the individual ones). */
export class EligibilityFactsDto {
  @ApiPropertyOptional({ description: 'Số tháng công tác trong năm (cá nhân).' })
  @IsOptional()
  @IsInt({ message: 'Số tháng công tác phải là số nguyên.' })
  @Min(0, { message: 'Số tháng công tác không âm.' })
  @Max(12, { message: 'Số tháng công tác không quá 12.' })
  monthsWorkedInYear?: number;

  @ApiPropertyOptional({ enum: ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'], description: 'Kết quả đánh giá, xếp loại năm (cá nhân).' })
  @IsOptional()
  @IsIn(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'], { message: 'Kết quả xếp loại phải là HTXSNV, HTTNV, HTNV hoặc KHTNV.' })
  rating?: 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';

  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'Trường initiativeRecognised phải là true hoặc false.' }) initiativeRecognised?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'Trường researchAccepted phải là true hoặc false.' }) researchAccepted?: boolean;
  @ApiPropertyOptional({ description: 'Sáng kiến, đề tài có phạm vi ảnh hưởng trong tỉnh (Chiến sĩ thi đua cấp tỉnh).' })
  @IsOptional()
  @IsBoolean({ message: 'Trường initiativeWithProvincialEffect phải là true hoặc false.' })
  initiativeWithProvincialEffect?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'Trường disciplined phải là true hoặc false.' }) disciplined?: boolean;
  @ApiPropertyOptional({ description: 'Tập thể hoàn thành nhiệm vụ, kế hoạch năm.' })
  @IsOptional()
  @IsBoolean({ message: 'Trường planCompleted phải là true hoặc false.' })
  planCompleted?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Số thành viên phải là số nguyên.' })
  @Min(1, { message: 'Số thành viên ít nhất là 1.' })
  @Max(100000, { message: 'Số thành viên không hợp lệ.' })
  memberCount?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Số cá nhân đạt Lao động tiên tiến phải là số nguyên.' })
  @Min(0, { message: 'Số cá nhân đạt Lao động tiên tiến không âm.' })
  @Max(100000, { message: 'Số cá nhân đạt Lao động tiên tiến không hợp lệ.' })
  ldttMemberCount?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Số cá nhân bị kỷ luật phải là số nguyên.' })
  @Min(0, { message: 'Số cá nhân bị kỷ luật không âm.' })
  membersDisciplinedAtWarningOrAbove?: number;

  @ApiPropertyOptional({ description: 'Hộ gia đình đăng ký thi đua từ đầu năm (Gia đình văn hóa).' })
  @IsOptional()
  @IsBoolean({ message: 'Trường registeredAtStartOfYear phải là true hoặc false.' })
  registeredAtStartOfYear?: boolean;
}
