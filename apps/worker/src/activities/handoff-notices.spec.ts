import { ProposalStatus, RoundStatus } from '@khenthuong/temporal';
import { proposalHandoff, roundHandoff, type ProposalFacts } from './handoff-notices';

const own: ProposalFacts = { nomineeName: 'Trạm Y tế phường', title: 'TAP_THE_LAO_DONG_TIEN_TIEN', year: 2026, unitId: 'u1', roundId: null };
const inRound: ProposalFacts = { ...own, roundId: 'r1' };

describe('who hears of each hand-off', () => {
  it('an ad-hoc proposal goes to the officer, the council, the chairman, then back to its unit', () => {
    expect(proposalHandoff({ action: 'SUBMIT', toStatus: ProposalStatus.SUBMITTED }, own)).toEqual({
      audience: { roles: ['OFFICER'] },
      messageVi: 'Hồ sơ mới: Trạm Y tế phường (Tập thể lao động tiên tiến); cần kiểm tra tính đầy đủ.',
    });
    expect(proposalHandoff({ action: 'RESUBMIT', toStatus: ProposalStatus.SUBMITTED }, own)?.messageVi).toBe(
      'Đơn vị đã bổ sung hồ sơ Trạm Y tế phường (Tập thể lao động tiên tiến); cần kiểm tra lại.',
    );
    expect(proposalHandoff({ action: 'MARK_COMPLETE', toStatus: ProposalStatus.IN_COUNCIL_REVIEW }, own)?.audience).toEqual({ roles: ['COUNCIL_MEMBER', 'CHAIRMAN', 'VICE_CHAIRMAN'] });
    expect(proposalHandoff({ action: 'END_POSTING', toStatus: ProposalStatus.AWAITING_DECISION }, own)?.audience).toEqual({ roles: ['CHAIRMAN', 'VICE_CHAIRMAN'] });
    for (const status of [ProposalStatus.APPROVED_BY_COUNCIL, ProposalStatus.REJECTED_BY_COUNCIL, ProposalStatus.DECIDED, ProposalStatus.REJECTED, ProposalStatus.DOCUMENTS_ISSUED]) {
      expect(proposalHandoff({ action: 'DECIDE_APPROVE', toStatus: status }, own)?.audience).toBe('OWN_UNIT');
    }
  });

  it("a round's proposals send nothing of their own: the round's notices cover its steps", () => {
    for (const status of Object.values(ProposalStatus)) {
      expect(proposalHandoff({ action: 'SUBMIT', toStatus: status }, inRound)).toBeNull();
    }
  });

  it('a returned round dossier sent back by its unit tells the officer, one dossier at a time', () => {
    expect(proposalHandoff({ action: 'RESUBMIT', toStatus: ProposalStatus.SUBMITTED }, inRound)).toEqual({
      audience: { roles: ['OFFICER'] },
      messageVi: 'Đơn vị đã bổ sung hồ sơ Trạm Y tế phường (Tập thể lao động tiên tiến); cần kiểm tra lại.',
    });
  });

  it('steps without a next person send nothing', () => {
    for (const status of [ProposalStatus.AWAITING_COUNCIL, ProposalStatus.PUBLICLY_POSTED, ProposalStatus.CLOSED, ProposalStatus.WITHDRAWN, ProposalStatus.RETURNED, ProposalStatus.ESCALATED]) {
      expect(proposalHandoff({ action: 'SUBMIT', toStatus: status }, own)).toBeNull();
    }
  });

  it("a round's steps name it and give dates as dd/mm/yyyy", () => {
    const round = { name: 'Khen thưởng tổng kết năm 2026', nominationDeadline: '2026-12-11' };
    expect(roundHandoff(RoundStatus.NOMINATING, round)).toEqual({
      roles: ['UNIT_HEAD'],
      messageVi: 'Đã mở đợt "Khen thưởng tổng kết năm 2026"; hạn nộp hồ sơ đề nghị 11/12/2026.',
    });
    expect(roundHandoff(RoundStatus.IN_COUNCIL_SESSION, round)?.roles).toEqual(['COUNCIL_MEMBER', 'CHAIRMAN', 'VICE_CHAIRMAN']);
    expect(roundHandoff(RoundStatus.AWAITING_DECISION, round)?.messageVi).toBe('Đợt "Khen thưởng tổng kết năm 2026" chờ Chủ tịch quyết định.');
    expect(roundHandoff(RoundStatus.ISSUING, round)).toBeNull();
  });
});
