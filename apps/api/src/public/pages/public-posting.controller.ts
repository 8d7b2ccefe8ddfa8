import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import type { Response } from 'express';
import { formatShortVietnameseDate } from '@khenthuong/domain';
import { PublicPageQueries } from '@khenthuong/persistence';
import { Public } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { ApiError, ApiErrorCode, type FieldProblem } from '../../common/api-error';
import { ERROR_CATALOG } from '../../common/error-catalog';
import { awardTitleName } from '../../common/labels';
import { ObjectionService } from '../../proposals/objection.service';
import { ObjectionDto, ProposalIdParams } from '../../proposals/proposal.dto';
import { parseForm } from '../../web/form';
import { PageRenderer } from '../../web/page-renderer';
import { PublicPostingPeriods } from '../public-posting-periods';
import { WebExceptionFilter } from '../../web/web-exception.filter';

class PublicPostingQuery {
  @IsOptional()
  @IsString({ message: 'Mã cơ quan không hợp lệ.' })
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, { message: 'Mã cơ quan không hợp lệ.' })
  body?: string;

  @IsOptional()
  @IsIn(['1'], { message: 'Tham số không hợp lệ.' })
  sent?: string;
}

class PublicObjectionForm extends ObjectionDto {
  @IsOptional()
  @IsString({ message: 'Mã cơ quan không hợp lệ.' })
  @Length(1, 100, { message: 'Mã cơ quan không hợp lệ.' })
  body?: string;
}

interface FormState {
  proposalId: string;
  values: Record<string, unknown>;
  error: string;
  errorList: string[];
}

/**
 * The public posting (công khai lấy ý kiến): for ward titles no statutory period was found, the
 * workflow's period is a ward parameter (docs/legal.md §5). Who is proposed for what, and a form to object. No sign-in; the CSRF token comes from the
 * pre-session cookie; ObjectionService applies the rate limit.
 */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('cong-khai')
export class PublicPostingController {
  constructor(
    private readonly posting: PublicPageQueries,
    private readonly periods: PublicPostingPeriods,
    private readonly objections: ObjectionService,
    private readonly pages: PageRenderer,
  ) {}

  @Public()
  @Get()
  async list(@Req() req: WebRequest, @Res() res: Response, @Query() query: PublicPostingQuery): Promise<void> {
    await this.render(req, res, query.body, query.sent ? 'Đã ghi nhận ý kiến phản ánh của bạn. Cán bộ phụ trách sẽ xem xét và trả lời theo thông tin liên hệ bạn để lại.' : undefined, null, 200);
  }

  @Public()
  @Post(':id/phan-anh')
  async object(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: ProposalIdParams, @Body() body: unknown): Promise<void> {
    const values = { ...(body as Record<string, unknown>) };
    const bodyCode = typeof values.body === 'string' && values.body ? values.body : undefined;
    const form = await parseForm(PublicObjectionForm, body);
    if (!form.ok) return this.refuse(req, res, bodyCode, id, values, ERROR_CATALOG[ApiErrorCode.VALIDATION_FAILED].messageVi, form.problems, 400);
    try {
      const { body: _code, ...dto } = form.value;
      await this.objections.submit(id, dto);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code === ApiErrorCode.NOT_FOUND) throw error;
      const { status, messageVi } = ERROR_CATALOG[error.code];
      if (error.retryAfterSeconds) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      return this.refuse(req, res, bodyCode, id, values, messageVi, error.fields ?? [], status);
    }
    res.redirect(303, `/cong-khai?${new URLSearchParams({ ...(bodyCode ? { body: bodyCode } : {}), sent: '1' })}`);
  }

  private refuse(req: WebRequest, res: Response, bodyCode: string | undefined, proposalId: string, values: Record<string, unknown>, error: string, problems: FieldProblem[], status: number) {
    return this.render(req, res, bodyCode, undefined, { proposalId, values, error, errorList: problems.flatMap((p) => p.messages) }, status);
  }

  private async render(req: WebRequest, res: Response, bodyCode: string | undefined, notice: string | undefined, form: FormState | null, status: number): Promise<void> {
    const body = await this.posting.body(bodyCode);
    if (!body) throw new ApiError(ApiErrorCode.NOT_FOUND, `no issuing body ${bodyCode}`);
    const rows = await this.posting.posted(body.id);
    const periods = await this.periods.of(rows);
    const groups = new Map<string, { heading: string; period: string | null; noticeHref: string | null; items: object[] }>();
    for (const r of rows) {
      // Ad-hoc awards follow the simplified procedure and are never posted: what is posted outside a
      // round is a proposal considered on its own.
      const key = r.round_id ?? 'own';
      const posting = periods.get(r.round_workflow_id ?? r.workflow_id) ?? null;
      const period = posting ? `${formatShortVietnameseDate(posting.startsOn)} – ${formatShortVietnameseDate(posting.endsOn)}` : null;
      // The notice is the round's, or each proposal's own; its verification page serves the PDF.
      const noticeHref = r.notice_id ? `/xac-thuc/${r.notice_id}` : null;
      const group = groups.get(key) ?? { heading: r.round_name ?? 'Đề nghị khen thưởng xét riêng', period: r.round_id ? period : null, noticeHref: r.round_id ? noticeHref : null, items: [] };
      const mine = form?.proposalId === r.id ? form : null;
      group.items.push({
        id: r.id,
        nomineeName: r.nominee_name,
        titleName: awardTitleName(r.title, r.year),
        year: r.year,
        unitName: r.unit_name,
        period,
        noticeHref: r.round_id ? null : noticeHref,
        values: mine?.values ?? {},
        error: mine?.error,
        errorList: mine?.errorList ?? [],
        open: Boolean(mine),
      });
      groups.set(key, group);
    }
    await this.pages.send(req, res, 'public-posting', 'Công khai lấy ý kiến', { bodyName: body.name, bodyCode: bodyCode ?? '', groups: [...groups.values()], notice, error: form ? 'Ý kiến chưa được gửi, vui lòng xem lại bên dưới.' : undefined }, status, body.id);
  }
}
