import { formatVietnameseDate, ruleSetFor } from '@khenthuong/domain';
import type { DecisionDocumentModel } from '@khenthuong/documents';
import { recipientsOfCopy } from './decision-frame';
import { positionAndUnitOf, signerBlock, verificationUrlOf, type AwardeeFacts, type BodyFacts, type DecisionFacts } from './paper-facts';

/**
 * "Quyết định về việc thu hồi …": the corrective decision of a revocation, on the decision template.
 * The article governing revocation is not among the confirmed legal facts (docs/legal.md), so the
 * paper cites the bases in force and the stated reason only (no invented article).
 */
export function buildCorrectiveDecisionModel(input: {
  body: BodyFacts;
  original: DecisionFacts;
  corrective: DecisionFacts;
  awardees: AwardeeFacts[];
  whole: boolean;
  reason: string;
  publicBaseUrl: string;
}): DecisionDocumentModel {
  const { body, original, corrective, awardees } = input;
  const ruleSet = ruleSetFor(corrective.decisionDate);
  const originalRef = `Quyết định số ${original.numberText} ${formatVietnameseDate(original.decisionDate)} của Chủ tịch Ủy ban nhân dân ${body.shortName}`;
  const subject = `Về việc thu hồi ${input.whole ? '' : 'một phần '}${originalRef}`;
  const annex = awardees.length > 1;
  return {
    documentTitle: `Quyết định ${corrective.numberText} về việc thu hồi Quyết định ${original.numberText}`,
    metadata: { author: body.name, subject, keywords: ['Quyết định thu hồi', corrective.numberText, original.numberText], createdAt: corrective.createdAt },
    bodyNameUpper: body.headerName,
    bodyName: body.shortName,
    numberText: corrective.numberText,
    placeName: body.placeName,
    dateText: formatVietnameseDate(corrective.decisionDate),
    subjectLine: subject,
    legalBases: [...ruleSet.legalBasesVi, `Căn cứ ${originalRef};`],
    proposalBasis: `Xét lý do thu hồi: ${input.reason.replace(/[.\s]+$/, '')}.`,
    awardeeListing: annex ? 'annex' : 'inline',
    grantText: input.whole
      ? `Thu hồi toàn bộ ${originalRef}${annex ? `, gồm ${awardees.length} trường hợp` : ', đối với'}`
      : `Thu hồi ${originalRef}${annex ? ` đối với ${awardees.length} trường hợp` : ' đối với'}`,
    awardees: awardees.map((a) => ({ name: a.nomineeName, positionAndUnit: positionAndUnitOf(a, body) })),
    executionText: `Công chức Văn phòng - Thống kê và tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    recipientsOfCopy: recipientsOfCopy({ reward: undefined }),
    signer: signerBlock(corrective.signer),
    annexTitle: annex ? `DANH SÁCH TRƯỜNG HỢP BỊ THU HỒI THEO ${originalRef.toUpperCase()}` : undefined,
    verificationUrl: verificationUrlOf(input.publicBaseUrl, corrective.id),
  };
}
