import { Transform } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { normalizeName } from '@khenthuong/domain';
import { PlanIdParams, type CreatePlanDto, type RegisterDto } from '../plan.dto';
import { MultiLine } from '../../common/multi-line';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : value);
const asInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value);
/** Vietnamese decimals are written with a comma: '99,7' is 99.7. */
export const asDecimal = (value: unknown): unknown => (typeof value === 'string' && /^\s*\d+([.,]\d+)?\s*$/.test(value) ? Number(value.trim().replace(',', '.')) : value);
const lines = (text: string | undefined): string[] => (text ?? '').split('\n').map((l) => normalizeName(l)).filter((l) => l !== '');

/** The officer's new plan: lists are written one item a line (no script on the pages to add rows). */
export class CreatePlanForm {
  @IsIn(['YEAR', 'CAMPAIGN'], { message: 'Vui lòng chọn loại kế hoạch.' })
  kind!: 'YEAR' | 'CAMPAIGN';

  @Transform(asInt)
  @IsInt({ message: 'Năm kế hoạch phải là số nguyên.' })
  year!: number;

  @IsString({ message: 'Vui lòng nhập tên kế hoạch.' })
  title!: string;

  @IsString({ message: 'Vui lòng nhập phương châm.' })
  motto!: string;

  @MultiLine()
  @Transform(trimmed)
  @IsString({ message: 'Vui lòng nhập căn cứ ban hành, mỗi căn cứ một dòng.' })
  legalBasesText!: string;

  @MultiLine()
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'Phong trào thi đua phải là văn bản.' })
  movementsText?: string;

  @IsOptional()
  @IsString({ message: 'Ngày bắt đầu phải có dạng YYYY-MM-DD.' })
  startsOn?: string;

  @IsOptional()
  @IsString({ message: 'Ngày kết thúc phải có dạng YYYY-MM-DD.' })
  endsOn?: string;

  @IsString({ message: 'Vui lòng nhập hạn đăng ký thi đua.' })
  registrationDeadline!: string;

  @IsOptional()
  @IsUUID('all', { message: 'Kế hoạch lấy chỉ tiêu không hợp lệ.' })
  copyTargetsFrom?: string;
}

/** 'Title: theme; theme' a line → the API's movements. */
export function toCreatePlan(form: CreatePlanForm): Omit<CreatePlanDto, 'targets'> {
  return {
    kind: form.kind,
    year: form.year,
    title: form.title,
    motto: form.motto,
    legalBases: lines(form.legalBasesText),
    movements: lines(form.movementsText).map((line) => {
      const at = line.indexOf(':');
      if (at < 0) return { title: line, themes: [] };
      return { title: line.slice(0, at).trim(), themes: line.slice(at + 1).split(';').map((t) => t.trim()).filter(Boolean) };
    }),
    registrationDeadline: form.registrationDeadline,
    ...(form.startsOn ? { startsOn: form.startsOn } : {}),
    ...(form.endsOn ? { endsOn: form.endsOn } : {}),
  };
}

export class RegisterForm {
  @IsIn(['UNIT', 'PERSON'], { message: 'Vui lòng chọn đăng ký cho tập thể hay cá nhân.' })
  registrantKind!: 'UNIT' | 'PERSON';

  @IsOptional()
  @IsUUID('all', { message: 'Cá nhân đăng ký không hợp lệ.' })
  personId?: string;

  /** One checkbox per title: a string for one, a list for several. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  titles?: string[];

  @MultiLine()
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'Chỉ tiêu đăng ký phải là văn bản.' })
  @Length(0, 5000, { message: 'Chỉ tiêu đăng ký dài tối đa 5000 ký tự.' })
  ownTargetsText?: string;
}

/** 'Tỷ lệ trẻ ra lớp: 100%' a line; the part after the last colon is the level. */
export function toRegister(form: RegisterForm): RegisterDto {
  return {
    registrantKind: form.registrantKind,
    ...(form.personId ? { personId: form.personId } : {}),
    titles: (form.titles ?? []) as RegisterDto['titles'],
    ownTargets: lines(form.ownTargetsText).map((line) => {
      const at = line.lastIndexOf(':');
      return at < 0 ? { name: line, value: '' } : { name: line.slice(0, at).trim(), value: line.slice(at + 1).trim() };
    }),
  };
}

export class ProposalsForm {
  @IsOptional()
  @IsUUID('all', { message: 'Vui lòng chọn đợt khen thưởng đang nhận hồ sơ.' })
  roundId?: string;
}

export class ProposalsDoneQuery {
  @IsOptional()
  @Transform(asInt)
  @IsInt({ message: 'Tham số không hợp lệ.' })
  @Min(0, { message: 'Tham số không hợp lệ.' })
  @Max(100000, { message: 'Tham số không hợp lệ.' })
  created?: number;

  @IsOptional()
  @Transform(asInt)
  @IsInt({ message: 'Tham số không hợp lệ.' })
  @Min(0, { message: 'Tham số không hợp lệ.' })
  @Max(100000, { message: 'Tham số không hợp lệ.' })
  existing?: number;

  @IsOptional()
  @IsIn(['IMPORTED', 'DUPLICATE'], { message: 'Tham số không hợp lệ.' })
  ratings?: 'IMPORTED' | 'DUPLICATE';
}

/** What a page of the plan says after a redirect (post/redirect/get). */
export const PLAN_DONE_VI = {
  CREATED: 'Đã lập kế hoạch thi đua.',
  TARGET_ADDED: 'Đã thêm chỉ tiêu thi đua.',
  ISSUING: 'Đang ban hành kế hoạch: hệ thống cấp số và in văn bản, vui lòng tải lại trang sau ít giây.',
  REMINDED: 'Đã gửi nhắc nhở tới các đơn vị chưa đăng ký thi đua.',
  REGISTERED: 'Đã ghi nhận đăng ký thi đua.',
  REPORTED: 'Đã ghi nhận số liệu báo cáo.',
  SUMMARY_ISSUING: 'Đang ban hành báo cáo tổng kết: hệ thống cấp số và in văn bản, vui lòng tải lại trang sau ít giây.',
  LIST_RENDERING: 'Đang in danh sách đăng ký thi đua, vui lòng tải lại trang sau ít giây.',
} as const;

export class PlanPageQuery {
  @IsOptional()
  @IsIn(Object.keys(PLAN_DONE_VI), { message: 'Tham số không hợp lệ.' })
  done?: keyof typeof PLAN_DONE_VI;
}

export class ProgressPageQuery {
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Ngày tính tiến độ phải có dạng YYYY-MM-DD.' })
  asOf?: string;

  @IsOptional()
  @Matches(/^REPORTED$/, { message: 'Tham số không hợp lệ.' })
  done?: string;
}

export class EvidenceParams extends PlanIdParams {
  @IsUUID('all', { message: 'Mã báo cáo không hợp lệ.' })
  reportId!: string;
}
