import { Body, Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { ApiError } from '../../common/api-error';
import { ERROR_CATALOG } from '../../common/error-catalog';
import { DashboardRepository } from '@khenthuong/persistence';
import { ProposalDraftService } from '../proposal-draft.service';
import { NominationScopes } from '../../proposals/nomination-scope';
import { ProposalService } from '../../proposals/proposal.service';
import { DraftForm, NewProposalForm, relevantFields, toCreateProposal } from './new-proposal-form';
import { NominationFormView } from './nomination-form.view';
import { parseForm } from '../../web/form';
import { PageQuery } from '../../web/page-query.dto';
import { PageRenderer } from '../../web/page-renderer';
import { listItem, pager } from '../../web/view-models';
import { WebExceptionFilter } from '../../web/web-exception.filter';

class NewFormQuery {
  /** The officer's chosen unit (step one of their form). */
  @IsOptional()
  @IsUUID('all', { message: 'Vui lòng chọn đơn vị đề nghị.' })
  donVi?: string;
}

/** A unit head's own proposals, and the nomination form (a unit head's, or the officer's for a unit). */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('don-vi')
export class UnitPagesController {
  constructor(
    private readonly dashboard: DashboardRepository,
    private readonly proposals: ProposalService,
    private readonly drafts: ProposalDraftService,
    private readonly pages: PageRenderer,
    private readonly form: NominationFormView,
    private readonly scopes: NominationScopes,
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
  @Roles('UNIT_HEAD', 'OFFICER')
  async newForm(@Req() req: WebRequest, @Res() res: Response, @Query() query: NewFormQuery): Promise<void> {
    const actor = req.actor!;
    const officer = actor.roles.includes('OFFICER');
    // The officer enters a paper dossier for a unit: the unit first, then that unit's nominees.
    if (officer && !query.donVi) return this.form.sendUnitPicker(req, res, [], 200);
    if (officer) {
      try {
        await this.scopes.of(actor, query.donVi);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        return this.form.sendUnitPicker(req, res, error.fields, 400);
      }
    }
    // While a round takes nominations the form starts in it (the unit can still pick đột xuất).
    const [round] = await this.form.openRounds(actor);
    const values = { clientKey: randomUUID(), year: new Date().getFullYear(), achievement: '', roundId: round?.id ?? '', ...(officer ? { unitId: query.donVi } : {}) };
    await this.form.send(req, res, { values }, 200);
  }

  /** "Nộp hồ sơ" submits; "Lưu nháp" saves a draft (title and year suffice) and opens it. */
  @Post('de-nghi-moi')
  @Roles('UNIT_HEAD', 'OFFICER')
  async submit(@Req() req: WebRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const values = { ...(body as Record<string, unknown>) };
    const asDraft = values.hanhDong === 'luu-nhap';
    const form = await parseForm(asDraft ? DraftForm : NewProposalForm, relevantFields(values));
    if (!form.ok) return this.form.send(req, res, { values, problems: form.problems, error: 'Vui lòng sửa các trường được đánh dấu.' }, 400);
    try {
      const dto = toCreateProposal(form.value as NewProposalForm);
      if (asDraft) {
        const { draft } = await this.drafts.create(req.actor!, dto);
        return res.redirect(303, `/don-vi/ho-so-nhap/${draft.id}?done=SAVED`);
      }
      const { proposal } = await this.proposals.submit(req.actor!, dto);
      res.redirect(303, `/ho-so/${proposal.id}?done=SUBMIT`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const { status, messageVi } = ERROR_CATALOG[error.code];
      await this.form.send(req, res, { values, problems: error.fields, error: messageVi }, status);
    }
  }
}
