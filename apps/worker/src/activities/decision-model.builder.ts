import { formatVnd, type AwardTitle, type RecipientKind } from '@khenthuong/domain';
import type { DecisionDocumentModel } from '@khenthuong/documents';
import { coefficientText, decisionFrame, type DecisionFrameFacts, recipientsOfCopy } from './decision-frame';

/** What the decision activity loads from the read model to print one decision. */
export interface DecisionFacts extends Omit<DecisionFrameFacts, 'title' | 'year'> {
  proposal: { title: AwardTitle; year: number; nomineeName: string; nomineeKind: RecipientKind; achievement: string; unitName: string };
}

/** Builds the printed decision for one proposal from the rule set in force on the decision date. */
export function buildDecisionModel(facts: DecisionFacts): { model: DecisionDocumentModel; amountVnd: number | null } {
  const { proposal } = facts;
  const { rewardFor, grantObject, bodyName, common, rewardClause } = decisionFrame({ ...facts, title: proposal.title, year: proposal.year });
  const reward = rewardFor(proposal.nomineeKind);
  const model: DecisionDocumentModel = {
    ...common,
    proposalBasis: `Xét đề nghị của ${proposal.unitName} và của Hội đồng Thi đua - Khen thưởng ${bodyName}.`,
    awardeeListing: 'inline',
    grantText: `Tặng ${grantObject} cho`,
    // The unit's own words stay as written, hence the colon rather than re-casing them.
    achievementText: `đã có thành tích: ${proposal.achievement.replace(/[.\s]+$/, '')}`,
    // A collective is placed by the ward it belongs to; a person by the unit they work in.
    awardees: [
      {
        name: proposal.nomineeName,
        positionAndUnit: proposal.nomineeKind === 'INDIVIDUAL' ? proposal.unitName : bodyName,
        amountText: reward ? formatVnd(reward.amountVnd) : undefined,
      },
    ],
    reward: reward ? rewardClause(`Kèm theo tiền thưởng ${formatVnd(reward.amountVnd)} đồng (${coefficientText(reward.coefficient)} × mức lương cơ sở).`, reward.amountVnd) : undefined,
    executionText: `Công chức Văn phòng - Thống kê, ${proposal.unitName} và tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
  };
  model.recipientsOfCopy = recipientsOfCopy(model);
  return { model, amountVnd: reward?.amountVnd ?? null };
}
