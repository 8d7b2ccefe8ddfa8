import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { IsUUID } from 'class-validator';
import type { ArchiveStore } from '@khenthuong/documents';
import { formatShortVietnameseDate, vietnamDateOf } from '@khenthuong/domain';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { ApiError, ApiErrorCode, type FieldProblem } from '../../common/api-error';
import { ARCHIVE_STORE } from '../../core/archive-store';
import { ERROR_CATALOG } from '../../common/error-catalog';
import { GlobalExceptionFilter } from '../../common/global-exception.filter';
import { PerformsStep } from '../../auth/step-roles';
import { pageStepInput } from '../../steps/step-body';
import { ROUND_STEP_ROUTES } from '../round.step-inputs';
import { DashboardRepository } from '@khenthuong/persistence';
import { ISSUED_PAPER_VI, IssuedPapersRepository } from '../../decisions/issued-papers.repository';
import { RoundIdParams, RoundStepParams } from '../round.dto';
import { RoundService } from '../round.service';
import { parseForm, problemsByField } from '../../web/form';
import { PageRenderer } from '../../web/page-renderer';
import { answerForm, refuseForm, type FormPage } from '../../web/form-refusal';
import { sendPdf } from '../../web/pdf-response';
import { CreateRoundForm, ROUND_DONE_VI, RoundPageQuery, type RoundActionKey } from './round-page-query.dto';
import { ROUND_KIND_VI, ROUND_STATUS_VI, RoundView } from './round-view';
import { WebExceptionFilter } from '../../web/web-exception.filter';

class RoundPaperParams extends RoundIdParams {
  @IsUUID('all', { message: 'Mã văn bản không hợp lệ.' })
  documentId!: string;
}

const STAFF = ['OFFICER', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER'] as const;
/** Unit heads follow the rounds they nominate to: the deadline, the steps, their own unit's dossiers. */
const READERS = [...STAFF, 'UNIT_HEAD'] as const;

/** Rounds (đợt): the officer opens and steers them; the council, the chairmen and the unit heads follow them here. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('dot')
export class RoundPagesController {
  constructor(
    private readonly rounds: RoundService,
    private readonly view: RoundView,
    private readonly dashboard: DashboardRepository,
    private readonly pages: PageRenderer,
    private readonly errors: GlobalExceptionFilter,
    private readonly issuedPapers: IssuedPapersRepository,
    @Inject(ARCHIVE_STORE) private readonly archive: ArchiveStore,
  ) {}

  @Get()
  @Roles(...READERS)
  async list(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const today = vietnamDateOf(new Date());
    await this.renderList(req, res, { clientKey: randomUUID(), year: today.slice(0, 4), nominationDeadline: today, reminderWorkingDaysBefore: '2' }, [], undefined, 200);
  }

  @Post()
  @Roles('OFFICER')
  async create(@Req() req: WebRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const values = { ...(body as Record<string, unknown>) };
    const form = await parseForm(CreateRoundForm, body);
    if (!form.ok) return this.renderList(req, res, values, form.problems, 'Vui lòng sửa các trường được đánh dấu.', 400);
    try {
      const { round } = await this.rounds.create(req.actor!, form.value);
      res.redirect(303, `/dot/${round.id}?done=CREATE`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      await this.renderList(req, res, values, error.fields ?? [], ERROR_CATALOG[error.code].messageVi, ERROR_CATALOG[error.code].status);
    }
  }

  @Get(':id')
  @Roles(...READERS)
  async show(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: RoundIdParams, @Query() query: RoundPageQuery): Promise<void> {
    await this.render(req, res, id, { notice: query.done ? ROUND_DONE_VI[query.done] : undefined }, 200);
  }

  /** A paper of the round this viewer may read (the list on its page); another ward's round has none. */
  @Get(':id/van-ban/:documentId')
  @Roles(...READERS)
  async issuedPaper(@Req() req: WebRequest, @Res() res: Response, @Param() { id, documentId }: RoundPaperParams): Promise<void> {
    const doc = await this.issuedPapers.oneOfRound(req.actor!, id, documentId);
    const bytes = doc ? await this.archive.get(doc.sha256) : null;
    if (!doc || !bytes) throw new ApiError(ApiErrorCode.NOT_FOUND, `no issued paper ${documentId} for round ${id}`);
    sendPdf(res, doc.document_number ? `${ISSUED_PAPER_VI[doc.kind]} ${doc.document_number}` : ISSUED_PAPER_VI[doc.kind], bytes);
  }

  /** Any step described in ROUND_STEP_INPUTS with a form on this page: checked, then performed; the page again on a refusal. */
  @Post(':id/buoc/:step')
  @PerformsStep(ROUND_STEP_ROUTES, 'page')
  async performStep(@Req() req: WebRequest, @Res() res: Response, @Param() { id, step: slug }: RoundStepParams, @Body() body: unknown): Promise<void> {
    const step = ROUND_STEP_ROUTES.generic(slug, 'page');
    const form = await pageStepInput(step, body);
    if (!form.ok) return this.refuse(req, res, id, step.key as RoundActionKey, form.problems);
    return this.act(req, res, id, step.key as RoundActionKey, () => this.rounds.performStep(req.actor!, id, slug, form.value));
  }

  /** The unsigned decision of the title its signer is asked to approve on their device. */
  @Get(':id/du-thao-quyet-dinh.pdf')
  @Roles('CHAIRMAN', 'VICE_CHAIRMAN', 'OFFICER')
  async signatureDraft(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: RoundIdParams): Promise<void> {
    const draft = await this.rounds.pendingSignatureDraft(req.actor!, id);
    if (!draft) throw new ApiError(ApiErrorCode.NOT_FOUND, `no decision awaiting a signature for round ${id}`);
    sendPdf(res, `Dự thảo ${draft.documentLabel}`, draft.preparedPdf);
  }

  private act(req: WebRequest, res: Response, id: string, action: RoundActionKey, run: () => Promise<unknown>): Promise<void> {
    return answerForm(this.errors, req, res, this.formPage(req, res, id, action), run);
  }

  private refuse(req: WebRequest, res: Response, id: string, action: RoundActionKey, problems: FieldProblem[]): Promise<void> {
    return refuseForm(this.formPage(req, res, id, action), problems);
  }

  private formPage(req: WebRequest, res: Response, id: string, action: RoundActionKey): FormPage {
    return { doneUrl: `/dot/${id}?done=${action}`, showRefusal: ({ error, errorList, status }) => this.render(req, res, id, { error, errorList }, status) };
  }

  private async render(req: WebRequest, res: Response, id: string, messages: { notice?: string; error?: string; errorList?: string[] }, status: number): Promise<void> {
    const model = await this.view.build(req.actor!, id);
    await this.pages.send(req, res, 'round', model.heading, { ...model, ...messages }, status);
  }

  private async renderList(req: WebRequest, res: Response, values: Record<string, unknown>, problems: FieldProblem[], error: string | undefined, status: number) {
    const actor = req.actor!;
    const rounds = await this.dashboard.rounds(actor);
    await this.pages.send(
      req,
      res,
      'rounds',
      'Đợt khen thưởng',
      {
        rows: rounds.map((r) => ({
          id: r.id,
          name: r.name,
          year: r.year,
          statusName: ROUND_STATUS_VI[r.status] ?? r.status,
          deadline: formatShortVietnameseDate(r.nomination_deadline),
        })),
        canCreate: actor.roles.includes('OFFICER'),
        kinds: Object.entries(ROUND_KIND_VI).map(([value, label]) => ({ value, label, selected: values.kind === value })),
        values,
        fieldErrors: problemsByField(problems),
        error,
        errorList: problems.flatMap((p) => p.messages),
      },
      status,
    );
  }
}
