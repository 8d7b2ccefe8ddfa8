import { randomBytes } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { BallotSealer, type BallotSealKey } from '@khenthuong/platform';
import { ActivityFailureType, ballotSealContext, roundBallotSession, type MemberSealedBallot, type RoundBallotContent } from '@khenthuong/temporal';
import { classifyActivityError } from './activity-failure';
import { countSealedBallots } from './ballot-count';

const key = (id: string): BallotSealKey => ({ id, key: randomBytes(32) });
const session = roundBallotSession('r-1');
const nominees = [
  { id: 'p-1', recusedMemberIds: [] },
  { id: 'p-2', recusedMemberIds: ['m3'] },
];

function sealedBy(sealer: BallotSealer, memberUserId: string, content: RoundBallotContent): MemberSealedBallot {
  return { memberUserId, sealed: sealer.seal(content, ballotSealContext(session, memberUserId)) };
}

/** How the worker hands the error to Temporal (every activity passes through classifyFailures). */
function failureOf(run: () => unknown): ApplicationFailure {
  try {
    run();
  } catch (error) {
    const classified = classifyActivityError(error);
    expect(classified).toBeInstanceOf(ApplicationFailure);
    return classified as ApplicationFailure;
  }
  throw new Error('expected the count to fail');
}

describe('countSealedBallots', () => {
  const current = key('2027');
  const previous = key('2026');

  it('opens ballots sealed with any configured key and returns totals per nominee only', () => {
    const ballots = [
      sealedBy(new BallotSealer([previous]), 'm1', { defaultChoice: 'AGREE', exceptions: [{ proposalId: 'p-2', choice: 'DISAGREE', comment: 'Chưa đạt' }] }),
      sealedBy(new BallotSealer([current]), 'm2', { defaultChoice: 'ABSTAIN', exceptions: [] }),
      // m3 is recused from p-2: the default applies to p-1 only.
      sealedBy(new BallotSealer([current]), 'm3', { defaultChoice: 'AGREE', exceptions: [] }),
    ];
    const counts = countSealedBallots(new BallotSealer([current, previous]), { session, nominees, ballots });
    expect(counts).toEqual([
      { nomineeId: 'p-1', agree: 2, disagree: 0, abstain: 1 },
      { nomineeId: 'p-2', agree: 0, disagree: 1, abstain: 1 },
    ]);
  });

  it('fails for good, for a person to look at, when a ballot was sealed with a key no longer configured', () => {
    const ballots = [sealedBy(new BallotSealer([previous]), 'm1', { defaultChoice: 'AGREE', exceptions: [] })];
    const failure = failureOf(() => countSealedBallots(new BallotSealer([current]), { session, nominees, ballots }));
    expect([failure.type, failure.nonRetryable]).toEqual([ActivityFailureType.BALLOT_UNREADABLE, true]);
    expect(failure.message).toContain('UNKNOWN_KEY');
  });

  it('fails for good on a tampered ciphertext or a ballot moved to another member, saying nothing of its content', () => {
    const sealer = new BallotSealer([current]);
    const ballot = sealedBy(sealer, 'm1', { defaultChoice: 'DISAGREE', exceptions: [] });
    const bytes = Buffer.from(ballot.sealed.sealed, 'base64');
    bytes[bytes.length - 1] ^= 0x01;
    for (const bad of [{ ...ballot, sealed: { ...ballot.sealed, sealed: bytes.toString('base64') } }, { ...ballot, memberUserId: 'm2' }]) {
      const failure = failureOf(() => countSealedBallots(sealer, { session, nominees, ballots: [bad] }));
      expect([failure.type, failure.nonRetryable]).toEqual([ActivityFailureType.BALLOT_UNREADABLE, true]);
      expect(failure.message).toContain('NOT_AUTHENTIC');
      expect(failure.message).not.toContain('DISAGREE');
    }
  });

  it('fails for good on an exception that votes on a nominee the member is recused from', () => {
    const sealer = new BallotSealer([current]);
    const ballots = [sealedBy(sealer, 'm3', { defaultChoice: 'AGREE', exceptions: [{ proposalId: 'p-2', choice: 'AGREE' }] })];
    expect(failureOf(() => countSealedBallots(sealer, { session, nominees, ballots })).type).toBe(ActivityFailureType.BALLOT_UNREADABLE);
  });
});
