import { Injectable } from '@nestjs/common';
import { formatShortVietnameseDate } from '@khenthuong/domain';
import type { RequestActor } from '../../auth/actor';
import { awardTitleName } from '../../common/labels';
import { PlanPapersService } from '../plan-papers.service';
import { PlanService } from '../plan.service';
import type { PlanView } from '../plan.view';
import { dateTime, shortDate } from '../../web/view-models';
import { hasRole, PLAN_STATUS_VI } from './plan-page-support';

/** The plan page's model: the plan, its targets, who registered, and what this user may do there. */
@Injectable()
export class PlanPageView {
  constructor(
    private readonly plans: PlanService,
    private readonly papers: PlanPapersService,
  ) {}

  planSummary(p: PlanView) {
    return {
      id: p.id,
      title: p.title,
      year: p.year,
      kindName: p.kind === 'YEAR' ? 'Kế hoạch năm' : 'Đợt thi đua',
      statusName: PLAN_STATUS_VI[p.status] ?? p.status,
      numberText: p.numberText,
      registrationDeadline: formatShortVietnameseDate(p.registrationDeadline),
    };
  }

  async plan(actor: RequestActor, id: string) {
    const [plan, registrations, papers] = await Promise.all([this.plans.get(actor, id), this.plans.registrations(actor, id), this.papers.state(actor, id)]);
    const leader = hasRole(actor, 'OFFICER', 'CHAIRMAN', 'VICE_CHAIRMAN');
    const officer = hasRole(actor, 'OFFICER', 'ADMIN');
    const unitHead = hasRole(actor, 'UNIT_HEAD');
    const mayReport = (unitId: string) => officer || (unitHead && actor.unitId === unitId);
    return {
      plan: {
        ...this.planSummary(plan),
        motto: plan.motto,
        period: `${formatShortVietnameseDate(plan.startsOn)} – ${formatShortVietnameseDate(plan.endsOn)}`,
        issuedOn: plan.issuedOn ? formatShortVietnameseDate(plan.issuedOn) : null,
        hasDocument: plan.documentSha256 !== null,
        legalBases: plan.legalBases,
        movements: plan.movements.map((m) => ({ title: m.title, themes: m.themes.join('; ') })),
      },
      targets: plan.targets.map((t) => ({
        id: t.id,
        ordinal: t.ordinal,
        name: t.name,
        targetText: t.targetText,
        unitName: t.responsibleUnitName,
        periodName: t.reportingPeriodName,
        dataSource: t.dataSource,
        reportHref: mayReport(t.responsibleUnitId) ? `/ke-hoach/${id}/chi-tieu/${t.id}/bao-cao` : null,
      })),
      registrations: {
        rows: registrations.registrations.map((r) => ({
          registrantName: r.registrantName,
          kindName: r.registrantKind === 'UNIT' ? 'Tập thể' : 'Cá nhân',
          unitName: r.unitName,
          titles: r.titles.map((t) => awardTitleName(t, plan.year)).join('; '),
          ownTargets: r.ownTargets.map((o) => (o.value ? `${o.name}: ${o.value}` : o.name)).join('; '),
          registeredOn: shortDate(r.registeredAt),
          late: r.late,
        })),
        registered: registrations.units.registered,
        total: registrations.units.total,
        missing: registrations.missing,
        reminders: registrations.reminders.map((n) => ({ unitName: n.unitName, sentAt: dateTime(n.sentAt), message: n.message })),
      },
      // Unit heads see neither paper (the list names other units; the report is the committee's).
      documents: hasRole(actor, 'OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')
        ? {
            registrationList: papers.registrationListRenderedAt ? dateTime(papers.registrationListRenderedAt) : null,
            mayRenderList: officer,
            summaryNumber: papers.summaryNumberText,
            summaryReady: papers.summaryReady,
            mayIssueSummary: leader && !papers.summaryNumberText && plan.targets.length > 0,
          }
        : null,
      may: {
        addTarget: officer && plan.status === 'DRAFT',
        issue: leader && plan.targets.length > 0 && !plan.documentSha256,
        remind: officer && registrations.missing.length > 0,
        register: unitHead,
        evaluate: hasRole(actor, 'OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER'),
      },
    };
  }
}
