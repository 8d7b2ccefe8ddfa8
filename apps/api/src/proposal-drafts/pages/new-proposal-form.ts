import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { awardDefinition, ruleSetFor, vietnamDateOf, wardAwardTitles, type AwardTitle, type RecipientKind, TEXT_LIMITS } from '@khenthuong/domain';
import type { CreateProposalDto } from '../../proposals/proposal.dto';
import { trimmed } from '../../common/validation';
import { MultiLine } from '../../common/multi-line';

export const currentRuleSet = () => ruleSetFor(vietnamDateOf(new Date()));

/** What the form's buttons ask: submit now ("Nộp hồ sơ") or keep as a draft ("Lưu nháp"). */
export const FORM_ACTIONS = ['nop', 'luu-nhap'] as const;

/**
 * The nomination form of a unit head, or of the officer for the unit they chose; the same rules as
 * POST /api/v1/proposals apply in ProposalService.
 */
export class NewProposalForm {
  /** Rendered into the form once: submitting twice (double click, reload) creates one proposal (or one draft). */
  @IsString({ message: 'Biểu mẫu không hợp lệ, vui lòng tải lại trang.' })
  @Length(8, 100, { message: 'Biểu mẫu không hợp lệ, vui lòng tải lại trang.' })
  clientKey!: string;

  @IsOptional()
  @IsIn(FORM_ACTIONS, { message: 'Biểu mẫu không hợp lệ, vui lòng tải lại trang.' })
  hanhDong?: (typeof FORM_ACTIONS)[number];

  /** The officer's chosen unit (a hidden field once chosen); a unit head's form has none. */
  @IsOptional()
  @IsUUID('all', { message: 'Vui lòng chọn đơn vị đề nghị.' })
  unitId?: string;

  @IsIn(wardAwardTitles(currentRuleSet()), { message: 'Vui lòng chọn danh hiệu thuộc thẩm quyền của Chủ tịch UBND phường.' })
  title!: AwardTitle;

  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'Năm xét khen thưởng phải là số nguyên.' })
  @Min(2024, { message: 'Năm xét khen thưởng phải từ 2024.' })
  @Max(2100, { message: 'Năm xét khen thưởng không hợp lệ.' })
  year!: number;

  /** Sent by a page opened before the name was taken from the registry; ignored (ProposalService names the nominee). */
  @IsOptional()
  @IsString({ message: 'Biểu mẫu không hợp lệ, vui lòng tải lại trang.' })
  nomineeName?: string;

  @IsOptional()
  @IsUUID('all', { message: 'Vui lòng chọn cá nhân trong danh sách của đơn vị.' })
  nomineePersonId?: string;

  @IsOptional()
  @IsUUID('all', { message: 'Vui lòng chọn hộ gia đình trong danh sách của tổ dân phố.' })
  nomineeHouseholdId?: string;

  /** An open round, or none: an ad-hoc (đột xuất) proposal. */
  @IsOptional()
  @IsUUID('all', { message: 'Vui lòng chọn một đợt đang nhận hồ sơ.' })
  roundId?: string;

  @MultiLine()
  @Transform(trimmed)
  @IsString({ message: 'Vui lòng nhập tóm tắt thành tích.' })
  @Length(10, TEXT_LIMITS.achievement, { message: `Tóm tắt thành tích dài từ 10 đến ${TEXT_LIMITS.achievement} ký tự.` })
  achievement!: string;

  // Facts the criteria need (libs/domain checkEligibility); an imported rating overrides the individual ones.
  @IsOptional()
  @Transform(asCount)
  @IsInt({ message: 'Số tháng công tác phải là số nguyên từ 0 đến 12.' })
  @Min(0, { message: 'Số tháng công tác không âm.' })
  @Max(12, { message: 'Số tháng công tác không quá 12.' })
  monthsWorkedInYear?: number;

  @IsOptional()
  @Transform(({ value }) => (value === '' ? undefined : value))
  @IsIn(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'], { message: 'Vui lòng chọn kết quả xếp loại.' })
  rating?: 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';

  @IsOptional()
  @Transform(({ value }) => value === 'on' || value === 'true')
  initiativeRecognised?: boolean;

  @IsOptional()
  @Transform(({ value }) => value === 'on' || value === 'true')
  planCompleted?: boolean;

  @IsOptional()
  @Transform(asCount)
  @IsInt({ message: 'Số thành viên phải là số nguyên dương.' })
  @Min(1, { message: 'Số thành viên ít nhất là 1.' })
  @Max(100000, { message: 'Số thành viên không hợp lệ.' })
  memberCount?: number;

  @IsOptional()
  @Transform(asCount)
  @IsInt({ message: 'Số cá nhân đạt Lao động tiên tiến phải là số nguyên.' })
  @Min(0, { message: 'Số cá nhân đạt Lao động tiên tiến không âm.' })
  @Max(100000, { message: 'Số cá nhân đạt Lao động tiên tiến không hợp lệ.' })
  ldttMemberCount?: number;

  @IsOptional()
  @Transform(({ value }) => value === 'on' || value === 'true')
  registeredAtStartOfYear?: boolean;
}

function asCount({ value }: { value: unknown }): unknown {
  if (value === '' || value === undefined) return undefined;
  return /^\d+$/.test(String(value)) ? Number(value) : value;
}

/** The form's fields that belong to one kind of nominee; the page shows and the server reads only the chosen title's. */
export const FIELDS_BY_KIND: Readonly<Record<RecipientKind, readonly string[]>> = {
  INDIVIDUAL: ['nomineePersonId', 'monthsWorkedInYear', 'rating', 'initiativeRecognised'],
  COLLECTIVE: ['planCompleted', 'memberCount', 'ldttMemberCount'],
  HOUSEHOLD: ['nomineeHouseholdId', 'registeredAtStartOfYear'],
  RESIDENTIAL_GROUP: [],
};
const KIND_FIELDS = new Set(Object.values(FIELDS_BY_KIND).flat());

/** The kind of nominee a title of the ward is for, or null for a title the form does not offer. */
export function nomineeKindOf(title: unknown): RecipientKind | null {
  const ruleSet = currentRuleSet();
  return wardAwardTitles(ruleSet).includes(title as AwardTitle) ? awardDefinition(title as AwardTitle, ruleSet).recipientKind : null;
}

/**
 * The posted fields without those of other kinds of nominee: without script the page shows every
 * field, so what belongs to another title is dropped here rather than validated or sent on.
 */
export function relevantFields(body: Record<string, unknown>): Record<string, unknown> {
  const kind = nomineeKindOf(body.title);
  if (!kind) return body;
  const keep = new Set(FIELDS_BY_KIND[kind]);
  return Object.fromEntries(Object.entries(body).filter(([key]) => !KIND_FIELDS.has(key) || keep.has(key)));
}

/** Saving a draft needs the title and year only; whatever else is filled in is checked as on submission. */
export class DraftForm extends NewProposalForm {}
IsOptional()(DraftForm.prototype, 'achievement');

/** The form's flat fields as the API's nested DTO. */
export function toCreateProposal(form: NewProposalForm): CreateProposalDto {
  const { monthsWorkedInYear, rating, initiativeRecognised, planCompleted, memberCount, ldttMemberCount, registeredAtStartOfYear, nomineeName: _typed, hanhDong: _action, ...rest } = form;
  return { ...rest, facts: { monthsWorkedInYear, rating, initiativeRecognised, planCompleted, memberCount, ldttMemberCount, registeredAtStartOfYear } };
}

/** A saved draft as the form's flat values (the draft page shows the form filled in). */
export function draftFormValues(draft: { title: string; year: number; unitId: string; nomineePersonId: string | null; nomineeHouseholdId: string | null; roundId: string | null; achievement: string | null; facts: Record<string, unknown> }): Record<string, unknown> {
  const facts = Object.fromEntries(Object.entries(draft.facts).filter(([, v]) => v !== undefined && v !== null && v !== false).map(([k, v]) => [k, String(v)]));
  return {
    ...facts,
    title: draft.title,
    year: draft.year,
    unitId: draft.unitId,
    nomineePersonId: draft.nomineePersonId ?? '',
    nomineeHouseholdId: draft.nomineeHouseholdId ?? '',
    roundId: draft.roundId ?? '',
    achievement: draft.achievement ?? '',
  };
}
