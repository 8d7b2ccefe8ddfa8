import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Max, Min, ValidateIf } from 'class-validator';
import { OmitType } from '@nestjs/swagger';
import { CSRF_FIELD } from '../../auth/web-session';
import { WrittenVoteDto } from '../proposal.dto';
import { MultiLine } from '../../common/multi-line';

/** Rows a return form offers; a browser without JavaScript fills any of them, blank rows are ignored. */
export const RETURN_FORM_ROWS = 5;

const asInteger = ({ value }: { value: unknown }) => (/^\d+$/.test(String(value)) ? Number(value) : value);

/**
 * The numbered row fields of a form (`paper1`, `reason1`, …) as a list of rows; a row whose fields
 * are all blank is dropped, so unused rows of the form mean nothing.
 */
export function formRows<K extends string>(body: unknown, fields: readonly K[], count: number): { rows: Record<K, string>[]; rest: Record<string, unknown> } {
  const rest: Record<string, unknown> = { ...((body ?? {}) as Record<string, unknown>) };
  const rows: Record<K, string>[] = [];
  for (let i = 1; i <= count; i++) {
    const row = {} as Record<K, string>;
    for (const f of fields) {
      const value = rest[`${f}${i}`];
      delete rest[`${f}${i}`];
      row[f] = typeof value === 'string' ? value.trim() : '';
    }
    if (fields.some((f) => row[f] !== '')) rows.push(row);
  }
  return { rows, rest };
}

/** The body without its CSRF token, for forms assembled before validation. */
export function withoutToken(body: Record<string, unknown>): Record<string, unknown> {
  const { [CSRF_FIELD]: _token, ...fields } = body;
  return fields;
}

/** The chairman's decision as the page asks it: sign, or refuse with a reason. */
export class DecideForm {
  @IsIn(['APPROVE', 'REJECT'], { message: 'Vui lòng chọn ký quyết định hoặc không khen thưởng.' })
  decision!: 'APPROVE' | 'REJECT';

  // The workflow refuses a refusal without reason (REASON_REQUIRED); the form says so before asking it.
  @MultiLine()
  @ValidateIf((f: DecideForm) => f.decision === 'REJECT' || f.reason !== undefined)
  @IsString({ message: 'Vui lòng nêu lý do không khen thưởng.' })
  @Length(3, 2000, { message: 'Lý do dài từ 3 đến 2000 ký tự.' })
  reason?: string;
}

export class ExtendPostingForm {
  @Transform(asInteger)
  @IsInt({ message: 'Số ngày gia hạn phải là số nguyên.' })
  @Min(1, { message: 'Gia hạn ít nhất 1 ngày làm việc.' })
  @Max(30, { message: 'Gia hạn tối đa 30 ngày làm việc.' })
  workingDays!: number;

  @MultiLine()
  @IsString({ message: 'Vui lòng nêu lý do gia hạn.' })
  @Length(3, 2000, { message: 'Lý do dài từ 3 đến 2000 ký tự.' })
  reason!: string;
}

export class HigherLevelResultForm {
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'Vui lòng chọn cấp trên đồng ý hay không đồng ý khen thưởng.' })
  approved!: boolean;

  @IsString({ message: 'Vui lòng nhập cơ quan quyết định.' })
  @Length(3, 300, { message: 'Tên cơ quan quyết định dài từ 3 đến 300 ký tự.' })
  issuer!: string;

  @IsOptional()
  @IsString({ message: 'Số quyết định phải là chuỗi ký tự.' })
  @Length(3, 50, { message: 'Số quyết định dài từ 3 đến 50 ký tự.' })
  decisionNumber?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Ngày quyết định không hợp lệ.' })
  @Length(10, 10, { message: 'Ngày quyết định không hợp lệ.' })
  decisionDate?: string;

  @MultiLine()
  @IsOptional()
  @IsString({ message: 'Ghi chú phải là chuỗi ký tự.' })
  @Length(0, 2000, { message: 'Ghi chú dài tối đa 2000 ký tự.' })
  note?: string;
}

/** The written-vote form: the ballot's scan comes as the uploaded file, its SHA-256 is taken on the server. */
export class WrittenVoteForm extends OmitType(WrittenVoteDto, ['scanSha256'] as const) {}
