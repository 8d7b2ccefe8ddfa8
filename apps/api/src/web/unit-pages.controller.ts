import { Body, Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { awardDefinition, PERFORMANCE_RATING_NAMES_VI, ruleSetFor, vietnamDateOf, wardAwardTitles, type AwardTitle, TEXT_LIMITS } from '@khenthuong/domain';
import type { RequestActor } from '../auth/actor';
import { Roles } from '../auth/auth.decorators';
import type { WebRequest } from '../auth/web-session';
import { ApiError, type FieldProblem } from '../common/api-error';
import { ERROR_CATALOG } from '../common/error-catalog';
import { DashboardRepository } from '../dashboard/dashboard.repository';
import type { CreateProposalDto } from '../proposals/proposal.dto';
import { ProposalService } from '../proposals/proposal.service';
import { parseForm, problemsByField } from './form';
import { PageQuery } from './page-query.dto';
import { PageRenderer } from './page-renderer';
import { listItem, pager } from './view-models';
import { WebExceptionFilter } from './web-exception.filter';
import { trimmed } from '../common/validation';
import { MultiLine } from '../common/multi-line';

const currentRuleSet = () => ruleSetFor(vietnamDateOf(new Date()));

/** The unit head's nomination form; the same rules as POST /api/v1/proposals apply in ProposalService. */
class NewProposalForm {
  /** Rendered into the form once: submitting twice (double click, reload) creates one proposal. */
  @IsString({ message: 'Biểu mẫu không hợp lệ, vui lòng tải lại trang.' })
  @Length(8, 100, { message: 'Biểu mẫu không hợp lệ, vui lòng tải lại trang.' })
  clientKey!: string;

  @IsIn(wardAwardTitles(currentRuleSet()), { message: 'Vui lòng chọn danh hiệu thuộc thẩm quyền của Chủ tịch UBND phường.' })
  title!: AwardTitle;

  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'Năm xét khen thưởng phải là số nguyên.' })
  @Min(2024, { message: 'Năm xét khen thưởng phải từ 2024.' })
  @Max(2100, { message: 'Năm xét khen thưởng không hợp lệ.' })
  year!: number;

  @Transform(trimmed)
  @IsString({ message: 'Vui lòng nhập tên cá nhân/tập thể được đề nghị.' })
  @Length(2, TEXT_LIMITS.nomineeName, { message: `Tên cá nhân/tập thể được đề nghị dài từ 2 đến ${TEXT_LIMITS.nomineeName} ký tự.` })
  nomineeName!: string;

  @IsOptional()
  @IsUUID('all', { message: 'Cá nhân được đề nghị không hợp lệ.' })
  nomineePersonId?: string;

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
}

function asCount({ value }: { value: unknown }): unknown {
  if (value === '' || value === undefined) return undefined;
  return /^\d+$/.test(String(value)) ? Number(value) : value;
}

/** The form's flat fields as the API's nested DTO. */
function toCreateProposal(form: NewProposalForm): CreateProposalDto {
  const { monthsWorkedInYear, rating, initiativeRecognised, planCompleted, memberCount, ldttMemberCount, ...rest } = form;
  return { ...rest, facts: { monthsWorkedInYear, rating, initiativeRecognised, planCompleted, memberCount, ldttMemberCount } };
}

/** A unit head's own proposals and the nomination form. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('don-vi')
export class UnitPagesController {
  constructor(
    private readonly dashboard: DashboardRepository,
    private readonly proposals: ProposalService,
    private readonly pages: PageRenderer,
  ) {}

  @Get('ho-so')
  @Roles('UNIT_HEAD')
  async ownProposals(@Req() req: WebRequest, @Res() res: Response, @Query() query: PageQuery): Promise<void> {
    const actor = req.actor!;
    const [result, unitName] = await Promise.all([this.dashboard.unitProposals(actor, query.page ?? 1), this.dashboard.unitName(actor)]);
    await this.pages.send(req, res, 'list', 'Hồ sơ của đơn vị', {
      heading: `Hồ sơ đề nghị của ${unitName ?? 'đơn vị'}`,
      newHref: '/don-vi/de-nghi-moi',
      newLabel: 'Lập đề nghị mới',
      caption: 'Hồ sơ của đơn vị',
      empty: 'Đơn vị chưa có hồ sơ đề nghị nào.',
      rows: result.rows.map(listItem),
      pager: pager(result, '/don-vi/ho-so', query as Record<string, unknown>),
    });
  }

  @Get('de-nghi-moi')
  @Roles('UNIT_HEAD')
  async newForm(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const unitName = await this.dashboard.unitName(req.actor!);
    const values = { clientKey: randomUUID(), year: new Date().getFullYear(), nomineeName: unitName ?? '', achievement: '' };
    await this.renderForm(req, res, values, [], undefined, 200);
  }

  @Post('de-nghi-moi')
  @Roles('UNIT_HEAD')
  async submit(@Req() req: WebRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const values = { ...(body as Record<string, unknown>) };
    const form = await parseForm(NewProposalForm, body);
    if (!form.ok) return this.renderForm(req, res, values, form.problems, 'Vui lòng sửa các trường được đánh dấu.', 400);
    try {
      const { proposal } = await this.proposals.submit(req.actor!, toCreateProposal(form.value as NewProposalForm));
      res.redirect(303, `/ho-so/${proposal.id}?done=SUBMIT`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const { status, messageVi } = ERROR_CATALOG[error.code];
      await this.renderForm(req, res, values, error.fields, messageVi, status);
    }
  }

  private async renderForm(req: WebRequest, res: Response, values: Record<string, unknown>, problems: FieldProblem[], error: string | undefined, status: number) {
    const actor: RequestActor = req.actor!;
    const ruleSet = currentRuleSet();
    const [people, rounds] = await Promise.all([this.dashboard.peopleOfUnit(actor), this.dashboard.rounds(actor, true)]);
    const titles = wardAwardTitles(ruleSet).map((t) => {
      const award = awardDefinition(t, ruleSet);
      return { value: t, label: award.nameVi, individual: award.recipientKind === 'INDIVIDUAL', selected: values.title === t };
    });
    await this.pages.send(
      req,
      res,
      'new-proposal',
      'Lập đề nghị khen thưởng',
      {
        values,
        titles,
        rounds: rounds.map((r) => ({ value: r.id, label: r.name, selected: values.roundId === r.id })),
        people: people.map((p) => ({ value: p.id, label: p.position ? `${p.full_name} (${p.position})` : p.full_name, selected: values.nomineePersonId === p.id })),
        ratings: (Object.keys(PERFORMANCE_RATING_NAMES_VI) as (keyof typeof PERFORMANCE_RATING_NAMES_VI)[]).map((r) => ({
          value: r,
          label: PERFORMANCE_RATING_NAMES_VI[r],
          selected: values.rating === r,
        })),
        fieldErrors: problemsByField(problems),
        error,
        errorList: problems.flatMap((p) => p.messages),
      },
      status,
    );
  }
}
