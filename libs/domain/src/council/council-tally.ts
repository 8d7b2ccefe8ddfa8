import { AwardTitle } from '../awards/award-title';
import { CITATION } from '../rules/citations';
import { RuleSetValues } from '../rules/rule-set.types';
import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { formatPercentVi } from '../text/vnd-format';
import { describeThresholdVi, meetsFraction, minimumCount, PassRule } from './council-rule';

export type VoteChoice = 'AGREE' | 'DISAGREE' | 'ABSTAIN';

export interface CouncilMember {
  id: string;
  name?: string;
}

export interface Ballot {
  memberId: string;
  nomineeId: string;
  choice: VoteChoice;
}

export interface TallyNominee {
  id: string;
  title: AwardTitle;
  /** Members who may not vote on this nominee (a member nominated, or related). A member whose id is the nominee's is recused too. */
  recusedMemberIds?: string[];
}

export interface NomineeTally {
  nomineeId: string;
  agree: number;
  disagree: number;
  abstain: number;
  /** Present, not recused members who cast no ballot on this nominee (counted as not agreeing). */
  notVoted: number;
  /** The base of the pass threshold (all members, members present or votes cast, minus recused ones when so configured). */
  eligibleVoters: number;
  /** The least AGREE count that meets the threshold. */
  requiredAgree: number;
  passed: boolean;
  quorumMet: boolean;
  tie: boolean;
  agreeRatio: number;
  recusedMemberIds: string[];
  secretBallotRequired: boolean;
  /** Vietnamese sentences for the minutes, each naming its basis. */
  reasonsVi: string[];
  citation: string;
}

export interface TallyInput {
  members: CouncilMember[];
  presentMemberIds: string[];
  nominees: TallyNominee[];
  ballots: Ballot[];
  ruleSet: RuleSetValues;
  secretBallot?: boolean;
  /** The council chair, for a casting vote on a tie when the rule set says so. */
  chairMemberId?: string;
}

const CHOICES: ReadonlySet<string> = new Set(['AGREE', 'DISAGREE', 'ABSTAIN']);
const BASE_NAMES_VI: Readonly<Record<PassRule['base'], string>> = {
  ALL_MEMBERS: 'tổng số thành viên Hội đồng',
  PRESENT_MEMBERS: 'số thành viên có mặt',
  VOTES_CAST: 'số phiếu đồng ý và không đồng ý',
};

const invalid = (code: DomainErrorCode, messageVi: string): DomainError => new DomainError(code, messageVi, CITATION.council);

function validatedPresence(members: CouncilMember[], presentMemberIds: string[]): Set<string> {
  if (members.length === 0) throw invalid(DomainErrorCode.INVALID_COUNCIL, 'Hội đồng chưa có thành viên');
  const ids = new Set(members.map((m) => m.id));
  if (ids.size !== members.length) throw invalid(DomainErrorCode.INVALID_COUNCIL, 'Danh sách thành viên Hội đồng bị trùng');
  const present = new Set(presentMemberIds);
  for (const id of present) {
    if (!ids.has(id)) throw invalid(DomainErrorCode.INVALID_COUNCIL, `"${id}" có mặt nhưng không phải thành viên Hội đồng`);
  }
  return present;
}

/**
 * Whether enough members attend (Luật TĐKT 2022, Điều 90; threshold U, default at least two thirds
 * of all members present — a rule-set parameter).
 */
export function hasQuorum(input: { members: CouncilMember[]; presentMemberIds: string[]; ruleSet: RuleSetValues }): boolean {
  const present = validatedPresence(input.members, input.presentMemberIds);
  return quorumMetFor(present.size, input.members.length, input.ruleSet);
}

function quorumMetFor(presentCount: number, memberCount: number, ruleSet: RuleSetValues): boolean {
  const { fraction, comparison } = ruleSet.params.council.quorum;
  return meetsFraction(presentCount, memberCount, fraction, comparison);
}

function quorumReasonVi(presentCount: number, memberCount: number, ruleSet: RuleSetValues): string {
  const { fraction, comparison, citation } = ruleSet.params.council.quorum;
  const min = minimumCount(memberCount, fraction, comparison);
  return `Có mặt ${presentCount}/${memberCount} thành viên; cần ${describeThresholdVi(fraction, comparison)} tổng số thành viên (ít nhất ${min}) (${citation}).`;
}

/**
 * Council vote per nominee: quorum, the pass threshold of the nominee's title, abstentions,
 * recusal, ties and the secret-ballot requirement, each with its reason for the minutes. Pure:
 * (council, ballots, titles, rule set) → result. Invalid ballots (unknown, absent or recused
 * member, unknown nominee, duplicate) are an error, never silently dropped.
 */
export function tallyCouncilVotes(input: TallyInput): NomineeTally[] {
  const { members, nominees, ballots, ruleSet } = input;
  const council = ruleSet.params.council;
  const present = validatedPresence(members, input.presentMemberIds);
  const memberIds = new Set(members.map((m) => m.id));
  const nameOf = (id: string): string => members.find((m) => m.id === id)?.name ?? id;
  const secretBallot = input.secretBallot === true;
  const quorumMet = quorumMetFor(present.size, members.length, ruleSet);

  const recusedByNominee = new Map<string, Set<string>>();
  for (const n of nominees) {
    if (recusedByNominee.has(n.id)) throw invalid(DomainErrorCode.INVALID_BALLOT, `Người được đề nghị "${n.id}" bị trùng`);
    const recused = [...(n.recusedMemberIds ?? []), ...(memberIds.has(n.id) ? [n.id] : [])].filter((id) => memberIds.has(id));
    recusedByNominee.set(n.id, new Set(recused));
  }

  const seen = new Set<string>();
  for (const b of ballots) {
    const recused = recusedByNominee.get(b.nomineeId);
    if (!recused) throw invalid(DomainErrorCode.INVALID_BALLOT, `Phiếu cho người không có trong danh sách đề nghị: "${b.nomineeId}"`);
    if (!memberIds.has(b.memberId)) throw invalid(DomainErrorCode.INVALID_BALLOT, `Phiếu của người không phải thành viên Hội đồng: "${b.memberId}"`);
    if (!present.has(b.memberId)) throw invalid(DomainErrorCode.INVALID_BALLOT, `Phiếu của thành viên vắng mặt: ${nameOf(b.memberId)}`);
    if (!CHOICES.has(b.choice)) throw invalid(DomainErrorCode.INVALID_BALLOT, `Lựa chọn không hợp lệ: "${String(b.choice)}"`);
    if (recused.has(b.memberId)) {
      throw invalid(DomainErrorCode.INVALID_BALLOT, `${nameOf(b.memberId)} không được biểu quyết đối với "${b.nomineeId}" (người được đề nghị hoặc tự rút)`);
    }
    const key = `${b.memberId}\u0000${b.nomineeId}`;
    if (seen.has(key)) throw invalid(DomainErrorCode.INVALID_BALLOT, `${nameOf(b.memberId)} bỏ phiếu hai lần cho "${b.nomineeId}"`);
    seen.add(key);
  }

  // Grouped once: a round's session has thousands of nominees × every member's ballot.
  const ballotsByNominee = new Map<string, Ballot[]>();
  for (const b of ballots) {
    const list = ballotsByNominee.get(b.nomineeId);
    if (list) list.push(b);
    else ballotsByNominee.set(b.nomineeId, [b]);
  }

  return nominees.map((nominee): NomineeTally => {
    const rule = council.passByTitle[nominee.title] ?? council.pass;
    const recused = recusedByNominee.get(nominee.id) ?? new Set<string>();
    const own = ballotsByNominee.get(nominee.id) ?? [];
    const count = (c: VoteChoice): number => own.filter((b) => b.choice === c).length;
    const [agree, disagree, abstain] = [count('AGREE'), count('DISAGREE'), count('ABSTAIN')];
    const presentVoters = [...present].filter((id) => !recused.has(id)).length;
    const notVoted = presentVoters - own.length;
    const excluded = council.recusedExcludedFromBase;
    const base =
      rule.base === 'ALL_MEMBERS'
        ? members.length - (excluded ? recused.size : 0)
        : rule.base === 'PRESENT_MEMBERS'
          ? (excluded ? presentVoters : present.size)
          : agree + disagree;
    const requiredAgree = minimumCount(base, rule.fraction, rule.comparison);
    const thresholdMet = base > 0 && meetsFraction(agree, base, rule.fraction, rule.comparison);
    const secretBallotRequired = council.secretBallotTitles.includes(nominee.title);
    const tie = agree + disagree > 0 && agree === disagree;
    const chairChoice = input.chairMemberId === undefined ? undefined : own.find((b) => b.memberId === input.chairMemberId)?.choice;
    const chairDecides = tie && council.tieBreak === 'CHAIR_CASTING_VOTE' && !secretBallot && (chairChoice === 'AGREE' || chairChoice === 'DISAGREE');
    const voteCarries = tie ? chairDecides && chairChoice === 'AGREE' && (thresholdMet || rule.base === 'VOTES_CAST') : thresholdMet;
    const passed = quorumMet && !(secretBallotRequired && !secretBallot) && voteCarries;

    const reasonsVi: string[] = [];
    if (!quorumMet) reasonsVi.push(`Không đủ số thành viên dự họp để biểu quyết. ${quorumReasonVi(present.size, members.length, ruleSet)}`);
    for (const id of recused) reasonsVi.push(`${nameOf(id)} không tham gia biểu quyết (người được đề nghị hoặc có liên quan) (${CITATION.council}).`);
    reasonsVi.push(
      `Đồng ý ${agree}/${base} (${formatPercentVi(base > 0 ? agree / base : 0)}), không đồng ý ${disagree}, không biểu quyết ${abstain}` +
        (notVoted > 0 ? `, không bỏ phiếu ${notVoted}` : '') +
        `; cần ${describeThresholdVi(rule.fraction, rule.comparison)} ${BASE_NAMES_VI[rule.base]} đồng ý (ít nhất ${requiredAgree}) (${rule.citation}).`,
    );
    if (tie) {
      const how = chairDecides
        ? `theo ý kiến của Chủ tịch Hội đồng (${chairChoice === 'AGREE' ? 'đồng ý' : 'không đồng ý'})`
        : 'không được thông qua';
      reasonsVi.push(`Số phiếu đồng ý và không đồng ý bằng nhau (${agree}/${disagree}): ${how} (quy chế Hội đồng, tham số).`);
    }
    if (secretBallotRequired && !secretBallot) {
      reasonsVi.push(`Danh hiệu này phải biểu quyết bằng phiếu kín (${CITATION.councilSecretBallot90}).`);
    }
    reasonsVi.push(passed ? 'Kết quả: đạt.' : 'Kết quả: không đạt.');

    return {
      nomineeId: nominee.id,
      agree,
      disagree,
      abstain,
      notVoted,
      eligibleVoters: base,
      requiredAgree,
      passed,
      quorumMet,
      tie,
      agreeRatio: base > 0 ? agree / base : 0,
      recusedMemberIds: [...recused],
      secretBallotRequired,
      reasonsVi,
      citation: rule.citation,
    };
  });
}
