import type { DataSource, EntityManager } from 'typeorm';
import { DocumentCounterEntity } from '../entities/document-counter.entity';

/** One series of numbers: a body's papers of one symbol in one year (Nghị định 30/2020: from 01 each year). */
export interface CounterSeries {
  bodyId: string;
  year: number;
  /** 'QĐ-UBND', 'TB-UBND', 'KH-UBND', … */
  symbol: string;
}

/**
 * The row-locked counters behind every numbered paper. Every method must run inside the caller's
 * transaction (`CounterRepository.in(tx)`): the counter row stays locked until that transaction
 * commits, so concurrent workers wait for each other and a rolled-back paper gives its number back.
 */
export class CounterRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): CounterRepository {
    return new CounterRepository(manager);
  }

  /** Locks the series' row until the transaction ends, creating it at 0 the first time. */
  async lock(series: CounterSeries): Promise<void> {
    const counters = this.db.getRepository(DocumentCounterEntity);
    await counters.createQueryBuilder().insert().values({ ...series, lastNumber: 0 }).orIgnore().execute();
    await counters
      .createQueryBuilder('c')
      .where('c.bodyId = :bodyId AND c.year = :year AND c.symbol = :symbol', series)
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Takes the series' next number; the upsert locks the row until the transaction ends. */
  async next(series: CounterSeries): Promise<number> {
    // Raw SQL: the builder's upsert cannot increment the stored value (it only copies EXCLUDED).
    const [row] = (await this.db.query(
      `INSERT INTO document_counter (body_id, year, symbol, last_number) VALUES ($1, $2, $3, 1)
       ON CONFLICT (body_id, year, symbol) DO UPDATE SET last_number = document_counter.last_number + 1 RETURNING last_number`,
      [series.bodyId, series.year, series.symbol],
    )) as { last_number: number }[];
    return row!.last_number;
  }

  /**
   * Numbers a subject once. Returns what `given` finds; otherwise locks the series, looks again (a
   * concurrent caller may have numbered the subject while this one waited) and hands the next
   * number to `record`, which stores the numbered row in the same transaction.
   */
  async numberOnce<T>(series: CounterSeries, given: () => Promise<T | null>, record: (sequence: number) => Promise<T>): Promise<T> {
    const before = await given();
    if (before) return before;
    await this.lock(series);
    const raced = await given();
    if (raced) return raced;
    return record(await this.next(series));
  }

  /** The last number given in a series, 0 when none was. */
  async last(series: CounterSeries): Promise<number> {
    const row = await this.db.getRepository(DocumentCounterEntity).findOneBy(series);
    return row?.lastNumber ?? 0;
  }
}
