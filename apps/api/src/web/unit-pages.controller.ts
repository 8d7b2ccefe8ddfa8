import { Body, Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { awardDefinition, PERFORMANCE_RATING_NAMES_VI, vietnamDateOf, wardAwardTitles } from '@khenthuong/domain';
import type { RequestActor } from '../auth/actor';
import { Roles } from '../auth/auth.decorators';
import type { WebRequest } from '../auth/web-session';
import { ApiError, type FieldProblem } from '../common/api-error';
import { ERROR_CATALOG } from '../common/error-catalog';
import { DashboardRepository } from '../dashboard/dashboard.repository';
import { NomineeResolver } from '../proposals/nominee-resolver';
import { ProposalService } from '../proposals/proposal.service';
import { currentRuleSet, NewProposalForm, relevantFields, toCreateProposal } from './new-proposal-form';
import { parseForm, problemsByField } from './form';
import { PageQuery } from './page-query.dto';
import { PageRenderer } from './page-renderer';
import { listItem, pager, shortDate } from './view-models';
import { WebExceptionFilter } from './web-exception.filter';

/** A unit head's own proposals and the nomination form. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('don-vi')
export class UnitPagesController {
  constructor(
    private readonly dashboard: DashboardRepository,
    private readonly proposals: ProposalService,
    private readonly pages: PageRenderer,
    private readonly nominees: NomineeResolver,
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
    // While a round takes nominations the form starts in it (the unit can still pick đột xuất).
    const [round] = await this.openRounds(req.actor!);
    const values = { clientKey: randomUUID(), year: new Date().getFullYear(), achievement: '', roundId: round?.id ?? '' };
    await this.renderForm(req, res, values, [], undefined, 200);
  }

  @Post('de-nghi-moi')
  @Roles('UNIT_HEAD')
  async submit(@Req() req: WebRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const values = { ...(body as Record<string, unknown>) };
    const form = await parseForm(NewProposalForm, relevantFields(values));
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

  /** Rounds taking nominations whose deadline has not passed, the one closing first first. */
  private async openRounds(actor: RequestActor) {
    const today = vietnamDateOf(new Date());
    const rounds = await this.dashboard.rounds(actor, true);
    return rounds.filter((r) => r.nomination_deadline >= today).sort((a, b) => a.nomination_deadline.localeCompare(b.nomination_deadline));
  }

  private async renderForm(req: WebRequest, res: Response, values: Record<string, unknown>, problems: FieldProblem[], error: string | undefined, status: number) {
    const actor: RequestActor = req.actor!;
    const ruleSet = currentRuleSet();
    const [choices, rounds] = await Promise.all([this.nominees.choices(actor), this.dashboard.rounds(actor, true)]);
    // Household and residential-group titles only for a residential group (tổ dân phố).
    const titles = wardAwardTitles(ruleSet)
      .map((t) => awardDefinition(t, ruleSet))
      .filter((award) => choices.residentialGroup || (award.recipientKind !== 'HOUSEHOLD' && award.recipientKind !== 'RESIDENTIAL_GROUP'))
      .map((award) => ({ value: award.title, label: award.nameVi, kind: award.recipientKind, individual: award.recipientKind === 'INDIVIDUAL', selected: values.title === award.title }));
    const selectedRound = rounds.find((r) => values.roundId === r.id);
    await this.pages.send(
      req,
      res,
      'new-proposal',
      'Lập đề nghị khen thưởng',
      {
        values,
        titles,
        rounds: rounds.map((r) => ({ value: r.id, label: `${r.name} (hạn nộp ${shortDate(r.nomination_deadline)})`, selected: r === selectedRound })),
        roundDeadline: selectedRound ? shortDate(selectedRound.nomination_deadline) : null,
        unitName: choices.unitName,
        people: choices.people.map((p) => ({ value: p.id, label: p.position ? `${p.full_name} (${p.position})` : p.full_name, selected: values.nomineePersonId === p.id })),
        residentialGroup: choices.residentialGroup,
        households: choices.households.map((h) => ({ value: h.id, label: `${h.head_name} — ${h.address}`, selected: values.nomineeHouseholdId === h.id })),
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
