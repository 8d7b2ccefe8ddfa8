import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ruleSetFor, type AwardTitle, type NomineeTally } from '@khenthuong/domain';
import { assignDecisionNumber } from '../../src/activities/decision-number';

/** The decision day of these tests: 26 November 2026, 10:00 in Hà Nội. */
export const DECISION_TIME = new Date('2026-11-26T03:00:00Z');

export interface ProposalSeed {
  title: AwardTitle;
  nomineeName: string;
  nomineeKind: 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD' | 'RESIDENTIAL_GROUP';
  unitId: string;
  personId?: string;
  achievement?: string;
  tally?: Partial<NomineeTally>;
  roundId?: string;
}

/** A proposal row as the workflow leaves it after the council (the activities read nothing else). */
export async function insertProposal(db: DataSource, bodyId: string, submittedBy: string, seed: ProposalSeed): Promise<string> {
  const tally = seed.tally
    ? { nomineeId: 'x', notVoted: 0, eligibleVoters: 6, requiredAgree: 4, quorumMet: true, tie: false, recusedMemberIds: [], secretBallotRequired: false, reasonsVi: [], citation: '', ...seed.tally }
    : null;
  const [row] = await db.query(
    `INSERT INTO proposal (body_id, client_key, workflow_id, title, year, rule_set_id, unit_id, nominee_kind, nominee_name, nominee_person_id, achievement, status, submitted_by, tally, round_id)
     VALUES ($1, $2, $3, $4, 2026, $5, $6, $7, $8, $9, $10, 'DECIDED', $11, $12, $13) RETURNING id`,
    [
      bodyId, randomUUID(), `proposal-${randomUUID()}`, seed.title, ruleSetFor('2026-11-26').id, seed.unitId, seed.nomineeKind, seed.nomineeName, seed.personId ?? null,
      seed.achievement ?? 'hoàn thành xuất sắc nhiệm vụ năm 2026', submittedBy, tally ? JSON.stringify(tally) : null, seed.roundId ?? null,
    ],
  );
  return row.id as string;
}

export async function numberDecision(db: DataSource, bodyId: string, subjectKey: string, signerUserId: string) {
  return assignDecisionNumber(db, DECISION_TIME, { bodyId, subjectKey, signerUserId });
}

export async function castVote(db: DataSource, bodyId: string, proposalId: string, memberUserId: string, choice: string | null, at: Date, written = false, comment: string | null = null): Promise<void> {
  await db.query(
    `INSERT INTO proposal_vote (body_id, proposal_id, member_user_id, choice, comment, written, scan_sha256, cast_at) VALUES ($1, $2, $3, $4, $7, $5, NULL, $6)`,
    [bodyId, proposalId, memberUserId, choice, written, at, comment],
  );
}
