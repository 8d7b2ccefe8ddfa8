import { formatVnd } from '@khenthuong/domain';
import type { DecisionDocumentModel } from '@khenthuong/documents';
import { decisionFrame, type DecisionFrameFacts } from './decision-frame';

export interface RoundDecisionFacts extends Omit<DecisionFrameFacts, 'year'> {
  round: { name: string; year: number };
  awardees: { nomineeName: string; nomineeKind: string; unitName: string }[];
}

/** One decision for every awardee of one title in a round, listed in the annex (ARCHITECTURE.md, campaign workflow). */
export function buildRoundDecisionModel(facts: RoundDecisionFacts): { model: DecisionDocumentModel; amountVnd: number | null } {
  const { round, awardees } = facts;
  const { award, reward, isGiayKhen, grantObject, bodyName, common, rewardClause } = decisionFrame({ ...facts, year: round.year });
  const countNoun = award.recipientKind === 'HOUSEHOLD' ? 'hộ gia đình' : award.recipientKind !== 'INDIVIDUAL' ? 'tập thể' : 'cá nhân';
  const total = reward ? reward.amountVnd * awardees.length : null;
  const model: DecisionDocumentModel = {
    ...common,
    proposalBasis: `Xét đề nghị của Hội đồng Thi đua - Khen thưởng ${bodyName} về kết quả ${round.name}.`,
    awardeeListing: 'annex',
    grantText: `Tặng ${grantObject} cho ${awardees.length} ${countNoun}`,
    achievementText: `đã có thành tích trong ${round.name}`,
    awardees: awardees.map((a) => ({
      name: a.nomineeName,
      positionAndUnit: a.nomineeKind === 'INDIVIDUAL' ? a.unitName : bodyName,
      amountText: reward ? formatVnd(reward.amountVnd) : undefined,
    })),
    reward: rewardClause((amount, coefficient) => `Mỗi ${countNoun} được tặng kèm theo tiền thưởng ${amount} đồng (${coefficient} × mức lương cơ sở).`, total ?? 0),
    executionText: `Công chức Văn phòng - Thống kê, các tập thể, cá nhân có tên trong danh sách kèm theo Quyết định này chịu trách nhiệm thi hành Quyết định này./.`,
    annexTitle: `DANH SÁCH ${countNoun.toUpperCase()} ĐƯỢC TẶNG ${isGiayKhen ? 'GIẤY KHEN' : `DANH HIỆU "${award.nameVi.toUpperCase()}"`} NĂM ${round.year}`,
  };
  return { model, amountVnd: total };
}
