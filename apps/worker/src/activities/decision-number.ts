import type { DataSource } from 'typeorm';
import { formatDocumentNumber, vietnamDateOf } from '@khenthuong/domain';
import type { AssignDecisionNumberInput, AssignedDecision } from '@khenthuong/temporal';

// Nghị định 30/2020 Phụ lục III: the symbol of a decision of the People's Committee.
const DECISION_SYMBOL = 'QĐ-UBND';

type DecisionRow = { id: string; number_text: string; decision_date: string; year: number };
const toResult = (r: DecisionRow): AssignedDecision => ({ decisionId: r.id, numberText: r.number_text, decisionDate: r.decision_date, year: r.year });

/**
 * Gapless numbering per body and year (Nghị định 30/2020): a row lock on the counter serialises
 * workers, and the decision row keyed by its subject makes a retry return the number already given.
 */
export async function assignDecisionNumber(dataSource: DataSource, now: Date, input: AssignDecisionNumberInput): Promise<AssignedDecision> {
  const { bodyId, subjectKey, signerUserId } = input;
  const decisionDate = vietnamDateOf(now);
  const year = Number(decisionDate.slice(0, 4));
  return dataSource.transaction(async (tx) => {
    const existing = async (): Promise<DecisionRow | undefined> =>
      (
        (await tx.query(`SELECT id, number_text, decision_date::text AS decision_date, year FROM decision WHERE body_id = $1 AND subject_key = $2`, [
          bodyId,
          subjectKey,
        ])) as DecisionRow[]
      )[0];
    const before = await existing();
    if (before) return toResult(before);
    await tx.query(`INSERT INTO document_counter (body_id, year, symbol, last_number) VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING`, [bodyId, year, DECISION_SYMBOL]);
    await tx.query(`SELECT last_number FROM document_counter WHERE body_id = $1 AND year = $2 AND symbol = $3 FOR UPDATE`, [bodyId, year, DECISION_SYMBOL]);
    const raced = await existing();
    if (raced) return toResult(raced);
    // An upsert, because TypeORM returns [rows, count] for UPDATE … RETURNING but plain rows for INSERT.
    const [{ last_number: sequence }] = await tx.query(
      `INSERT INTO document_counter (body_id, year, symbol, last_number) VALUES ($1, $2, $3, 1)
       ON CONFLICT (body_id, year, symbol) DO UPDATE SET last_number = document_counter.last_number + 1 RETURNING last_number`,
      [bodyId, year, DECISION_SYMBOL],
    );
    const numberText = formatDocumentNumber(sequence, DECISION_SYMBOL);
    const [row] = await tx.query(
      `INSERT INTO decision (body_id, subject_key, year, symbol, sequence, number_text, decision_date, signer_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [bodyId, subjectKey, year, DECISION_SYMBOL, sequence, numberText, decisionDate, signerUserId],
    );
    return { decisionId: row.id as string, numberText, decisionDate, year };
  });
}
