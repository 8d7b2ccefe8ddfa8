import { formatVnd, type RecipientKind } from '@khenthuong/domain';
import type { DecisionDocumentModel } from '@khenthuong/documents';
import { coefficientText, decisionFrame, type DecisionFrameFacts, recipientsOfCopy } from './decision-frame';

export interface RoundDecisionFacts extends Omit<DecisionFrameFacts, 'year'> {
  round: { name: string; year: number };
  awardees: { nomineeName: string; nomineeKind: string; unitName: string }[];
}

/** One decision for every awardee of one title in a round, listed in the annex (docs/architecture.md, campaign workflow). */
export function buildRoundDecisionModel(facts: RoundDecisionFacts): { model: DecisionDocumentModel; amountVnd: number | null } {
  const { round, awardees } = facts;
  const { award, rewardFor, isGiayKhen, grantObject, bodyName, common, rewardClause } = decisionFrame({ ...facts, year: round.year });
  const countNoun = award.recipientKind === 'HOUSEHOLD' ? 'hộ gia đình' : award.recipientKind !== 'INDIVIDUAL' ? 'tập thể' : 'cá nhân';
  // Each awardee is paid by what it is (a Giấy khen list may mix people and collectives).
  const rewards = awardees.map((a) => rewardFor(a.nomineeKind as RecipientKind));
  const paid = rewards.filter((r) => r !== null);
  const total = paid.length ? paid.reduce((sum, r) => sum + r.amountVnd, 0) : null;
  const single = paid.length === awardees.length && paid.every((r) => r.amountVnd === paid[0].amountVnd) ? paid[0] : null;
  const basisText = single
    ? `Mỗi ${countNoun} được tặng kèm theo tiền thưởng ${formatVnd(single.amountVnd)} đồng (${coefficientText(single.coefficient)} × mức lương cơ sở).`
    : 'Kèm theo tiền thưởng theo danh sách kèm theo (hệ số × mức lương cơ sở của từng đối tượng).';
  const model: DecisionDocumentModel = {
    ...common,
    proposalBasis: `Xét đề nghị của Hội đồng Thi đua - Khen thưởng ${bodyName} về kết quả ${round.name}.`,
    awardeeListing: 'annex',
    grantText: `Tặng ${grantObject} cho ${awardees.length} ${countNoun}`,
    achievementText: `đã có thành tích xuất sắc trong phong trào thi đua năm ${round.year}`,
    awardees: awardees.map((a, i) => ({
      name: a.nomineeName,
      positionAndUnit: a.nomineeKind === 'INDIVIDUAL' ? a.unitName : bodyName,
      amountText: rewards[i] ? formatVnd(rewards[i]!.amountVnd) : undefined,
    })),
    reward: total !== null ? rewardClause(basisText, total) : undefined,
    executionText: `Công chức Văn phòng - Thống kê, các tập thể, cá nhân có tên trong danh sách kèm theo Quyết định này chịu trách nhiệm thi hành Quyết định này./.`,
    annexTitle: `DANH SÁCH ${countNoun.toUpperCase()} ĐƯỢC TẶNG ${isGiayKhen ? 'GIẤY KHEN' : `DANH HIỆU "${award.nameVi.toUpperCase()}"`} NĂM ${round.year}`,
  };
  model.recipientsOfCopy = recipientsOfCopy(model);
  return { model, amountVnd: total };
}
