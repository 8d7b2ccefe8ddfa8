import { Injectable } from '@nestjs/common';
import {
  assertRegistrableTitles,
  registrationCompleteness,
  ruleSetFor,
  vietnamDateOf,
  yearOf,
  type RegistrationCompleteness,
} from '@khenthuong/domain';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import type { CreatePlanDto, CreateTargetDto, RegisterDto, RemindDto } from './plan.dto';
import {
  PeopleRepository,
  PlanRegistrationRepository,
  PlanRepository,
  UnitRepository,
  type PlanNotificationRow,
  type PlanRegistrationRow,
  type PlanRow,
} from '@khenthuong/persistence';
import { toPlanView, toTargetView, type PlanView, type TargetView } from './plan.view';

const DEFAULT_REPORT_GRACE_DAYS = 10;

/** True for roles that act for the whole body (officer, leaders, admin); a unit head acts for one unit. */
export const actsForBody = (actor: RequestActor): boolean => actor.roles.some((r) => r !== 'UNIT_HEAD');

/** End of a Vietnamese calendar day (UTC+7) as an instant: deadlines include their whole day. */
export const endOfVietnamDay = (isoDate: string): Date => new Date(`${isoDate}T23:59:59.999+07:00`);

export interface RegistrationOverview {
  registrations: RegistrationView[];
  units: { total: number; registered: number; share: number };
  missing: Array<{ unitId: string; name: string }>;
  late: Array<{ unitId: string; name: string }>;
  reminders: Array<{ id: string; unitId: string; unitName: string; message: string; sentAt: string }>;
}

export interface RegistrationView {
  id: string;
  registrantKind: 'UNIT' | 'PERSON';
  registrantId: string;
  registrantName: string;
  unitId: string;
  unitName: string;
  titles: string[];
  ownTargets: Array<{ name: string; value: string }>;
  registeredAt: string;
  late: boolean;
}

/** Plans, their targets, registrations and reminders. */
@Injectable()
export class PlanService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly registrationsOf: PlanRegistrationRepository,
    private readonly units: UnitRepository,
    private readonly people: PeopleRepository,
  ) {}

  async create(actor: RequestActor, dto: CreatePlanDto): Promise<PlanView & { targets: TargetView[] }> {
    const startsOn = dto.startsOn ?? `${dto.year}-01-01`;
    const endsOn = dto.endsOn ?? `${dto.year}-12-31`;
    if (startsOn > endsOn || yearOf(startsOn) !== dto.year || yearOf(endsOn) !== dto.year) {
      throw new ApiError(ApiErrorCode.PLAN_DATES_INVALID, `plan ${startsOn}..${endsOn} for ${dto.year}`);
    }
    const targets = dto.targets ?? [];
    await this.assertUnits(actor, targets.map((t) => t.responsibleUnitId));
    const id = await this.plans.insertPlan(
      {
        bodyId: actor.bodyId,
        kind: dto.kind,
        year: dto.year,
        title: dto.title,
        motto: dto.motto,
        legalBases: dto.legalBases,
        movements: dto.movements.map((m) => ({ title: m.title, themes: m.themes })),
        startsOn,
        endsOn,
        registrationDeadline: dto.registrationDeadline,
        reportGraceDays: dto.reportGraceDays ?? DEFAULT_REPORT_GRACE_DAYS,
        createdBy: actor.userId,
      },
      targets,
    );
    return this.get(actor, id);
  }

  async list(actor: RequestActor, year: number | undefined): Promise<PlanView[]> {
    return (await this.plans.listPlans(actor.bodyId, year)).map(toPlanView);
  }

  async get(actor: RequestActor, id: string): Promise<PlanView & { targets: TargetView[] }> {
    const plan = await this.plan(actor, id);
    return { ...toPlanView(plan), targets: (await this.plans.listTargets(actor.bodyId, id)).map(toTargetView) };
  }

  async addTarget(actor: RequestActor, planId: string, dto: CreateTargetDto): Promise<TargetView> {
    const plan = await this.plan(actor, planId);
    if (plan.status !== 'DRAFT') throw new ApiError(ApiErrorCode.PLAN_NOT_DRAFT, `plan ${planId} is ${plan.status}`);
    await this.assertUnits(actor, [dto.responsibleUnitId]);
    const id = await this.plans.insertTarget(actor.bodyId, planId, dto);
    return toTargetView((await this.plans.findTarget(actor.bodyId, planId, id))!);
  }

  /**
   * A unit head registers the unit or one of its people, until the end of the deadline day; the
   * officer may register for any unit afterwards too (a late registration, shown as such).
   */
  async register(actor: RequestActor, planId: string, dto: RegisterDto): Promise<{ registration: RegistrationView; created: boolean }> {
    const plan = await this.plan(actor, planId);
    const now = new Date();
    const forBody = actsForBody(actor);
    let unitId: string;
    if (forBody) {
      if (!dto.unitId && dto.registrantKind === 'UNIT') throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'officer registration without unit', [{ field: 'unitId', messages: ['Vui lòng chọn đơn vị đăng ký.'] }]);
      unitId = dto.unitId ?? '';
    } else {
      if (!actor.unitId) throw new ApiError(ApiErrorCode.FORBIDDEN, 'unit head without a unit');
      if (dto.unitId && dto.unitId !== actor.unitId) throw new ApiError(ApiErrorCode.NOT_OWN_UNIT, `unit head of ${actor.unitId} registering ${dto.unitId}`);
      if (now > endOfVietnamDay(plan.registration_deadline)) throw new ApiError(ApiErrorCode.REGISTRATION_CLOSED, `deadline ${plan.registration_deadline} passed`);
      unitId = actor.unitId;
    }
    let registrantId = unitId;
    if (dto.registrantKind === 'PERSON') {
      if (!dto.personId) throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'person registration without person', [{ field: 'personId', messages: ['Vui lòng chọn cá nhân đăng ký.'] }]);
      const person = await this.people.person(actor.bodyId, dto.personId);
      if (!person) throw new ApiError(ApiErrorCode.NOT_FOUND, `person ${dto.personId}`);
      if (!person.unitId || (unitId && person.unitId !== unitId)) throw new ApiError(ApiErrorCode.NOT_OWN_UNIT, `person ${person.id} is not of unit ${unitId}`);
      unitId = person.unitId;
      registrantId = person.id;
    } else if (dto.personId) {
      throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'unit registration with a person', [{ field: 'personId', messages: ['Đăng ký tập thể không kèm cá nhân.'] }]);
    }
    await this.assertUnits(actor, [unitId]);
    // The titles' recipients by the rules in force at the plan's start.
    assertRegistrableTitles(dto.registrantKind, dto.titles, ruleSetFor(plan.starts_on));
    const { id, created } = await this.registrationsOf.upsertRegistration({
      bodyId: actor.bodyId,
      planId,
      registrantKind: dto.registrantKind,
      registrantId,
      unitId,
      titles: dto.titles,
      ownTargets: dto.ownTargets.map((t) => ({ name: t.name, value: t.value })),
      registeredBy: actor.userId,
      now,
    });
    const rows = await this.registrationsOf.listRegistrations(actor.bodyId, planId, unitId);
    return { registration: toRegistrationView(rows.find((r) => r.id === id)!, plan), created };
  }

  /** Who registered, who did not (by unit), who was late, and the reminders sent. A unit head sees its own unit. */
  async registrations(actor: RequestActor, planId: string): Promise<RegistrationOverview> {
    const plan = await this.plan(actor, planId);
    const scope = actsForBody(actor) ? null : (actor.unitId ?? '00000000-0000-0000-0000-000000000000');
    const [rows, units, reminders] = await Promise.all([
      this.registrationsOf.listRegistrations(actor.bodyId, planId, scope),
      this.units.listByCode(actor.bodyId),
      this.registrationsOf.listNotifications(actor.bodyId, planId, scope),
    ]);
    const completeness = this.unitCompleteness(plan, rows, scope ? units.filter((u) => u.id === scope) : units);
    return {
      registrations: rows.map((r) => toRegistrationView(r, plan)),
      units: { total: completeness.registered.length + completeness.missing.length, registered: completeness.registered.length, share: completeness.share },
      missing: completeness.missing.map((u) => ({ unitId: u.id, name: u.name })),
      late: completeness.late.map((u) => ({ unitId: u.id, name: u.name })),
      reminders: reminders.map(toReminderView),
    };
  }

  /** Records a reminder for each unit that has not registered (or the given ones, which must not have). */
  async remind(actor: RequestActor, planId: string, dto: RemindDto): Promise<{ reminded: Array<{ id: string; unitId: string; unitName: string; message: string; sentAt: string }> }> {
    const plan = await this.plan(actor, planId);
    const [rows, units] = await Promise.all([this.registrationsOf.listRegistrations(actor.bodyId, planId, null), this.units.listByCode(actor.bodyId)]);
    const { missing } = this.unitCompleteness(plan, rows, units);
    let targets = missing;
    if (dto.unitIds?.length) {
      await this.assertUnits(actor, dto.unitIds);
      const missingIds = new Set(missing.map((u) => u.id));
      const registered = dto.unitIds.find((id) => !missingIds.has(id));
      if (registered) throw new ApiError(ApiErrorCode.ALREADY_REGISTERED, `unit ${registered} registered already`);
      targets = missing.filter((u) => dto.unitIds!.includes(u.id));
    }
    const message =
      dto.message ??
      `Đề nghị đơn vị hoàn thành đăng ký thi đua theo Kế hoạch "${plan.title}" (hạn đăng ký: ${formatShortDate(plan.registration_deadline)}).`;
    const sentAt = new Date();
    await this.registrationsOf.insertNotifications(
      targets.map((u) => ({ bodyId: actor.bodyId, planId, unitId: u.id, kind: 'REGISTRATION_REMINDER', message, sentBy: actor.userId, sentAt })),
    );
    const all = await this.registrationsOf.listNotifications(actor.bodyId, planId, null);
    const reminded = all.filter((n) => n.sent_at.getTime() === sentAt.getTime() && targets.some((u) => u.id === n.unit_id));
    return { reminded: reminded.map(toReminderView) };
  }

  /** The plan if it belongs to the caller's body; otherwise 404 (never reveals other bodies' plans). */
  async plan(actor: RequestActor, id: string): Promise<PlanRow> {
    const plan = await this.plans.findPlan(actor.bodyId, id);
    if (!plan) throw new ApiError(ApiErrorCode.NOT_FOUND, `plan ${id} not in body ${actor.bodyId}`);
    return plan;
  }

  private unitCompleteness(plan: PlanRow, rows: PlanRegistrationRow[], units: Array<{ id: string; name: string }>): RegistrationCompleteness {
    const unitRegistrations = rows.filter((r) => r.registrant_kind === 'UNIT').map((r) => ({ registrantId: r.registrant_id, registeredAt: new Date(r.registered_at) }));
    return registrationCompleteness(units, unitRegistrations, endOfVietnamDay(plan.registration_deadline));
  }

  private async assertUnits(actor: RequestActor, unitIds: string[]): Promise<void> {
    const distinct = [...new Set(unitIds)];
    if (distinct.length === 0) return;
    if ((await this.units.countInBody(actor.bodyId, distinct)) !== distinct.length) throw new ApiError(ApiErrorCode.NOT_FOUND, `units ${distinct.join(',')} not all in body`);
  }
}

export const formatShortDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function toRegistrationView(r: PlanRegistrationRow, plan: PlanRow): RegistrationView {
  const registeredAt = new Date(r.registered_at);
  return {
    id: r.id,
    registrantKind: r.registrant_kind,
    registrantId: r.registrant_id,
    registrantName: r.registrant_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    titles: r.titles,
    ownTargets: r.own_targets,
    registeredAt: registeredAt.toISOString(),
    late: registeredAt > endOfVietnamDay(plan.registration_deadline),
  };
}

function toReminderView(n: PlanNotificationRow) {
  return { id: n.id, unitId: n.unit_id, unitName: n.unit_name, message: n.message, sentAt: new Date(n.sent_at).toISOString() };
}

/** Today in Vietnam, for "as of" defaults. */
export const todayInVietnam = (): string => vietnamDateOf(new Date());
