import { BallotSealError, type BallotSealer } from '@khenthuong/platform';
import type { VoteChoice } from '@khenthuong/domain';
import {
  ActivityFailureType,
  ballotSealContext,
  type CountSealedBallotsInput,
  type MemberSealedBallot,
  type RoundBallotContent,
  type SealedBallotCounts,
  type VoteContent,
} from '@khenthuong/temporal';
import { PermanentActivityError } from './activity-failure';

const CHOICES: readonly unknown[] = ['AGREE', 'DISAGREE', 'ABSTAIN'];
const KEY = { AGREE: 'agree', DISAGREE: 'disagree', ABSTAIN: 'abstain' } as const;

// Messages name the member and the reason, never what the ballot says: they stay in history.
const unreadable = (ballot: MemberSealedBallot, why: string) =>
  new PermanentActivityError(ActivityFailureType.BALLOT_UNREADABLE, `sealed ballot of member ${ballot.memberUserId} (key ${ballot.sealed?.keyId}): ${why}`);

function open(sealer: BallotSealer, session: string, ballot: MemberSealedBallot): unknown {
  try {
    return sealer.open(ballot.sealed, ballotSealContext(session, ballot.memberUserId));
  } catch (error) {
    if (error instanceof BallotSealError) throw unreadable(ballot, `${error.problem}: ${error.message}`);
    throw error;
  }
}

/** What an opened ballot chooses on a nominee, and the nominees it names itself (a round ballot's exceptions). */
interface OpenedBallot {
  choiceOn(nomineeId: string): VoteChoice;
  names: ReadonlySet<string>;
}

/** A round ballot: the choice on each nominee, the default unless an exception names it. */
function roundBallot(content: unknown, ballot: MemberSealedBallot): OpenedBallot {
  const c = content as Partial<RoundBallotContent> | null;
  if (!c || !CHOICES.includes(c.defaultChoice) || !Array.isArray(c.exceptions)) throw unreadable(ballot, 'content is not a round ballot');
  const byNominee = new Map<string, VoteChoice>();
  for (const e of c.exceptions) {
    if (typeof e?.proposalId !== 'string' || !CHOICES.includes(e.choice) || byNominee.has(e.proposalId)) throw unreadable(ballot, 'an exception is invalid');
    byNominee.set(e.proposalId, e.choice);
  }
  const fallback = c.defaultChoice!;
  return { choiceOn: (nomineeId) => byNominee.get(nomineeId) ?? fallback, names: new Set(byNominee.keys()) };
}

/** A proposal's own session: one vote on its only nominee. */
function singleVote(content: unknown, ballot: MemberSealedBallot, nomineeIds: string[]): OpenedBallot {
  const c = content as Partial<VoteContent> | null;
  if (!c || !CHOICES.includes(c.choice)) throw unreadable(ballot, 'content is not a vote');
  return { choiceOn: () => c.choice!, names: new Set(nomineeIds) };
}

/**
 * Opens every sealed ballot of a session and counts them on a page of its nominees: a round's
 * session (`round:…`) holds "agree with all except …" ballots, a proposal's own session one vote.
 * Recused members count on nothing they are recused from; an exception on such a nominee, like any
 * ballot that does not open, fails for good (the api refuses it before sealing).
 */
export function countSealedBallots(sealer: BallotSealer, { session, nominees, ballots }: CountSealedBallotsInput): SealedBallotCounts[] {
  const counts = new Map(nominees.map((n) => [n.id, { nomineeId: n.id, agree: 0, disagree: 0, abstain: 0 }]));
  for (const ballot of ballots) {
    const content = open(sealer, session, ballot);
    const opened = session.startsWith('round:') ? roundBallot(content, ballot) : singleVote(content, ballot, nominees.map((n) => n.id));
    for (const nominee of nominees) {
      if (nominee.recusedMemberIds.includes(ballot.memberUserId)) {
        if (opened.names.has(nominee.id)) throw unreadable(ballot, `votes on nominee ${nominee.id}, from which the member is recused`);
        continue;
      }
      counts.get(nominee.id)![KEY[opened.choiceOn(nominee.id)]] += 1;
    }
  }
  return [...counts.values()];
}
