import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { AwardTitle, TEXT_LIMITS } from '@khenthuong/domain';
import { trimmed } from '../common/validation';

export const AWARD_LEVELS = ['PHUONG', 'TINH', 'TRUNG_UONG'] as const;
export type AwardLevelCode = (typeof AWARD_LEVELS)[number];
export const AWARD_SOURCES = ['DECIDED_HERE', 'HIGHER_LEVEL', 'IMPORTED'] as const;

/** The register goes back before the 2022 law: earlier years' lists are what makes the history. */
export const REGISTER_FIRST_YEAR = 1990;
/** A page form sends an empty number field as '': no filter, like a missing one. */
const toInt = ({ value }: { value: unknown }) => (value === '' ? undefined : typeof value === 'string' && /^-?\d{1,6}$/.test(value.trim()) ? Number(value) : value);
const toBool = ({ value }: { value: unknown }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value);

export class IdParams {
  @IsUUID('all', { message: 'Mã không hợp lệ.' })
  id!: string;
}

export class PersonDto {
  @ApiProperty({ example: 'Nguyễn Thị Hoa' })
  @Transform(trimmed)
  @IsString({ message: 'Họ và tên phải là chuỗi ký tự.' })
  @Length(2, TEXT_LIMITS.nomineeName, { message: `Họ và tên dài từ 2 đến ${TEXT_LIMITS.nomineeName} ký tự.` })
  fullName!: string;

  @ApiProperty()
  @IsUUID('all', { message: 'Đơn vị không hợp lệ.' })
  unitId!: string;

  @ApiPropertyOptional({ example: 'Giáo viên' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'Chức vụ phải là chuỗi ký tự.' })
  @Length(2, TEXT_LIMITS.position, { message: `Chức vụ dài từ 2 đến ${TEXT_LIMITS.position} ký tự.` })
  position?: string;

  @ApiPropertyOptional({ enum: ['NAM', 'NU'] })
  @IsOptional()
  @IsIn(['NAM', 'NU'], { message: 'Giới tính phải là nam hoặc nữ.' })
  gender?: 'NAM' | 'NU';

  @ApiPropertyOptional({ example: '1985-04-30' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Ngày sinh không hợp lệ.' })
  @Length(10, 10, { message: 'Ngày sinh không hợp lệ.' })
  dateOfBirth?: string;
}

export class HouseholdDto {
  @ApiProperty({ example: 'Trần Văn Nam' })
  @Transform(trimmed)
  @IsString({ message: 'Tên chủ hộ phải là chuỗi ký tự.' })
  @Length(2, TEXT_LIMITS.nomineeName, { message: `Tên chủ hộ dài từ 2 đến ${TEXT_LIMITS.nomineeName} ký tự.` })
  headName!: string;

  @ApiProperty({ example: 'Số 12, ngõ 5, phố Lạch Tray' })
  @Transform(trimmed)
  @IsString({ message: 'Địa chỉ phải là chuỗi ký tự.' })
  @Length(5, TEXT_LIMITS.address, { message: `Địa chỉ dài từ 5 đến ${TEXT_LIMITS.address} ký tự.` })
  address!: string;

  @ApiProperty()
  @IsUUID('all', { message: 'Tổ dân phố không hợp lệ.' })
  residentialGroupId!: string;
}

export class PeopleQuery {
  @ApiPropertyOptional({ description: 'Tên, không cần dấu.' })
  @IsOptional()
  @IsString({ message: 'Từ khóa phải là chuỗi ký tự.' })
  @Length(0, 100, { message: 'Từ khóa dài tối đa 100 ký tự.' })
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'Đơn vị không hợp lệ.' })
  unitId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'Tham số includeInactive phải là true hoặc false.' })
  includeInactive?: boolean;
}

export class RegisterQuery {
  @ApiPropertyOptional({ description: 'Tên người, hộ, tập thể; không cần dấu.' })
  @IsOptional()
  @IsString({ message: 'Từ khóa phải là chuỗi ký tự.' })
  @Length(0, 100, { message: 'Từ khóa dài tối đa 100 ký tự.' })
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'Đơn vị không hợp lệ.' })
  unitId?: string;

  @ApiPropertyOptional({ enum: AwardTitle })
  @IsOptional()
  @IsEnum(AwardTitle, { message: 'Danh hiệu, hình thức khen thưởng không hợp lệ.' })
  title?: AwardTitle;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'Năm phải là số nguyên.' })
  @Min(REGISTER_FIRST_YEAR, { message: `Năm phải từ ${REGISTER_FIRST_YEAR}.` })
  @Max(2100, { message: 'Năm không hợp lệ.' })
  yearFrom?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'Năm phải là số nguyên.' })
  @Min(REGISTER_FIRST_YEAR, { message: `Năm phải từ ${REGISTER_FIRST_YEAR}.` })
  @Max(2100, { message: 'Năm không hợp lệ.' })
  yearTo?: number;

  @ApiPropertyOptional({ enum: AWARD_LEVELS })
  @IsOptional()
  @IsIn(AWARD_LEVELS, { message: 'Cấp khen thưởng phải là cấp phường, cấp tỉnh hoặc trung ương.' })
  level?: AwardLevelCode;

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'Trang phải là số nguyên.' })
  @Min(1, { message: 'Trang bắt đầu từ 1.' })
  @Max(10_000, { message: 'Trang không hợp lệ.' })
  page?: number;
}

export class RecipientParams {
  @IsIn(['ca-nhan', 'ho-gia-dinh', 'tap-the'], { message: 'Loại đối tượng không hợp lệ.' })
  kind!: 'ca-nhan' | 'ho-gia-dinh' | 'tap-the';

  @IsUUID('all', { message: 'Mã không hợp lệ.' })
  id!: string;
}

/** One award a higher level gave (or an earlier year's award), entered by hand into the register. */
export class AwardRecordDto {
  @ApiProperty({ enum: ['ca-nhan', 'ho-gia-dinh', 'tap-the'] })
  @IsIn(['ca-nhan', 'ho-gia-dinh', 'tap-the'], { message: 'Loại đối tượng phải là cá nhân, hộ gia đình hoặc tập thể.' })
  recipientKind!: 'ca-nhan' | 'ho-gia-dinh' | 'tap-the';

  @ApiProperty()
  @IsUUID('all', { message: 'Đối tượng được khen thưởng không hợp lệ.' })
  recipientId!: string;

  @ApiProperty({ enum: AwardTitle })
  @IsEnum(AwardTitle, { message: 'Danh hiệu, hình thức khen thưởng không hợp lệ.' })
  title!: AwardTitle;

  @ApiProperty({ example: 2025 })
  @Transform(toInt)
  @IsInt({ message: 'Năm phải là số nguyên.' })
  @Min(REGISTER_FIRST_YEAR, { message: `Năm phải từ ${REGISTER_FIRST_YEAR}.` })
  @Max(2100, { message: 'Năm không hợp lệ.' })
  year!: number;

  @ApiProperty({ enum: AWARD_LEVELS })
  @IsIn(AWARD_LEVELS, { message: 'Cấp khen thưởng phải là cấp phường, cấp tỉnh hoặc trung ương.' })
  level!: AwardLevelCode;

  @ApiProperty({ example: '125/QĐ-UBND' })
  @Transform(trimmed)
  @IsString({ message: 'Số quyết định phải là chuỗi ký tự.' })
  @Length(1, TEXT_LIMITS.decisionNumber, { message: `Số quyết định dài từ 1 đến ${TEXT_LIMITS.decisionNumber} ký tự.` })
  decisionNumber!: string;

  @ApiProperty({ example: '2026-01-15' })
  @IsISO8601({ strict: true }, { message: 'Ngày quyết định không hợp lệ.' })
  @Length(10, 10, { message: 'Ngày quyết định không hợp lệ.' })
  decisionDate!: string;

  @ApiProperty({ example: 'Ủy ban nhân dân thành phố Hải Phòng' })
  @Transform(trimmed)
  @IsString({ message: 'Cơ quan quyết định phải là chuỗi ký tự.' })
  @Length(3, TEXT_LIMITS.issuer, { message: `Cơ quan quyết định dài từ 3 đến ${TEXT_LIMITS.issuer} ký tự.` })
  issuer!: string;
}

export class RegisterReportQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'Năm phải là số nguyên.' })
  @Min(REGISTER_FIRST_YEAR, { message: `Năm phải từ ${REGISTER_FIRST_YEAR}.` })
  @Max(2100, { message: 'Năm không hợp lệ.' })
  yearFrom?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'Năm phải là số nguyên.' })
  @Min(REGISTER_FIRST_YEAR, { message: `Năm phải từ ${REGISTER_FIRST_YEAR}.` })
  @Max(2100, { message: 'Năm không hợp lệ.' })
  yearTo?: number;
}

export class DueQuery {
  @ApiProperty({ description: 'Năm đã xét; danh sách là những người có thể đạt danh hiệu vào năm sau.' })
  @Transform(toInt)
  @IsInt({ message: 'Năm phải là số nguyên.' })
  @Min(REGISTER_FIRST_YEAR, { message: `Năm phải từ ${REGISTER_FIRST_YEAR}.` })
  @Max(2100, { message: 'Năm không hợp lệ.' })
  year!: number;
}

/** The page's year: optional, the current year by default. */
export class DuePageQuery {
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'Năm phải là số nguyên.' })
  @Min(REGISTER_FIRST_YEAR, { message: `Năm phải từ ${REGISTER_FIRST_YEAR}.` })
  @Max(2100, { message: 'Năm không hợp lệ.' })
  year?: number;
}
