import { Inject, Injectable } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { ArchiveStore } from '@khenthuong/documents';
import { formatVietnameseDate } from '@khenthuong/domain';
import { planRegistrationListWorkflowId, planSummaryWorkflowId, type PlanSummaryContent, type RegistrationListContent } from '@khenthuong/temporal';
import { issuePlanSummaryWorkflow, renderRegistrationListWorkflow } from '@khenthuong/workflows';
import { PlanPapersRepository, type PlanPapersStateRow } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { awardTitleName } from '../common/labels';
import { TemporalClientHolder } from '../temporal/temporal-client.provider';
import { chartPoints, viNumber } from './plan-chart';
import { PlanEvaluationService } from './plan-evaluation.service';
import { PlanProgressService } from './plan-progress.service';
import { PlanService } from './plan.service';
import { ARCHIVE_STORE } from '../core/archive-store';

export interface PlanPapersState {
  summaryNumberText: string | null;
  summaryReady: boolean;
  registrationListRenderedAt: Date | null;
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const shortDate = (iso: string): string => iso.slice(0, 10).split('-').reverse().join('/');

/** The plan's other papers: the numbered summary report (báo cáo tổng kết) and the printed registration list. */
@Injectable()
export class PlanPapersService {
  constructor(
    private readonly papers: PlanPapersRepository,
    private readonly planService: PlanService,
    private readonly progress: PlanProgressService,
    private readonly evaluation: PlanEvaluationService,
    private readonly temporal: TemporalClientHolder,
    @Inject(ARCHIVE_STORE) private readonly archive: ArchiveStore,
  ) {}

  async state(actor: RequestActor, planId: string): Promise<PlanPapersState> {
    await this.planService.plan(actor, planId);
    const row = (await this.papers.papersState(planId, actor.bodyId))!;
    return { summaryNumberText: row.summaryNumberText, summaryReady: row.summarySha256 !== null, registrationListRenderedAt: row.registrationsRenderedAt };
  }

  /** Starts `plan-summary-<planId>` with the report's content as of now; once issued, a repeat finds the issued report. */
  async issueSummary(actor: RequestActor, planId: string): Promise<{ workflowId: string; started: boolean }> {
    const content = await this.summaryContent(actor, planId);
    return this.start(planSummaryWorkflowId(planId), () =>
      this.temporal.client.workflow.start(issuePlanSummaryWorkflow, {
        taskQueue: this.temporal.proposalsQueue,
        workflowId: planSummaryWorkflowId(planId),
        args: [{ planId, bodyId: actor.bodyId, requestedBy: actor.userId, content }],
      }),
    );
  }

  /** Prints the registration list as it stands now. */
  async renderRegistrationList(actor: RequestActor, planId: string): Promise<{ workflowId: string; started: boolean }> {
    const overview = await this.planService.registrations(actor, planId);
    const plan = await this.planService.plan(actor, planId);
    const content: RegistrationListContent = {
      rows: overview.registrations.map((r) => ({
        registrantName: r.registrantName,
        kindName: r.registrantKind === 'UNIT' ? 'tập thể' : 'cá nhân',
        unitName: r.unitName,
        titles: r.titles.map((t) => awardTitleName(t, plan.year)).join('; '),
        ownTargets: r.ownTargets.map((o) => (o.value ? `${o.name}: ${o.value}` : o.name)).join('; '),
        registeredOn: shortDate(r.registeredAt),
        late: r.late,
      })),
      missingUnits: overview.missing.map((u) => u.name),
      completenessText: `Đã đăng ký: ${overview.units.registered}/${overview.units.total} đơn vị; ${overview.registrations.filter((r) => r.registrantKind === 'PERSON').length} cá nhân.`,
    };
    return this.start(planRegistrationListWorkflowId(planId), () =>
      this.temporal.client.workflow.start(renderRegistrationListWorkflow, {
        taskQueue: this.temporal.proposalsQueue,
        workflowId: planRegistrationListWorkflowId(planId),
        args: [{ planId, bodyId: actor.bodyId, requestedBy: actor.userId, content }],
      }),
    );
  }

  summaryPdf(actor: RequestActor, planId: string): Promise<{ bytes: Buffer; fileName: string }> {
    return this.pdf(actor, planId, 'summarySha256', (row) => `bao-cao-${String(row.summaryNumberText).replace(/\//g, '-')}.pdf`);
  }

  registrationListPdf(actor: RequestActor, planId: string): Promise<{ bytes: Buffer; fileName: string }> {
    return this.pdf(actor, planId, 'registrationsSha256', () => 'danh-sach-dang-ky-thi-dua.pdf');
  }

  /** The report's words and numbers from the plan's progress (as of today) and its year-end candidates. */
  async summaryContent(actor: RequestActor, planId: string): Promise<PlanSummaryContent> {
    const plan = await this.planService.plan(actor, planId);
    const [overview, candidates, registrations] = await Promise.all([
      this.progress.overview(actor, planId, undefined),
      this.evaluation.candidates(actor, planId),
      this.planService.registrations(actor, planId),
    ]);
    if (overview.targets.length === 0) throw new ApiError(ApiErrorCode.PLAN_WITHOUT_TARGETS, `plan ${planId} has no targets`);
    const planRef = plan.number_text && plan.issued_on ? `Kế hoạch số ${plan.number_text} ${formatVietnameseDate(plan.issued_on)}` : `Kế hoạch`;
    const persons = registrations.registrations.filter((r) => r.registrantKind === 'PERSON').length;
    const count = (n: number, title: string, who: string) => `Đề nghị công nhận danh hiệu "${title}" cho ${n} ${who}.`;
    const evaluationParagraphs = [
      ...(candidates.ldtt.length ? [count(candidates.ldtt.length, candidates.ldtt[0]!.titleName, 'cá nhân')] : []),
      ...(candidates.cstdcs.length ? [count(candidates.cstdcs.length, candidates.cstdcs[0]!.titleName, 'cá nhân')] : []),
      ...(candidates.ttldtt.length ? [count(candidates.ttldtt.length, candidates.ttldtt[0]!.titleName, 'tập thể')] : []),
    ];
    return {
      subjectLine: plan.kind === 'YEAR' ? `Tổng kết phong trào thi đua năm ${plan.year}` : `Tổng kết ${lowerFirst(plan.title)}`,
      introParagraphs: [
        `Thực hiện ${planRef} của Chủ tịch UBND phường về việc ${lowerFirst(plan.title)}, UBND phường báo cáo kết quả như sau:`,
        `Có ${registrations.units.registered}/${registrations.units.total} đơn vị và ${persons} cá nhân đăng ký thi đua; số liệu tính đến ngày ${shortDate(overview.asOf)}.`,
      ],
      targets: overview.targets.map((t) => ({
        name: t.name,
        targetText: t.targetText,
        targetValue: t.targetValue,
        actualText: t.currentValue === null ? 'chưa có số liệu' : `${viNumber(t.currentValue)} ${t.unitOfMeasure}`,
        percent: t.percent,
        met: t.met,
        points: chartPoints(t),
        forecast: t.forecast,
      })),
      evaluationParagraphs: evaluationParagraphs.length ? evaluationParagraphs : ['Chưa có tập thể, cá nhân đủ điều kiện đề nghị khen thưởng theo kết quả đánh giá, xếp loại.'],
    };
  }

  private async start(workflowId: string, run: () => Promise<unknown>): Promise<{ workflowId: string; started: boolean }> {
    try {
      await run();
      return { workflowId, started: true };
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, started: false };
      throw error;
    }
  }

  private async pdf(actor: RequestActor, planId: string, paper: 'summarySha256' | 'registrationsSha256', name: (row: PlanPapersStateRow) => string) {
    await this.planService.plan(actor, planId);
    const row = await this.papers.papersState(planId, actor.bodyId);
    const sha256 = row?.[paper];
    const bytes = row && sha256 ? await this.archive.get(sha256) : null;
    if (!row || !bytes) throw new ApiError(ApiErrorCode.NOT_FOUND, `plan ${planId} has no ${paper}`);
    return { bytes, fileName: name(row) };
  }
}
