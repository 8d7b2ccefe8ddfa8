import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, DomainErrorCode, isValidIsoDate, validateCalendarData, VIETNAM_CALENDAR_DATA } from '@khenthuong/domain';
import { CalendarDayRepository, loadBodyCalendar, mergeCalendarData } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { auditAdmin } from './admin-audit';
import type { AddCalendarDayForm } from './admin.forms';

/** A year's days off as the body's deadlines count them, and the body's own additions. */
@Injectable()
export class AdminCalendarService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly calendarDays: CalendarDayRepository,
  ) {}

  async year(actor: RequestActor, year: number) {
    const [calendar, own] = await Promise.all([loadBodyCalendar(this.dataSource, actor.bodyId), this.calendarDays.entries(actor.bodyId)]);
    const ownDates = new Set(own.map((e) => e.date));
    const data = calendar.yearData(year);
    return { ...data, entries: data.entries.map((e) => ({ ...e, own: ownDates.has(e.date) })) };
  }

  /**
   * Adds (or replaces) an entry of the body's calendar. The merged data is checked with the domain's
   * rules (a swap on a weekday, a worked day on a Saturday…) before it is stored; a DomainError
   * carries the Vietnamese reason.
   */
  async add(actor: RequestActor, form: AddCalendarDayForm): Promise<void> {
    if (!isValidIsoDate(form.date)) throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Ngày không hợp lệ: ${form.date}`);
    const entry = form.source ? { date: form.date, status: form.status, occasion: form.occasion, source: form.source } : { date: form.date, status: form.status, occasion: form.occasion };
    const own = await this.calendarDays.entries(actor.bodyId);
    const merged = mergeCalendarData(VIETNAM_CALENDAR_DATA, [...own.filter((e) => e.date !== form.date), entry]);
    const problems = validateCalendarData(merged.filter((y) => y.year === Number(form.date.slice(0, 4))));
    if (problems.length) throw new DomainError(DomainErrorCode.INVALID_CALENDAR_DATA, problems.join('; '));
    await this.dataSource.transaction(async (tx) => {
      await CalendarDayRepository.in(tx).save(actor.bodyId, entry, actor.userId);
      await auditAdmin(tx, actor, 'ADMIN_CALENDAR_DAY_ADDED', `calendar ${form.date} ${form.status}`);
    });
  }
}
