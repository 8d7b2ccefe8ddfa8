import { awardDefinition, formatVietnameseDate, formatVnd, rewardAmount, ruleSetFor, vndInWords, type AwardTitle, type RecipientKind } from '@khenthuong/domain';
import { executionArticleNumber, type DecisionDocumentModel, type DecisionReward } from '@khenthuong/documents';

export interface DecisionFrameFacts {
  body: { code: string; name: string; headerName: string; placeName: string };
  /** `createdAt`: when the number was given; the PDF's creation date, so a retry prints the same bytes. */
  decision: { id: string; numberText: string; decisionDate: string; createdAt: Date };
  title: AwardTitle;
  year: number;
  signer: { displayName: string; roles: string[] };
  publicBaseUrl: string;
}

/**
 * What every decision on an award shares, whether for one awardee or a round's annex: the rule set
 * in force on the decision date (the money follows the base salary of that day and the decree cited
 * is the one in force, Nghị định 98/2023 Điều 54 / 152/2025), the award's wording, the header and
 * the signature block (a vice-chairman signs "KT. CHỦ TỊCH", Nghị định 30/2020 Phụ lục I).
 */
export function decisionFrame(facts: DecisionFrameFacts) {
  const { body, decision, signer } = facts;
  const ruleSet = ruleSetFor(decision.decisionDate);
  const award = awardDefinition(facts.title, ruleSet);
  // Giấy khen pays by who receives it (Nghị định 98/2023 Điều 54: a collective twice an individual).
  const rewardFor = (recipientKind: RecipientKind) => rewardAmount(facts.title, decision.decisionDate, ruleSet, { recipientKind });
  const isGiayKhen = award.nameVi.startsWith('Giấy khen');
  const grantObject = isGiayKhen ? 'Giấy khen của Chủ tịch Ủy ban nhân dân phường' : `danh hiệu "${award.nameVi}" năm ${facts.year}`;
  const bodyName = body.name.replace(/^Ủy ban nhân dân\s+/i, '');
  const isVice = !signer.roles.includes('CHAIRMAN') && signer.roles.includes('VICE_CHAIRMAN');
  const common: Pick<
    DecisionDocumentModel,
    'documentTitle' | 'metadata' | 'bodyNameUpper' | 'bodyName' | 'numberText' | 'placeName' | 'dateText' | 'subjectLine' | 'legalBases' | 'recipientsOfCopy' | 'signer' | 'verificationUrl'
  > = {
    documentTitle: `Quyết định ${decision.numberText} về việc tặng ${grantObject}`,
    metadata: { author: body.name, subject: `Về việc tặng ${grantObject}`, keywords: ['Quyết định khen thưởng', decision.numberText], createdAt: decision.createdAt },
    bodyNameUpper: body.headerName,
    bodyName,
    numberText: decision.numberText,
    placeName: body.placeName,
    dateText: formatVietnameseDate(decision.decisionDate),
    subjectLine: `Về việc tặng ${grantObject}`,
    legalBases: ruleSet.legalBasesVi,
    recipientsOfCopy: [],
    signer: isVice
      ? { authorityLine: 'KT. CHỦ TỊCH', positionLine: 'PHÓ CHỦ TỊCH', name: signer.displayName }
      : { positionLine: 'CHỦ TỊCH', name: signer.displayName },
    verificationUrl: `${facts.publicBaseUrl.replace(/\/$/, '')}/xac-thuc/${decision.id}`,
  };
  /** Điều 2: the money, its basis and the total in figures and in words. */
  const rewardClause = (basisText: string, total: number): DecisionReward => ({
    basisText,
    totalAmountText: formatVnd(total),
    totalInWords: vndInWords(total),
    fundClause: `Kinh phí khen thưởng trích từ Quỹ thi đua, khen thưởng của ${bodyName} năm ${decision.decisionDate.slice(0, 4)}.`,
  });
  return { award, rewardFor, isGiayKhen, grantObject, bodyName, common, rewardClause };
}

/** A coefficient as printed: '0,8'. */
export const coefficientText = (coefficient: number): string => String(coefficient).replace('.', ',');

/** "Nơi nhận": the article that carries the decision out (its last), then the file copy. */
export const recipientsOfCopy = (model: Pick<DecisionDocumentModel, 'reward'>): string[] => [`Như Điều ${executionArticleNumber(model)};`, 'Lưu: VT, VP.'];
