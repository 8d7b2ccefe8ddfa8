import type { VoteChoice } from '@khenthuong/domain';

/**
 * The content of a secret ballot as the api sealed it (AES-256-GCM, libs/platform ballot-seal):
 * workflows hold and pass it on without reading it; only the counting activity opens it.
 */
export interface SealedBallot {
  keyId: string;
  nonce: string;
  sealed: string;
}

export function isSealedBallot(value: unknown): value is SealedBallot {
  const v = value as Partial<SealedBallot> | null;
  return typeof v === 'object' && v !== null && typeof v.keyId === 'string' && /^[A-Za-z0-9_-]{1,32}$/.test(v.keyId) && typeof v.nonce === 'string' && typeof v.sealed === 'string';
}

/** What the seal authenticates with the content: the session and the member, so a ballot opens only as itself. */
export const ballotSealContext = (session: string, memberUserId: string): string => `${session}|member:${memberUserId}`;
export const roundBallotSession = (roundId: string): string => `round:${roundId}`;
/** An ad-hoc proposal's own session (a new session after an upheld objection keeps the same context). */
export const proposalBallotSession = (proposalId: string): string => `proposal:${proposalId}`;

/** A round ballot's sealed content: "agree with all except …". */
export interface RoundBallotContent {
  defaultChoice: VoteChoice;
  exceptions: { proposalId: string; choice: VoteChoice; comment?: string | null }[];
}

export interface MemberSealedBallot {
  memberUserId: string;
  sealed: SealedBallot;
}

/** Opens a session's sealed ballots over a page of its nominees and returns the totals only. */
export interface CountSealedBallotsInput {
  session: string;
  nominees: { id: string; recusedMemberIds: string[] }[];
  ballots: MemberSealedBallot[];
}

export interface SealedBallotCounts {
  nomineeId: string;
  agree: number;
  disagree: number;
  abstain: number;
}
