import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { normalizeName } from '@khenthuong/domain';
import type { RoundAction, RoundKind } from '@khenthuong/temporal';

const asInteger = ({ value }: { value: unknown }) => (value === '' || value === undefined ? undefined : /^\d+$/.test(String(value)) ? Number(value) : value);

/** After an action the round page is shown again (post/redirect/get) with a note of what was done. */
export const ROUND_DONE_VI = {
  CREATE: 'Đã mở đợt khen thưởng; các đơn vị có thể gửi hồ sơ đề nghị.',
  CLOSE_NOMINATIONS: 'Đã kết thúc nhận hồ sơ của đợt.',
  OPEN_COUNCIL_SESSION: 'Đã đưa các hồ sơ đầy đủ ra phiên họp Hội đồng.',
  CAST_ROUND_BALLOT: 'Đã ghi nhận phiếu biểu quyết của bạn cho cả danh sách.',
  CLOSE_COUNCIL_SESSION: 'Đã kết thúc phiên họp và kiểm phiếu.',
  EXTEND_POSTING: 'Đã gia hạn thời gian công khai của đợt.',
  DECIDE: 'Đã ghi nhận quyết định của Chủ tịch cho danh sách của đợt.',
  RETRY_STUCK_STEP: 'Đã yêu cầu hệ thống thực hiện lại bước bị lỗi của đợt.',
  RESEND_SIGNATURE_REQUEST: 'Đã gửi lại yêu cầu ký số đến thiết bị của người ký.',
} as const satisfies Record<RoundAction | 'CREATE', string>;
export type RoundActionKey = keyof typeof ROUND_DONE_VI;

export class RoundPageQuery {
  @IsOptional()
  @IsIn(Object.keys(ROUND_DONE_VI), { message: 'Tham số không hợp lệ.' })
  done?: RoundActionKey;
}

/** The officer's form to open a round; the same rules as POST /api/v1/rounds apply in RoundService. */
export class CreateRoundForm {
  /** Chosen when the form is shown, so a second click or a retried post opens one round. */
  @IsOptional()
  @IsString({ message: 'Biểu mẫu không hợp lệ, vui lòng tải lại trang.' })
  @Length(8, 100, { message: 'Biểu mẫu không hợp lệ, vui lòng tải lại trang.' })
  clientKey?: string;

  @Transform(({ value }) => (typeof value === 'string' ? normalizeName(value) : value))
  @IsString({ message: 'Vui lòng nhập tên đợt.' })
  @Length(5, 300, { message: 'Tên đợt dài từ 5 đến 300 ký tự.' })
  name!: string;

  @IsIn(['YEAR_END', 'CAMPAIGN', 'CULTURAL_FAMILY'], { message: 'Vui lòng chọn loại đợt.' })
  kind!: RoundKind;

  @Transform(asInteger)
  @IsInt({ message: 'Năm phải là số nguyên.' })
  @Min(2024, { message: 'Năm phải từ 2024.' })
  @Max(2100, { message: 'Năm không hợp lệ.' })
  year!: number;

  @IsISO8601({ strict: true }, { message: 'Vui lòng chọn hạn nhận hồ sơ.' })
  @Length(10, 10, { message: 'Vui lòng chọn hạn nhận hồ sơ.' })
  nominationDeadline!: string;

  @IsOptional()
  @Transform(asInteger)
  @IsInt({ message: 'Số ngày nhắc phải là số nguyên.' })
  @Min(0, { message: 'Số ngày nhắc không âm.' })
  @Max(30, { message: 'Nhắc trước tối đa 30 ngày làm việc.' })
  reminderWorkingDaysBefore?: number;

  @IsOptional()
  @Transform(({ value }) => (value === '1' ? true : value))
  @IsBoolean({ message: 'Lựa chọn bỏ phiếu kín không hợp lệ.' })
  secretBallot?: boolean;
}
