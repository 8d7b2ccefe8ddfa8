import type { DataSource } from 'typeorm';
import { formatDocumentNumber, vietnamDateOf } from '@khenthuong/domain';
import { CounterRepository, DecisionRepository, type DecisionKind } from '@khenthuong/persistence';
import type { AssignDecisionNumberInput, AssignedDecision } from '@khenthuong/temporal';

// Nghị định 30/2020 Phụ lục III: the symbol of a decision of the People's Committee.
const DECISION_SYMBOL = 'QĐ-UBND';

/**
 * Gapless numbering per body and year (Nghị định 30/2020): a row lock on the counter serialises
 * workers, and the decision row keyed by its subject makes a retry return the number already given.
 */
export async function assignDecisionNumber(dataSource: DataSource, now: Date, input: AssignDecisionNumberInput, kind: DecisionKind = 'AWARD'): Promise<AssignedDecision> {
  const { bodyId, subjectKey, signerUserId } = input;
  const decisionDate = vietnamDateOf(now);
  const year = Number(decisionDate.slice(0, 4));
  const series = { bodyId, year, symbol: DECISION_SYMBOL };
  return dataSource.transaction(async (tx) => {
    const decisions = DecisionRepository.in(tx);
    const given = async (): Promise<AssignedDecision | null> => {
      const row = await decisions.findBySubject(bodyId, subjectKey);
      if (row) await decisions.recordSigner(bodyId, row.id, signerUserId);
      return row ? { decisionId: row.id, numberText: row.numberText, decisionDate: row.decisionDate, year: row.year } : null;
    };
    return CounterRepository.in(tx).numberOnce(series, given, async (sequence) => {
      const numberText = formatDocumentNumber(sequence, DECISION_SYMBOL);
      const decisionId = await decisions.insert({ bodyId, subjectKey, kind, year, symbol: DECISION_SYMBOL, sequence, numberText, decisionDate, signerUserId });
      return { decisionId, numberText, decisionDate, year };
    });
  });
}
