import { ballotFromForm, decisionFromForm } from './round-forms';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

describe('ballotFromForm', () => {
  it('keeps only the rows that differ from the default, with their comments', () => {
    const body = { defaultChoice: 'AGREE', [`choice-${A}`]: '', [`choice-${B}`]: 'DISAGREE', [`comment-${B}`]: ' Chưa đủ thời gian công tác ', [`choice-${C}`]: 'AGREE' };
    expect(ballotFromForm(body)).toEqual({ defaultChoice: 'AGREE', exceptions: [{ proposalId: B, choice: 'DISAGREE', comment: 'Chưa đủ thời gian công tác' }] });
  });

  it('ignores fields whose suffix is not a proposal id', () => {
    expect(ballotFromForm({ defaultChoice: 'ABSTAIN', 'choice-../../x': 'AGREE' })).toEqual({ defaultChoice: 'ABSTAIN', exceptions: [] });
  });
});

describe('decisionFromForm', () => {
  it('strikes only ticked nominees, each with its reason', () => {
    const body = { decision: 'APPROVE', [`strike-${A}`]: '1', [`strikeReason-${A}`]: 'Có phản ánh chưa xác minh', [`strikeReason-${B}`]: 'không tích' };
    expect(decisionFromForm(body)).toEqual({ approve: true, reason: undefined, struck: [{ proposalId: A, reason: 'Có phản ánh chưa xác minh' }] });
  });

  it('passes a refusal with its reason', () => {
    expect(decisionFromForm({ decision: 'REJECT', reason: ' Không đủ điều kiện ' })).toEqual({ approve: false, reason: 'Không đủ điều kiện', struck: [] });
  });
});
