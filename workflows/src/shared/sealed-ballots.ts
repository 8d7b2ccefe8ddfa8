import { patched } from '@temporalio/workflow';
import type { ProposalActivities } from '@khenthuong/temporal';
import type { CouncilSession } from './council-session';

/** Secret ballots arrive sealed and are counted by an activity at the close (docs/secret-ballots.md). */
export const SEALED_BALLOTS_PATCH = 'sealed-secret-ballots';

/**
 * Has the counting activity open the session's sealed ballots, `pageSize` nominees a call, and adds
 * the totals it returns. Sessions without sealed ballots (open ones, and runs recorded before the
 * patch) count in the workflow as before and schedule nothing here.
 */
export async function countSealedBallots(
  activities: Pick<ProposalActivities, 'countSealedBallots'>,
  session: CouncilSession,
  sessionKey: string,
  nominees: { id: string; recusedMemberIds: string[] }[],
  pageSize = nominees.length,
): Promise<void> {
  const ballots = session.sealedBallots();
  if (ballots.length === 0 || !patched(SEALED_BALLOTS_PATCH)) return;
  for (let start = 0; start < nominees.length; start += pageSize) {
    const page = nominees.slice(start, start + pageSize);
    session.addSealedCounts(await activities.countSealedBallots({ session: sessionKey, nominees: page, ballots }));
  }
}
