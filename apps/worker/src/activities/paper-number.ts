import type { DataSource } from 'typeorm';
import { formatDocumentNumber, vietnamDateOf } from '@khenthuong/domain';
import { CounterRepository, PaperNumberRepository } from '@khenthuong/persistence';

// Nghị định 30/2020 Phụ lục III; the council, an advisory body, keeps its own series (domain documentSeriesKey).
export const PAPER_SYMBOLS = {
  WARD_SUBMISSION: 'TTr-UBND',
  COUNCIL_SUBMISSION: 'TTr-HĐTĐKT',
  POSTING_NOTICE: 'TB-UBND',
  COUNCIL_MINUTES: 'BB-HĐTĐKT',
} as const;

export interface AssignedPaperNumber {
  numberText: string;
  /** The paper's date and its PDF's creation time, fixed at numbering. */
  issuedAt: Date;
}

/**
 * Gapless numbering of the ward's other papers, per body, year and symbol, on the same counter
 * table as decisions (a row lock serialises workers); the row keyed by the subject makes a retry
 * return the number and time given the first time.
 */
export async function assignPaperNumber(dataSource: DataSource, now: Date, input: { bodyId: string; symbol: string; subjectKey: string }): Promise<AssignedPaperNumber> {
  const { bodyId, symbol, subjectKey } = input;
  const year = Number(vietnamDateOf(now).slice(0, 4));
  return dataSource.transaction(async (tx) => {
    const papers = PaperNumberRepository.in(tx);
    return CounterRepository.in(tx).numberOnce({ bodyId, year, symbol }, () => papers.findBySubject(bodyId, symbol, subjectKey), async (sequence) => {
      const numberText = formatDocumentNumber(sequence, symbol);
      // Whole milliseconds: the time goes into the PDF and the hash chain, and must read back the same.
      const issuedAt = new Date(Math.floor(now.getTime()));
      await papers.insert({ bodyId, subjectKey, symbol, year, sequence, numberText, issuedAt });
      return { numberText, issuedAt };
    });
  });
}
