import type { DayOffEntry } from '@khenthuong/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { CalendarDayEntity } from '../entities/calendar-day.entity';

/** A body's own days off and worked days (table calendar_day), laid over the built-in yearly data. */
export class CalendarDayRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): CalendarDayRepository {
    return new CalendarDayRepository(manager);
  }

  /** The body's entries by date, as the domain's day-off entries. */
  async entries(bodyId: string): Promise<DayOffEntry[]> {
    const days = await this.days().find({ where: { bodyId }, order: { date: 'ASC' } });
    return days.map((d) => (d.source ? { date: d.date, status: d.status, occasion: d.occasion, source: d.source } : { date: d.date, status: d.status, occasion: d.occasion }));
  }

  /** Adds the entry, or replaces the body's entry of the same date. */
  async save(bodyId: string, entry: DayOffEntry, createdBy: string): Promise<void> {
    await this.days()
      .createQueryBuilder()
      .insert()
      .values({ bodyId, date: entry.date, status: entry.status, occasion: entry.occasion, source: entry.source ?? null, createdBy })
      .orUpdate(['status', 'occasion', 'source', 'created_by'], ['body_id', 'date'])
      .execute();
  }

  private days() {
    return this.db.getRepository(CalendarDayEntity);
  }
}
