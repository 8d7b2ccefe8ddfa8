import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CounterRepository, PaperNumberRepository, type CounterSeries } from '../src';
import { useTestDatabase } from './test-database';

const ISSUED_AT = new Date('2026-11-26T03:00:00Z');

/** Numbers a paper of `subjectKey` in its own transaction, as the worker's activities do. */
function numberPaper(db: DataSource, series: CounterSeries, subjectKey: string): Promise<number> {
  return db.transaction(async (tx) => {
    const papers = PaperNumberRepository.in(tx);
    const given = async () => {
      const row = await papers.findBySubject(series.bodyId, series.symbol, subjectKey);
      return row ? Number(row.numberText.split('/')[0]) : null;
    };
    return CounterRepository.in(tx).numberOnce(series, given, async (sequence) => {
      await papers.insert({ ...series, subjectKey, sequence, numberText: `${String(sequence).padStart(2, '0')}/${series.symbol}`, issuedAt: ISSUED_AT });
      return sequence;
    });
  });
}

describe('CounterRepository', () => {
  const db = useTestDatabase(8);

  const newSeries = (): CounterSeries => ({ bodyId: randomUUID(), year: 2026, symbol: 'TB-UBND' });

  describe('numberOnce', () => {
    it('gives concurrent callers distinct numbers without gaps', async () => {
      const series = newSeries();
      const numbers = await Promise.all(Array.from({ length: 24 }, (_, i) => numberPaper(db, series, `subject-${i}`)));
      expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
      await expect(new CounterRepository(db).last(series)).resolves.toBe(24);
    });

    it('gives concurrent callers of one subject the one number, and takes no other', async () => {
      const series = newSeries();
      const numbers = await Promise.all(Array.from({ length: 10 }, () => numberPaper(db, series, 'the-same-subject')));
      expect(new Set(numbers)).toEqual(new Set([1]));
      await expect(numberPaper(db, series, 'the-next-subject')).resolves.toBe(2);
    });

    it('keeps each series apart: another symbol or year starts again from 1', async () => {
      const series = newSeries();
      await numberPaper(db, series, 'a');
      await expect(numberPaper(db, { ...series, symbol: 'BB-HĐTĐKT' }, 'a')).resolves.toBe(1);
      await expect(numberPaper(db, { ...series, year: 2027 }, 'a')).resolves.toBe(1);
    });
  });

  describe('next', () => {
    it('gives back the number of a transaction that rolls back', async () => {
      const series = newSeries();
      await expect(
        db.transaction(async (tx) => {
          await CounterRepository.in(tx).next(series);
          throw new Error('the paper could not be stored');
        }),
      ).rejects.toThrow('the paper could not be stored');
      await expect(db.transaction((tx) => CounterRepository.in(tx).next(series))).resolves.toBe(1);
    });
  });
});
