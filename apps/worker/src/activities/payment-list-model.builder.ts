import { awardDefinition, formatVietnameseDate, formatVnd, rewardAmount, ruleSetFor, vndInWords, type RecipientKind } from '@khenthuong/domain';
import type { PaymentListModel } from '@khenthuong/documents';
import { positionAndUnitOf, signerBlock, verificationUrlOf, type AwardeeFacts, type BodyFacts, type DecisionFacts } from './paper-facts';

/**
 * Danh sách chi tiền thưởng of a decision: each awardee's money under the rule set of the decision
 * date (Nghị định 98/2023 Điều 54 / 152/2025), the total in figures and words. Null when nobody is
 * paid (e.g. the yearly Gia đình văn hóa carries no money).
 */
export function buildPaymentListModel(input: {
  body: BodyFacts;
  decision: DecisionFacts;
  awardees: AwardeeFacts[];
  officer: { displayName: string } | null;
  publicBaseUrl: string;
}): { model: PaymentListModel; totalVnd: number } | null {
  const { body, decision, awardees } = input;
  const ruleSet = ruleSetFor(decision.decisionDate);
  const paid = awardees.flatMap((a) => {
    const reward = rewardAmount(a.title, decision.decisionDate, ruleSet, { recipientKind: a.nomineeKind as RecipientKind });
    return reward ? [{ awardee: a, amountVnd: reward.amountVnd }] : [];
  });
  if (paid.length === 0) return null;
  const totalVnd = paid.reduce((sum, p) => sum + p.amountVnd, 0);
  const titles = [...new Set(awardees.map((a) => awardDefinition(a.title, ruleSet).nameVi))];
  const years = [...new Set(awardees.map((a) => a.year))].join(', ');
  const signer = signerBlock(decision.signer);
  const signerTitle = signer.authorityLine ? [signer.authorityLine, signer.positionLine] : [signer.positionLine];
  return {
    totalVnd,
    model: {
      documentTitle: `Danh sách chi tiền thưởng kèm theo Quyết định ${decision.numberText}`,
      metadata: { author: body.name, subject: `Chi tiền thưởng theo Quyết định ${decision.numberText}`, keywords: ['chi tiền thưởng', decision.numberText], createdAt: decision.createdAt },
      bodyNameUpper: body.headerName,
      subjectLine: `Khen thưởng ${titles.map((t) => `"${t}"`).join(', ')} năm ${years}`,
      referenceLine: `(Kèm theo Quyết định số ${decision.numberText} ${formatVietnameseDate(decision.decisionDate)} của Chủ tịch UBND ${body.shortName})`,
      rows: paid.map((p) => ({ name: p.awardee.nomineeName, positionAndUnit: positionAndUnitOf(p.awardee, body), amountText: formatVnd(p.amountVnd) })),
      totalAmountText: formatVnd(totalVnd),
      totalInWords: vndInWords(totalVnd),
      placeName: body.placeName,
      dateText: formatVietnameseDate(decision.decisionDate),
      // The accountant signs by hand: the read model has no accountant role yet.
      signatures: [
        { titleLines: ['NGƯỜI LẬP BIỂU'], name: input.officer?.displayName ?? '' },
        { titleLines: ['KẾ TOÁN'], name: '' },
        { titleLines: signerTitle, name: signer.name },
      ],
      verificationUrl: verificationUrlOf(input.publicBaseUrl, decision.id),
    },
  };
}
