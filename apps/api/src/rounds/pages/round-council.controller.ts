import { Body, Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { WebRequest } from '../../auth/web-session';
import type { FieldProblem } from '../../common/api-error';
import { GlobalExceptionFilter } from '../../common/global-exception.filter';
import { DecideRoundDto, RoundBallotDto, RoundIdParams } from '../round.dto';
import { RoundService } from '../round.service';
import { parseForm } from '../../web/form';
import { answerForm, refuseForm, type FormPage } from '../../web/form-refusal';
import { PageRenderer } from '../../web/page-renderer';
import { withoutToken } from '../../proposals/pages/proposal-step-forms';
import { RoundStepRoles } from '../../auth/step-roles';
import { ballotFromForm, decisionFromForm, RoundDecisionChoice } from './round-forms';
import { RoundView } from './round-view';
import { WebExceptionFilter } from '../../web/web-exception.filter';

type Page = 'round-ballot' | 'round-decision';
interface Messages {
  error?: string;
  errorList?: string[];
  values?: Record<string, unknown>;
}

/**
 * The round's session took every proposal waiting for it; each moves to IN_COUNCIL_REVIEW one
 * activity after the round opens, so both states are the session's list (completing a dossier
 * later is refused, see ProposalService.markComplete).
 */
const BALLOT_STATES = ['AWAITING_COUNCIL', 'IN_COUNCIL_REVIEW'];

/** The council member's ballot on a whole round, and the chairman's decision on its approved list. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('dot')
export class RoundCouncilController {
  constructor(
    private readonly rounds: RoundService,
    private readonly view: RoundView,
    private readonly pages: PageRenderer,
    private readonly errors: GlobalExceptionFilter,
  ) {}

  @Get(':id/phieu')
  @RoundStepRoles('CAST_ROUND_BALLOT')
  ballotPage(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: RoundIdParams): Promise<void> {
    return this.render(req, res, id, 'round-ballot', {}, 200);
  }

  @Post(':id/phieu')
  @RoundStepRoles('CAST_ROUND_BALLOT')
  async castBallot(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: RoundIdParams, @Body() body: Record<string, unknown>): Promise<void> {
    const form = await parseForm(RoundBallotDto, ballotFromForm(withoutToken(body ?? {})));
    if (!form.ok) return this.refuse(req, res, id, 'round-ballot', form.problems, body);
    return this.act(req, res, id, 'round-ballot', 'CAST_ROUND_BALLOT', body, () => this.rounds.castBallot(req.actor!, id, form.value));
  }

  @Get(':id/quyet-dinh')
  @RoundStepRoles('DECIDE')
  decisionPage(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: RoundIdParams): Promise<void> {
    return this.render(req, res, id, 'round-decision', {}, 200);
  }

  @Post(':id/quyet-dinh')
  @RoundStepRoles('DECIDE')
  async decide(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: RoundIdParams, @Body() body: Record<string, unknown>): Promise<void> {
    const fields = withoutToken(body ?? {});
    const choice = await parseForm(RoundDecisionChoice, { decision: fields.decision, reason: fields.reason });
    if (!choice.ok) return this.refuse(req, res, id, 'round-decision', choice.problems, body);
    const form = await parseForm(DecideRoundDto, decisionFromForm(fields));
    if (!form.ok) return this.refuse(req, res, id, 'round-decision', form.problems, body);
    return this.act(req, res, id, 'round-decision', 'DECIDE', body, () => this.rounds.performStep(req.actor!, id, 'decide', form.value));
  }

  private act(req: WebRequest, res: Response, id: string, page: Page, action: string, values: Record<string, unknown>, run: () => Promise<unknown>): Promise<void> {
    return answerForm(this.errors, req, res, this.formPage(req, res, id, page, action, values), run);
  }

  private refuse(req: WebRequest, res: Response, id: string, page: Page, problems: FieldProblem[], values: Record<string, unknown>): Promise<void> {
    return refuseForm(this.formPage(req, res, id, page, '', values), problems);
  }

  /** The page again keeps what was entered (every row's choice and comment). */
  private formPage(req: WebRequest, res: Response, id: string, page: Page, action: string, values: Record<string, unknown>): FormPage {
    return { doneUrl: `/dot/${id}?done=${action}`, showRefusal: ({ error, errorList, status }) => this.render(req, res, id, page, { error, errorList, values }, status) };
  }

  private async render(req: WebRequest, res: Response, id: string, page: Page, messages: Messages, status: number): Promise<void> {
    const actor = req.actor!;
    const ballot = page === 'round-ballot';
    // The ballot is on the proposals before the session; the decision on those whose posting ended.
    const { state, name, rows } = await this.view.nominees(actor, id, ballot ? BALLOT_STATES : ['AWAITING_DECISION']);
    const open = new Set(state.allowedActions);
    const values = messages.values ?? {};
    const inCouncil = state.council?.members.some((m) => m.userId === actor.userId) ?? false;
    const model = {
      id,
      name,
      rows: rows.map((r) => ({
        ...r,
        choice: String(values[`choice-${r.id}`] ?? ''),
        comment: String(values[`comment-${r.id}`] ?? ''),
        strike: values[`strike-${r.id}`] === '1',
        strikeReason: String(values[`strikeReason-${r.id}`] ?? ''),
      })),
      defaultChoice: String(values.defaultChoice ?? 'AGREE'),
      iVoted: state.voterIds.includes(actor.userId),
      canAct: ballot ? open.has('CAST_ROUND_BALLOT') && inCouncil : open.has('DECIDE'),
      secret: state.secretBallot,
      reason: String(values.reason ?? ''),
      ...messages,
    };
    const title = ballot ? `Phiếu biểu quyết – ${name}` : `Quyết định khen thưởng – ${name}`;
    await this.pages.send(req, res, page, title, model, status);
  }
}
