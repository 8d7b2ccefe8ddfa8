import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { AwardTitle } from '@khenthuong/domain';
import { ProposalStatus, type ProposalStepKey } from '@khenthuong/temporal';

// A GET form sends its empty inputs as ''; they mean "no filter".
const emptyAsAbsent = ({ value }: { value: unknown }) => (value === '' ? undefined : value);
const optionalNumber = ({ value }: { value: unknown }) => (value === '' || value === undefined ? undefined : /^\d+$/.test(String(value)) ? Number(value) : value);

export class PageQuery {
  @IsOptional()
  @Transform(optionalNumber)
  @IsInt({ message: 'Số trang phải là số nguyên.' })
  @Min(1, { message: 'Số trang bắt đầu từ 1.' })
  @Max(10_000, { message: 'Số trang quá lớn.' })
  page?: number;
}

/** Filters of the officer's dashboard. */
export class OfficerDashboardQuery extends PageQuery {
  @IsOptional()
  @Transform(emptyAsAbsent)
  @IsEnum(AwardTitle, { message: 'Danh hiệu không hợp lệ.' })
  title?: AwardTitle;

  @IsOptional()
  @Transform(emptyAsAbsent)
  @IsEnum(ProposalStatus, { message: 'Tình trạng không hợp lệ.' })
  status?: ProposalStatus;

  @IsOptional()
  @Transform(emptyAsAbsent)
  @IsUUID('all', { message: 'Mã đơn vị không hợp lệ.' })
  unitId?: string;

  @IsOptional()
  @Transform(optionalNumber)
  @IsInt({ message: 'Năm phải là số nguyên.' })
  @Min(2000, { message: 'Năm không hợp lệ.' })
  @Max(2100, { message: 'Năm không hợp lệ.' })
  year?: number;

  @IsOptional()
  @Transform(emptyAsAbsent)
  @IsString({ message: 'Từ khóa tìm kiếm phải là chuỗi ký tự.' })
  @MaxLength(100, { message: 'Từ khóa tìm kiếm dài tối đa 100 ký tự.' })
  q?: string;

  @IsOptional()
  @Transform(emptyAsAbsent)
  @IsUUID('all', { message: 'Mã đợt khen thưởng không hợp lệ.' })
  roundId?: string;

  /** A checkbox: '1' when ticked, absent otherwise. */
  @IsOptional()
  @Transform(({ value }) => (value === '' || value === undefined ? undefined : value === '1' ? true : value))
  @IsBoolean({ message: 'Bộ lọc quá hạn không hợp lệ.' })
  overdue?: boolean;

  @IsOptional()
  @Transform(emptyAsAbsent)
  @IsIn(['DUE', 'NEWEST'], { message: 'Cách sắp xếp không hợp lệ.' })
  sort?: 'DUE' | 'NEWEST';

  /** Shown after a retry from the dashboard (post/redirect/get). */
  @IsOptional()
  @IsIn(['RETRY_REVOCATION'], { message: 'Tham số không hợp lệ.' })
  done?: 'RETRY_REVOCATION';
}

/** After an action the page is shown again (post/redirect/get) with a note of what was done. */
export const DONE_NOTICES_VI = {
  SUBMIT: 'Đã nộp hồ sơ đề nghị.',
  MARK_COMPLETE: 'Đã xác nhận hồ sơ đầy đủ và chuyển Hội đồng xét.',
  CAST_VOTE: 'Đã ghi nhận phiếu biểu quyết của bạn.',
  CLOSE_COUNCIL_SESSION: 'Đã kết thúc phiên họp Hội đồng.',
  DECIDE: 'Đã ghi nhận quyết định của Chủ tịch.',
  RESEND_SIGNATURE_REQUEST: 'Đã gửi lại yêu cầu ký số đến thiết bị của người ký.',
  WITHDRAW: 'Đã rút hồ sơ.',
  RETURN_FOR_PAPERS: 'Đã trả hồ sơ cho đơn vị để bổ sung.',
  RESUBMIT: 'Đã nộp lại hồ sơ đã bổ sung.',
  RECORD_WRITTEN_VOTE: 'Đã ghi nhận phiếu bằng văn bản của thành viên vắng mặt.',
  EXTEND_POSTING: 'Đã gia hạn thời gian công khai.',
  RESOLVE_OBJECTION: 'Đã ghi nhận kết quả giải quyết ý kiến phản ánh.',
  RECORD_HIGHER_LEVEL_RESULT: 'Đã ghi nhận kết quả của cấp trên.',
  ADD_PAPER: 'Đã đính kèm giấy tờ vào hồ sơ.',
  RETRY_STUCK_STEP: 'Đã yêu cầu hệ thống thực hiện lại bước bị lỗi.',
} as const satisfies Record<ProposalStepKey | 'SUBMIT' | 'ADD_PAPER', string>;

export class ProposalPageQuery {
  @IsOptional()
  @IsIn(Object.keys(DONE_NOTICES_VI), { message: 'Tham số không hợp lệ.' })
  done?: keyof typeof DONE_NOTICES_VI;
}
