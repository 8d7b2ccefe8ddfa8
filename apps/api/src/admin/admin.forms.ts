import { Transform } from 'class-transformer';
import { ArrayMinSize, IsArray, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ROLES, type DayOffStatus, type Role } from '@khenthuong/domain';
import { trimmed } from '../common/validation';

/** One ticked checkbox arrives as a string, several as an array. */
const asList = ({ value }: { value: unknown }) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const asInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);

export class RolesAndUnitFields {
  @Transform(asList)
  @IsArray({ message: 'Vui lòng chọn ít nhất một vai trò.' })
  @ArrayMinSize(1, { message: 'Vui lòng chọn ít nhất một vai trò.' })
  @IsIn(ROLES, { each: true, message: 'Vai trò không hợp lệ.' })
  roles!: Role[];

  @IsOptional()
  @IsUUID('all', { message: 'Vui lòng chọn đơn vị trong danh sách.' })
  unitId?: string;

  /** Where the user's notices are also e-mailed; left empty, none are. */
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() || undefined : value))
  @IsOptional()
  @MaxLength(254, { message: 'Địa chỉ thư điện tử dài tối đa 254 ký tự.' })
  @IsEmail({}, { message: 'Địa chỉ thư điện tử không hợp lệ (ví dụ: canbo@phuong.gov.vn).' })
  email?: string;
}

export class UpdateUserForm extends RolesAndUnitFields {}

export class ResetPasswordForm {
  @IsString({ message: 'Vui lòng nhập mật khẩu.' })
  @Length(10, 200, { message: 'Mật khẩu dài từ 10 đến 200 ký tự.' })
  password!: string;
}

export class CreateUserForm extends RolesAndUnitFields {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString({ message: 'Vui lòng nhập tên đăng nhập.' })
  @Matches(/^[a-z0-9][a-z0-9._-]{2,49}$/, { message: 'Tên đăng nhập dài 3–50 ký tự, gồm chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.' })
  username!: string;

  @Transform(trimmed)
  @IsString({ message: 'Vui lòng nhập họ và tên.' })
  @Length(2, 200, { message: 'Họ và tên dài từ 2 đến 200 ký tự.' })
  displayName!: string;

  @IsString({ message: 'Vui lòng nhập mật khẩu ban đầu.' })
  @Length(10, 200, { message: 'Mật khẩu ban đầu dài từ 10 đến 200 ký tự.' })
  password!: string;
}

export const UNIT_KINDS = ['BO_PHAN', 'TO_DAN_PHO', 'TRUONG_HOC', 'TRAM_Y_TE', 'CO_QUAN', 'DOAN_THE'] as const;
export const UNIT_KIND_VI: Record<(typeof UNIT_KINDS)[number], string> = {
  BO_PHAN: 'Bộ phận chuyên môn',
  TO_DAN_PHO: 'Tổ dân phố',
  TRUONG_HOC: 'Trường học',
  TRAM_Y_TE: 'Trạm y tế',
  CO_QUAN: 'Cơ quan',
  DOAN_THE: 'Đoàn thể',
};

export class RenameUnitForm {
  @Transform(trimmed)
  @IsString({ message: 'Vui lòng nhập tên đơn vị.' })
  @Length(2, 200, { message: 'Tên đơn vị dài từ 2 đến 200 ký tự.' })
  name!: string;
}

export class CreateUnitForm extends RenameUnitForm {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString({ message: 'Vui lòng nhập mã đơn vị.' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,49}$/, { message: 'Mã đơn vị dài 2–50 ký tự, gồm chữ thường không dấu, số và gạch ngang.' })
  code!: string;

  @IsIn(UNIT_KINDS, { message: 'Vui lòng chọn loại đơn vị.' })
  kind!: (typeof UNIT_KINDS)[number];
}

export class CreateCouncilForm {
  @Transform(trimmed)
  @IsString({ message: 'Vui lòng nhập tên Hội đồng.' })
  @Length(5, 300, { message: 'Tên Hội đồng dài từ 5 đến 300 ký tự.' })
  name!: string;

  @Transform(asInt)
  @IsInt({ message: 'Năm bắt đầu nhiệm kỳ phải là số nguyên.' })
  @Min(2000, { message: 'Năm bắt đầu nhiệm kỳ không hợp lệ.' })
  @Max(2100, { message: 'Năm bắt đầu nhiệm kỳ không hợp lệ.' })
  fromYear!: number;

  @Transform(asInt)
  @IsInt({ message: 'Năm kết thúc nhiệm kỳ phải là số nguyên.' })
  @Min(2000, { message: 'Năm kết thúc nhiệm kỳ không hợp lệ.' })
  @Max(2100, { message: 'Năm kết thúc nhiệm kỳ không hợp lệ.' })
  toYear!: number;
}

export const COUNCIL_ROLES = ['CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER'] as const;
export const COUNCIL_ROLE_VI: Record<(typeof COUNCIL_ROLES)[number], string> = {
  CHAIR: 'Chủ tịch Hội đồng',
  VICE_CHAIR: 'Phó Chủ tịch Hội đồng',
  SECRETARY: 'Thư ký Hội đồng',
  MEMBER: 'Ủy viên',
};

export class AddCouncilMemberForm {
  @IsUUID('all', { message: 'Vui lòng chọn người dùng trong danh sách.' })
  userId!: string;

  @IsIn(COUNCIL_ROLES, { message: 'Vui lòng chọn chức danh trong Hội đồng.' })
  councilRole!: (typeof COUNCIL_ROLES)[number];
}

/** Statuses an administrator may add; 'HW' (a holiday on a weekend) is only ever computed. */
export const CALENDAR_STATUSES = ['H', 'C', 'S', 'W'] as const satisfies readonly DayOffStatus[];
export const CALENDAR_STATUS_VI: Record<DayOffStatus, string> = {
  H: 'Nghỉ lễ, Tết',
  HW: 'Lễ, Tết trùng ngày nghỉ hằng tuần',
  C: 'Nghỉ bù',
  S: 'Nghỉ hoán đổi',
  W: 'Làm bù (thứ Bảy)',
};

export class AddCalendarDayForm {
  @IsString({ message: 'Vui lòng nhập ngày.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày phải có dạng YYYY-MM-DD.' })
  date!: string;

  @IsIn(CALENDAR_STATUSES, { message: 'Vui lòng chọn loại ngày.' })
  status!: (typeof CALENDAR_STATUSES)[number];

  @Transform(trimmed)
  @IsString({ message: 'Vui lòng nhập nội dung (dịp nghỉ, làm bù).' })
  @Length(3, 200, { message: 'Nội dung dài từ 3 đến 200 ký tự.' })
  occasion!: string;

  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'Căn cứ phải là chuỗi ký tự.' })
  @Length(3, 300, { message: 'Căn cứ dài từ 3 đến 300 ký tự.' })
  source?: string;
}

export class CalendarYearQuery {
  @IsOptional()
  @Transform(asInt)
  @IsInt({ message: 'Năm phải là số nguyên.' })
  @Min(2024, { message: 'Năm phải từ 2024.' })
  @Max(2100, { message: 'Năm không hợp lệ.' })
  nam?: number;
}

export class AdminIdParams {
  @IsUUID('all', { message: 'Mã không hợp lệ.' })
  id!: string;
}

export class CouncilMemberParams extends AdminIdParams {
  @IsUUID('all', { message: 'Mã không hợp lệ.' })
  memberId!: string;
}
