import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { AwardTitle, REPORTING_PERIODS, TARGET_COMPARISONS, TARGET_VALUE_KINDS, type ReportingPeriod, type TargetComparison, type TargetValueKind } from '@khenthuong/domain';
import { MaxDecimalPlaces } from '../common/decimal-places';
import { trimmed } from '../common/validation';
import { MultiLine } from '../common/multi-line';

const toNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);

export class PlanMovementDto {
  @ApiProperty({ example: 'Thi đua xây dựng đô thị văn minh kiểu mẫu' })
  @Transform(trimmed)
  @IsString({ message: 'Tên phong trào phải là chuỗi ký tự.' })
  @Length(3, 500, { message: 'Tên phong trào dài từ 3 đến 500 ký tự.' })
  title!: string;

  @ApiProperty({ type: [String] })
  @IsArray({ message: 'Chủ đề của phong trào phải là danh sách.' })
  @ArrayMaxSize(30, { message: 'Mỗi phong trào có tối đa 30 chủ đề.' })
  @IsString({ each: true, message: 'Chủ đề phải là chuỗi ký tự.' })
  @Length(2, 500, { each: true, message: 'Chủ đề dài từ 2 đến 500 ký tự.' })
  themes!: string[];
}

export class CreateTargetDto {
  @ApiProperty({ example: 'Giải quyết việc làm mới' })
  @Transform(trimmed)
  @IsString({ message: 'Tên chỉ tiêu phải là chuỗi ký tự.' })
  @Length(3, 500, { message: 'Tên chỉ tiêu dài từ 3 đến 500 ký tự.' })
  name!: string;

  @ApiProperty({ example: 'lao động' })
  @Transform(trimmed)
  @IsString({ message: 'Đơn vị tính phải là chuỗi ký tự.' })
  @Length(1, 50, { message: 'Đơn vị tính dài từ 1 đến 50 ký tự.' })
  unitOfMeasure!: string;

  @ApiProperty({ example: 172 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Giá trị chỉ tiêu phải là số (tối đa 4 chữ số thập phân).' })
  @MaxDecimalPlaces(4, { message: 'Giá trị chỉ tiêu phải là số (tối đa 4 chữ số thập phân).' })
  @Min(0, { message: 'Giá trị chỉ tiêu không được âm.' })
  @Max(1e12, { message: 'Giá trị chỉ tiêu quá lớn.' })
  targetValue!: number;

  @ApiProperty({ enum: TARGET_COMPARISONS })
  @IsIn(TARGET_COMPARISONS, { message: 'Phép so sánh phải là GTE (≥), LTE (≤), LT (<), GT (>) hoặc EQ (=).' })
  comparison!: TargetComparison;

  @ApiProperty({ enum: TARGET_VALUE_KINDS, description: 'CUMULATIVE: số cộng dồn từ đầu năm; LEVEL: tỷ lệ, trạng thái tại cuối kỳ.' })
  @IsIn(TARGET_VALUE_KINDS, { message: 'Loại số liệu phải là CUMULATIVE (cộng dồn) hoặc LEVEL (tại thời điểm).' })
  valueKind!: TargetValueKind;

  @ApiProperty()
  @IsUUID('all', { message: 'Đơn vị chịu trách nhiệm không hợp lệ.' })
  responsibleUnitId!: string;

  @ApiProperty({ example: 'Báo cáo của công chức Lao động - Thương binh và Xã hội' })
  @Transform(trimmed)
  @IsString({ message: 'Nguồn số liệu phải là chuỗi ký tự.' })
  @Length(3, 500, { message: 'Nguồn số liệu dài từ 3 đến 500 ký tự.' })
  dataSource!: string;

  @ApiProperty({ enum: REPORTING_PERIODS })
  @IsIn(REPORTING_PERIODS, { message: 'Kỳ báo cáo phải là MONTH, QUARTER, HALF_YEAR hoặc YEAR.' })
  reportingPeriod!: ReportingPeriod;
}

export class CreatePlanDto {
  @ApiProperty({ enum: ['YEAR', 'CAMPAIGN'] })
  @IsIn(['YEAR', 'CAMPAIGN'], { message: 'Loại kế hoạch phải là YEAR (năm) hoặc CAMPAIGN (đợt thi đua ngắn hạn).' })
  kind!: 'YEAR' | 'CAMPAIGN';

  @ApiProperty({ example: 2024 })
  @IsInt({ message: 'Năm kế hoạch phải là số nguyên.' })
  @Min(2024, { message: 'Năm kế hoạch phải từ 2024 (Luật Thi đua, khen thưởng 2022 có hiệu lực).' })
  @Max(2100, { message: 'Năm kế hoạch không hợp lệ.' })
  year!: number;

  @ApiProperty({ example: 'Phát động các phong trào thi đua năm 2024' })
  @Transform(trimmed)
  @IsString({ message: 'Tên kế hoạch phải là chuỗi ký tự.' })
  @Length(5, 300, { message: 'Tên kế hoạch dài từ 5 đến 300 ký tự.' })
  title!: string;

  @ApiProperty({ example: 'Rõ việc, quyết liệt, linh hoạt, về đích' })
  @Transform(trimmed)
  @IsString({ message: 'Phương châm phải là chuỗi ký tự.' })
  @Length(3, 300, { message: 'Phương châm dài từ 3 đến 300 ký tự.' })
  motto!: string;

  @ApiProperty({ type: [String] })
  @IsArray({ message: 'Căn cứ pháp lý phải là danh sách.' })
  @ArrayMinSize(1, { message: 'Cần ít nhất một căn cứ ban hành kế hoạch.' })
  @ArrayMaxSize(20, { message: 'Tối đa 20 căn cứ.' })
  @IsString({ each: true, message: 'Căn cứ phải là chuỗi ký tự.' })
  @Length(10, 1000, { each: true, message: 'Mỗi căn cứ dài từ 10 đến 1000 ký tự.' })
  legalBases!: string[];

  @ApiProperty({ type: [PlanMovementDto] })
  @IsArray({ message: 'Phong trào thi đua phải là danh sách.' })
  @ArrayMaxSize(30, { message: 'Tối đa 30 phong trào.' })
  @ValidateNested({ each: true })
  @Type(() => PlanMovementDto)
  movements!: PlanMovementDto[];

  @ApiPropertyOptional({ description: 'Mặc định 01/01 của năm kế hoạch; bắt buộc với đợt thi đua ngắn hạn.' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Ngày bắt đầu phải có dạng YYYY-MM-DD.' })
  startsOn?: string;

  @ApiPropertyOptional({ description: 'Mặc định 31/12 của năm kế hoạch; bắt buộc với đợt thi đua ngắn hạn.' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Ngày kết thúc phải có dạng YYYY-MM-DD.' })
  endsOn?: string;

  @ApiProperty({ example: '2024-03-15' })
  @IsDateString({ strict: true }, { message: 'Hạn đăng ký thi đua phải có dạng YYYY-MM-DD.' })
  registrationDeadline!: string;

  @ApiPropertyOptional({ description: 'Số ngày sau khi hết kỳ mà báo cáo được coi là chậm (mặc định 10).' })
  @IsOptional()
  @IsInt({ message: 'Số ngày gia hạn báo cáo phải là số nguyên.' })
  @Min(0, { message: 'Số ngày gia hạn báo cáo không được âm.' })
  @Max(90, { message: 'Số ngày gia hạn báo cáo tối đa 90.' })
  reportGraceDays?: number;

  @ApiPropertyOptional({ type: [CreateTargetDto] })
  @IsOptional()
  @IsArray({ message: 'Chỉ tiêu phải là danh sách.' })
  @ArrayMaxSize(100, { message: 'Tối đa 100 chỉ tiêu.' })
  @ValidateNested({ each: true })
  @Type(() => CreateTargetDto)
  targets?: CreateTargetDto[];
}

export class OwnTargetDto {
  @ApiProperty({ example: 'Tỷ lệ trẻ ra lớp' })
  @Transform(trimmed)
  @IsString({ message: 'Tên chỉ tiêu đăng ký phải là chuỗi ký tự.' })
  @Length(2, 300, { message: 'Tên chỉ tiêu đăng ký dài từ 2 đến 300 ký tự.' })
  name!: string;

  @ApiProperty({ example: '100%' })
  @Transform(trimmed)
  @IsString({ message: 'Mức đăng ký phải là chuỗi ký tự.' })
  @Length(1, 100, { message: 'Mức đăng ký dài từ 1 đến 100 ký tự.' })
  value!: string;
}

export class RegisterDto {
  @ApiProperty({ enum: ['UNIT', 'PERSON'] })
  @IsIn(['UNIT', 'PERSON'], { message: 'Đối tượng đăng ký phải là UNIT (tập thể) hoặc PERSON (cá nhân).' })
  registrantKind!: 'UNIT' | 'PERSON';

  @ApiPropertyOptional({ description: 'Cá nhân đăng ký (khi registrantKind = PERSON), thuộc đơn vị của người đăng ký.' })
  @IsOptional()
  @IsUUID('all', { message: 'Mã cá nhân không hợp lệ.' })
  personId?: string;

  @ApiPropertyOptional({ description: 'Chỉ công chức Văn phòng - Thống kê: đăng ký thay cho đơn vị này.' })
  @IsOptional()
  @IsUUID('all', { message: 'Mã đơn vị không hợp lệ.' })
  unitId?: string;

  @ApiProperty({ enum: AwardTitle, isArray: true })
  @IsArray({ message: 'Danh hiệu đăng ký phải là danh sách.' })
  @ArrayMinSize(1, { message: 'Cần đăng ký ít nhất một danh hiệu thi đua.' })
  @ArrayMaxSize(5, { message: 'Tối đa 5 danh hiệu.' })
  @IsEnum(AwardTitle, { each: true, message: 'Danh hiệu đăng ký không hợp lệ.' })
  titles!: AwardTitle[];

  @ApiProperty({ type: [OwnTargetDto] })
  @IsArray({ message: 'Chỉ tiêu đăng ký phải là danh sách.' })
  @ArrayMaxSize(50, { message: 'Tối đa 50 chỉ tiêu đăng ký.' })
  @ValidateNested({ each: true })
  @Type(() => OwnTargetDto)
  ownTargets!: OwnTargetDto[];
}

export class RemindDto {
  @ApiPropertyOptional({ description: 'Các đơn vị cần nhắc; mặc định tất cả đơn vị chưa đăng ký.' })
  @IsOptional()
  @IsArray({ message: 'Danh sách đơn vị phải là danh sách.' })
  @IsUUID('all', { each: true, message: 'Mã đơn vị không hợp lệ.' })
  unitIds?: string[];

  @MultiLine()
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'Nội dung nhắc phải là chuỗi ký tự.' })
  @Length(5, 2000, { message: 'Nội dung nhắc dài từ 5 đến 2000 ký tự.' })
  message?: string;
}

/** Form fields beside the evidence file (multipart/form-data: strings, hence the conversions). */
export class ProgressReportDto {
  @ApiProperty({ example: '2024-Q1', description: 'YYYY-Mmm, YYYY-Qn, YYYY-Hn hoặc YYYY-Y, theo kỳ báo cáo của chỉ tiêu.' })
  @IsString({ message: 'Kỳ báo cáo phải là chuỗi ký tự.' })
  @Matches(/^\d{4}-(M\d{2}|Q[1-4]|H[12]|Y)$/, { message: 'Kỳ báo cáo phải có dạng 2024-M03, 2024-Q1, 2024-H1 hoặc 2024-Y.' })
  periodKey!: string;

  @ApiProperty({ example: 45 })
  @Transform(toNumber)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Giá trị thực hiện phải là số (tối đa 4 chữ số thập phân).' })
  @MaxDecimalPlaces(4, { message: 'Giá trị thực hiện phải là số (tối đa 4 chữ số thập phân).' })
  @Min(0, { message: 'Giá trị thực hiện không được âm.' })
  @Max(1e12, { message: 'Giá trị thực hiện quá lớn.' })
  value!: number;

  @MultiLine()
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'Ghi chú phải là chuỗi ký tự.' })
  @Length(0, 2000, { message: 'Ghi chú dài tối đa 2000 ký tự.' })
  note?: string;
}

export class PlanIdParams {
  @IsUUID('all', { message: 'Mã kế hoạch không hợp lệ.' })
  id!: string;
}

export class PlanTargetParams extends PlanIdParams {
  @IsUUID('all', { message: 'Mã chỉ tiêu không hợp lệ.' })
  targetId!: string;
}

export class PlanListQuery {
  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'Năm phải là số nguyên.' })
  @Min(2000, { message: 'Năm không hợp lệ.' })
  @Max(2100, { message: 'Năm không hợp lệ.' })
  year?: number;
}

export class AsOfQuery {
  @ApiPropertyOptional({ description: 'Ngày tính tiến độ (mặc định hôm nay).' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Ngày tính tiến độ phải có dạng YYYY-MM-DD.' })
  asOf?: string;
}

export class StatisticsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'Năm phải là số nguyên.' })
  @Min(2000, { message: 'Năm không hợp lệ.' })
  @Max(2100, { message: 'Năm không hợp lệ.' })
  year?: number;
}

export class CandidateProposalsDto {
  @ApiPropertyOptional({ description: 'Đợt khen thưởng (đang nhận hồ sơ, cùng năm với kế hoạch) nhận các hồ sơ đề nghị.' })
  @IsOptional()
  @IsUUID('all', { message: 'Đợt khen thưởng không hợp lệ.' })
  roundId?: string;
}
