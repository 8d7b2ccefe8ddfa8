import type { DataSource } from 'typeorm';
import { formatDocumentNumber, vietnamDateOf } from '@khenthuong/domain';

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
    const existing = async (): Promise<AssignedPaperNumber | undefined> => {
      const [row]: { number_text: string; issued_at: Date }[] = await tx.query(
        `SELECT number_text, issued_at FROM paper_number WHERE body_id = $1 AND symbol = $2 AND subject_key = $3`,
        [bodyId, symbol, subjectKey],
      );
      return row ? { numberText: row.number_text, issuedAt: new Date(row.issued_at) } : undefined;
    };
    const before = await existing();
    if (before) return before;
    await tx.query(`INSERT INTO document_counter (body_id, year, symbol, last_number) VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING`, [bodyId, year, symbol]);
    await tx.query(`SELECT last_number FROM document_counter WHERE body_id = $1 AND year = $2 AND symbol = $3 FOR UPDATE`, [bodyId, year, symbol]);
    const raced = await existing();
    if (raced) return raced;
    const [{ last_number: sequence }] = await tx.query(
      `INSERT INTO document_counter (body_id, year, symbol, last_number) VALUES ($1, $2, $3, 1)
       ON CONFLICT (body_id, year, symbol) DO UPDATE SET last_number = document_counter.last_number + 1 RETURNING last_number`,
      [bodyId, year, symbol],
    );
    const numberText = formatDocumentNumber(sequence, symbol);
    // Whole milliseconds: the time goes into the PDF and the hash chain, and must read back the same.
    const issuedAt = new Date(Math.floor(now.getTime()));
    await tx.query(`INSERT INTO paper_number (body_id, subject_key, symbol, year, sequence, number_text, issued_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      bodyId, subjectKey, symbol, year, sequence, numberText, issuedAt,
    ]);
    return { numberText, issuedAt };
  });
}
