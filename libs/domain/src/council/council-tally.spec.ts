import { AwardTitle } from '../awards/award-title';
import { ruleSetFor } from '../rules/rule-set';
import { RuleSet } from '../rules/rule-set.types';
import { DomainErrorCode } from '../shared/domain-error';
import { Ballot, CouncilMember, hasQuorum, tallyCouncilVotes, TallyNominee, VoteChoice } from './council-tally';

const rs = ruleSetFor('2025-12-15');
const T = AwardTitle;
const council = (n: number): CouncilMember[] => Array.from({ length: n }, (_, i) => ({ id: `m${i + 1}`, name: `Thành viên ${i + 1}` }));
const ids = (n: number, from = 1): string[] => Array.from({ length: n }, (_, i) => `m${i + from}`);

/** Ballots for one nominee: `agree` AGREE, then DISAGREE, then ABSTAIN, from the given voters in order. */
function votes(nomineeId: string, voters: string[], agree: number, disagree = 0, abstain = 0): Ballot[] {
  const choices: VoteChoice[] = [...Array<VoteChoice>(agree).fill('AGREE'), ...Array<VoteChoice>(disagree).fill('DISAGREE'), ...Array<VoteChoice>(abstain).fill('ABSTAIN')];
  return choices.map((choice, i) => ({ memberId: voters[i], nomineeId, choice }));
}

function tallyOne(opts: { members: number; present: number; agree: number; disagree?: number; abstain?: number; nominee?: Partial<TallyNominee>; ruleSet?: RuleSet; secretBallot?: boolean; chairMemberId?: string; voters?: string[] }) {
  const nominee: TallyNominee = { id: 'n1', title: T.LAO_DONG_TIEN_TIEN, ...opts.nominee };
  const voters = opts.voters ?? ids(opts.present);
  const [result] = tallyCouncilVotes({
    members: council(opts.members),
    presentMemberIds: ids(opts.present),
    nominees: [nominee],
    ballots: votes(nominee.id, voters, opts.agree, opts.disagree, opts.abstain),
    ruleSet: opts.ruleSet ?? rs,
    secretBallot: opts.secretBallot,
    chairMemberId: opts.chairMemberId,
  });
  return result;
}

describe('hasQuorum', () => {
  it.each([
    [9, 6, true],
    [9, 5, false],
    [10, 7, true],
    [10, 6, false],
    [3, 2, true],
  ])('%i members, %i present → %s (Luật TĐKT 2022, Điều 90; ≥ 2/3 present, U)', (members, present, expected) => {
    expect(hasQuorum({ members: council(members), presentMemberIds: ids(present), ruleSet: rs })).toBe(expected);
  });

  it('follows a configured quorum (more than half, parameter)', () => {
    const half = ruleSetFor('2025-12-15', { council: { quorum: { fraction: { numerator: 1, denominator: 2 }, comparison: 'MORE_THAN', citation: 'quy chế' } } });
    expect(hasQuorum({ members: council(10), presentMemberIds: ids(6), ruleSet: half })).toBe(true);
    expect(hasQuorum({ members: council(10), presentMemberIds: ids(5), ruleSet: half })).toBe(false);
  });

  it('rejects a present person who is not a member', () => {
    expect(() => hasQuorum({ members: council(3), presentMemberIds: ['x'], ruleSet: rs })).toThrow(expect.objectContaining({ code: DomainErrorCode.INVALID_COUNCIL }));
  });
});

describe('tallyCouncilVotes', () => {
  it.each([
    ['5 of 9 agree: more than half of ALL members (docs/legal.md §5, U)', { members: 9, present: 7, agree: 5, disagree: 2 }, true, 5],
    ['4 of 9 agree with 3 abstaining fails: abstentions do not agree (Điều 90; U)', { members: 9, present: 9, agree: 4, disagree: 2, abstain: 3 }, false, 5],
    ['4 of 9 agree, 0 against, fails: the base is all members, not votes cast (U)', { members: 9, present: 6, agree: 4 }, false, 5],
    ['all present agree but no quorum (5/9) fails (Điều 90; ≥ 2/3 present, U)', { members: 9, present: 5, agree: 5 }, false, 5],
    ['10 members, 6 agree passes (> 5)', { members: 10, present: 8, agree: 6, disagree: 2 }, true, 6],
    ['10 members, 5 agree fails (not more than half)', { members: 10, present: 10, agree: 5, disagree: 5 }, false, 6],
  ])('%s', (_name, opts, passed, requiredAgree) => {
    const r = tallyOne(opts);
    expect(r.passed).toBe(passed);
    expect(r.requiredAgree).toBe(requiredAgree);
  });

  it('writes the reasons for the minutes (Luật TĐKT 2022, Điều 90)', () => {
    const r = tallyOne({ members: 9, present: 8, agree: 7, disagree: 0, abstain: 0 });
    expect(r).toMatchObject({ agree: 7, disagree: 0, abstain: 0, notVoted: 1, eligibleVoters: 9, quorumMet: true, passed: true });
    expect(r.agreeRatio).toBeCloseTo(7 / 9);
    expect(r.reasonsVi).toEqual([
      'Đồng ý 7/9 (77,78%), không đồng ý 0, không biểu quyết 0, không bỏ phiếu 1; cần trên một nửa tổng số thành viên Hội đồng đồng ý (ít nhất 5) (Luật Thi đua, khen thưởng 2022, Điều 90; Quy chế hoạt động của Hội đồng).',
      'Kết quả: đạt.',
    ]);
  });

  it('states the missing quorum in the reasons', () => {
    const r = tallyOne({ members: 9, present: 5, agree: 5 });
    expect(r.quorumMet).toBe(false);
    expect(r.reasonsVi[0]).toMatch(/^Không đủ số thành viên dự họp để biểu quyết\. Có mặt 5\/9 thành viên; cần ít nhất hai phần ba tổng số thành viên \(ít nhất 6\)/);
  });

  describe('recusal of a nominated member (Luật TĐKT 2022, Điều 90; base rule U)', () => {
    it('recuses a member who is the nominee and leaves them out of the base (8 members → base 7, 4 agree pass)', () => {
      const r = tallyOne({ members: 8, present: 8, agree: 4, disagree: 3, nominee: { id: 'm8' }, voters: ids(7) });
      expect(r).toMatchObject({ recusedMemberIds: ['m8'], eligibleVoters: 7, requiredAgree: 4, passed: true });
      expect(r.reasonsVi[0]).toBe('Thành viên 8 không tham gia biểu quyết (người được đề nghị hoặc có liên quan) (Luật Thi đua, khen thưởng 2022, Điều 90).');
    });

    it('keeps the recused member in the base when configured (8 → base 8, 4 agree fail)', () => {
      const keep = ruleSetFor('2025-12-15', { council: { recusedExcludedFromBase: false } });
      const r = tallyOne({ members: 8, present: 8, agree: 4, disagree: 3, nominee: { id: 'm8' }, voters: ids(7), ruleSet: keep });
      expect(r).toMatchObject({ eligibleVoters: 8, requiredAgree: 5, passed: false });
    });

    it('honours explicit recusals (a relative on the council)', () => {
      const r = tallyOne({ members: 9, present: 9, agree: 5, disagree: 3, nominee: { recusedMemberIds: ['m9'] }, voters: ids(8) });
      expect(r).toMatchObject({ recusedMemberIds: ['m9'], eligibleVoters: 8, passed: true });
    });

    it('rejects a ballot from the recused member', () => {
      expect(() => tallyOne({ members: 8, present: 8, agree: 5, nominee: { id: 'm1' } })).toThrow(expect.objectContaining({ code: DomainErrorCode.INVALID_BALLOT }));
    });
  });

  describe('secret ballot, ≥ 90% of all members (Nghị định 91/2017, Điều 45 khoản 8, parameter)', () => {
    const cstdTinh = { title: T.CHIEN_SI_THI_DUA_CAP_TINH };
    it.each([
      [10, 9, true, true],
      [10, 8, true, false],
      [10, 10, false, false],
      [11, 10, true, true], // 90% of 11 = 9.9 → 10
    ])('%i members, %i agree, secret %s → passed %s', (members, agree, secretBallot, passed) => {
      const r = tallyOne({ members, present: members, agree, disagree: members - agree, nominee: cstdTinh, secretBallot });
      expect(r.passed).toBe(passed);
      expect(r.secretBallotRequired).toBe(true);
    });

    it('says why an open vote does not count', () => {
      const r = tallyOne({ members: 10, present: 10, agree: 10, nominee: cstdTinh });
      expect(r.reasonsVi).toContain('Danh hiệu này phải biểu quyết bằng phiếu kín (Nghị định 91/2017/NĐ-CP, Điều 45 khoản 8).');
    });
  });

  describe('ties (docs/legal.md silent: tie-break parameter)', () => {
    const byVotesCast = (tieBreak: 'FAIL' | 'CHAIR_CASTING_VOTE') =>
      ruleSetFor('2025-12-15', {
        council: { tieBreak, pass: { base: 'VOTES_CAST', fraction: { numerator: 1, denominator: 2 }, comparison: 'MORE_THAN', citation: 'quy chế' } },
      });
    it.each([
      ['FAIL', 'm1', false, false],
      ['CHAIR_CASTING_VOTE', 'm1', false, true], // m1 voted AGREE
      ['CHAIR_CASTING_VOTE', 'm6', false, false], // m6 voted DISAGREE
      ['CHAIR_CASTING_VOTE', 'm1', true, false], // secret ballot: the chair's vote is not known
    ] as const)('3–3, tie-break %s, chair %s, secret %s → passed %s', (tieBreak, chairMemberId, secretBallot, passed) => {
      const r = tallyOne({ members: 7, present: 7, agree: 3, disagree: 3, abstain: 1, ruleSet: byVotesCast(tieBreak), chairMemberId, secretBallot });
      expect(r.tie).toBe(true);
      expect(r.passed).toBe(passed);
      expect(r.reasonsVi.some((x) => x.startsWith('Số phiếu đồng ý và không đồng ý bằng nhau (3/3)'))).toBe(true);
    });

    it('a tie cannot pass "more than half of all members" whatever the tie-break', () => {
      const chair = ruleSetFor('2025-12-15', { council: { tieBreak: 'CHAIR_CASTING_VOTE' } });
      expect(tallyOne({ members: 10, present: 10, agree: 5, disagree: 5, ruleSet: chair, chairMemberId: 'm1' }).passed).toBe(false);
    });
  });

  it('applies a majority of members present when configured', () => {
    const present = ruleSetFor('2025-12-15', { council: { pass: { base: 'PRESENT_MEMBERS', fraction: { numerator: 1, denominator: 2 }, comparison: 'MORE_THAN', citation: 'quy chế' } } });
    const r = tallyOne({ members: 10, present: 7, agree: 4, disagree: 3, ruleSet: present });
    expect(r).toMatchObject({ eligibleVoters: 7, requiredAgree: 4, passed: true });
  });

  it('tallies several nominees independently, with per-title thresholds', () => {
    const members = council(10);
    const present = ids(10);
    const results = tallyCouncilVotes({
      members,
      presentMemberIds: present,
      nominees: [
        { id: 'a', title: T.CHIEN_SI_THI_DUA_CO_SO },
        { id: 'b', title: T.CHIEN_SI_THI_DUA_CAP_TINH },
      ],
      ballots: [...votes('a', present, 8, 2), ...votes('b', present, 8, 2)],
      ruleSet: rs,
      secretBallot: true,
    });
    expect(results.map((r) => [r.nomineeId, r.passed, r.requiredAgree])).toEqual([
      ['a', true, 6],
      ['b', false, 9],
    ]);
  });

  it.each<[string, Partial<Ballot>]>([
    ['an absent member', { memberId: 'm9' }],
    ['a non-member', { memberId: 'x' }],
    ['an unknown nominee', { nomineeId: 'zz' }],
    ['an invalid choice', { choice: 'MAYBE' as VoteChoice }],
  ])('rejects a ballot from %s', (_name, patch) => {
    expect(() =>
      tallyCouncilVotes({
        members: council(9),
        presentMemberIds: ids(8),
        nominees: [{ id: 'n1', title: T.LAO_DONG_TIEN_TIEN }],
        ballots: [{ memberId: 'm1', nomineeId: 'n1', choice: 'AGREE', ...patch }],
        ruleSet: rs,
      }),
    ).toThrow(expect.objectContaining({ code: DomainErrorCode.INVALID_BALLOT }));
  });

  it('rejects a second ballot by the same member on the same nominee', () => {
    const b: Ballot = { memberId: 'm1', nomineeId: 'n1', choice: 'AGREE' };
    expect(() => tallyCouncilVotes({ members: council(3), presentMemberIds: ids(3), nominees: [{ id: 'n1', title: T.LAO_DONG_TIEN_TIEN }], ballots: [b, { ...b, choice: 'DISAGREE' }], ruleSet: rs })).toThrow(
      /bỏ phiếu hai lần/,
    );
  });
});
