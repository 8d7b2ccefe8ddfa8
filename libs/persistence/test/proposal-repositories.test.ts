import { randomUUID } from 'node:crypto';
import {
  ProposalEligibilityQueries,
  ProposalListRepository,
  ProposalMirrorRepository,
  ProposalRepository,
  type NewProposalRow,
  type WorkflowCall,
} from '../src';
import { useTestDatabase } from './test-database';
import { seedIsolatedWard } from '../../../test/support/stack';

type Ward = Awaited<ReturnType<typeof seedIsolatedWard>>;

const owesStart = (proposalId: string): WorkflowCall => ({ callKey: `start:proposal-${proposalId}`, kind: 'START', workflowId: `proposal-${proposalId}`, args: [] });

function newProposal(ward: Ward): NewProposalRow {
  return {
    bodyId: ward.bodyId, clientKey: randomUUID(), title: 'LAO_DONG_TIEN_TIEN', year: 2026, ruleSetId: 'test', unitId: ward.unitIds['mn-ngo-quyen']!,
    nomineeKind: 'INDIVIDUAL', nomineeName: 'Hoàng Thị Mai', nomineeUnitId: null, nomineePersonId: ward.personIds['Hoàng Thị Mai']!, nomineeHouseholdId: null,
    achievement: 'Thành tích', submittedBy: Object.values(ward.userIds)[0]!, roundId: null, route: 'WARD_DECISION', procedure: 'STANDARD',
    secretBallot: false, recusedUserIds: [], achievementKey: null,
  };
}

describe('proposal repositories', () => {
  const db = useTestDatabase();
  let ward: Ward;
  beforeAll(async () => {
    ward = await seedIsolatedWard(db);
  });

  const updatedAtOf = async (id: string): Promise<string> => (await db.query(`SELECT updated_at::text AS at FROM proposal WHERE id = $1`, [id]))[0].at;

  describe('ProposalRepository.insertOnce', () => {
    it('inside a caller’s transaction, rolls back with it, workflow start included', async () => {
      const row = newProposal(ward);
      const owed: string[] = [];
      await expect(
        db.transaction(async (m) => {
          await ProposalRepository.in(m).insertOnce(row, (id) => {
            owed.push(id);
            return owesStart(id);
          });
          throw new Error('caller fails after the insert');
        }),
      ).rejects.toThrow('caller fails after the insert');
      expect(owed).toHaveLength(1);
      expect(await new ProposalRepository(db).findIdByClientKey(ward.bodyId, row.clientKey)).toBeNull();
      expect(await db.query(`SELECT 1 FROM workflow_call WHERE call_key = $1`, [owesStart(owed[0]!).callKey])).toEqual([]);
    });

    it('answers the first row to a repeated submit', async () => {
      const repository = new ProposalRepository(db);
      const row = newProposal(ward);
      const first = await repository.insertOnce(row, owesStart);
      const again = await repository.insertOnce(row, owesStart);
      expect(first.created).toBe(true);
      expect(again).toEqual({ id: first.id, created: false });
    });
  });

  describe('ProposalMirrorRepository', () => {
    it('keeps updated_at when it records a tally, a deadline or a higher level’s decision (it tells when the status last moved)', async () => {
      const { id } = await new ProposalRepository(db).insertOnce(newProposal(ward), owesStart);
      const before = await updatedAtOf(id);
      const mirror = new ProposalMirrorRepository(db);
      await mirror.recordTally(id, { agree: 5 });
      await mirror.recordDeadline(id, 'DECISION', '2026-07-01', false);
      await mirror.recordHigherDecision(id, { number: '88/QĐ-UBND', date: '2026-06-30', issuer: 'UBND thành phố' });
      const [row] = await db.query(`SELECT tally, decision_due_on::text AS due, higher_decision_number AS number FROM proposal WHERE id = $1`, [id]);
      expect(row).toEqual({ tally: { agree: 5 }, due: '2026-07-01', number: '88/QĐ-UBND' });
      expect(await updatedAtOf(id)).toBe(before);
    });

    it('moves the status forward only, and audits each event once', async () => {
      const { id } = await new ProposalRepository(db).insertOnce(newProposal(ward), owesStart);
      const mirror = new ProposalMirrorRepository(db);
      const transition = (sequence: number, toStatus: string) => ({
        proposalId: id, bodyId: ward.bodyId, eventKey: `proposal-${id}:${sequence}`, sequence, actorUserId: null, actorRole: 'SYSTEM',
        action: 'TEST', fromStatus: null, toStatus, reason: null,
      });
      await mirror.recordTransition(transition(2, 'IN_COUNCIL_REVIEW'));
      await mirror.recordTransition(transition(1, 'SUBMITTED'));
      await mirror.recordTransition(transition(2, 'IN_COUNCIL_REVIEW'));
      const [row] = await db.query(`SELECT status, state_version FROM proposal WHERE id = $1`, [id]);
      expect(row).toEqual({ status: 'IN_COUNCIL_REVIEW', state_version: 2 });
      const audits = await db.query(`SELECT to_state FROM audit_log WHERE proposal_id = $1 ORDER BY event_key`, [id]);
      expect(audits).toEqual([{ to_state: 'SUBMITTED' }, { to_state: 'IN_COUNCIL_REVIEW' }]);
    });
  });

  describe('ProposalEligibilityQueries.recusedUserIds', () => {
    it('names the nominee’s own user, or every user of the nominated collective, of the body only', async () => {
      const users: { id: string; person_id: string; unit_id: string }[] = await db.query(
        `SELECT u.id, u.person_id, pe.unit_id FROM app_user u JOIN person pe ON pe.id = u.person_id WHERE u.body_id = $1 ORDER BY u.id`,
        [ward.bodyId],
      );
      const member = users[0]!;
      const colleagues = users.filter((u) => u.unit_id === member.unit_id).map((u) => u.id);
      const queries = new ProposalEligibilityQueries(db);
      expect(await queries.recusedUserIds(ward.bodyId, member.person_id, null)).toEqual([member.id]);
      expect((await queries.recusedUserIds(ward.bodyId, null, member.unit_id)).sort()).toEqual(colleagues);
      expect(await queries.recusedUserIds(ward.bodyId, null, null)).toEqual([]);
      expect(await queries.recusedUserIds(randomUUID(), member.person_id, member.unit_id)).toEqual([]);
    });
  });

  describe('ProposalListRepository', () => {
    it('keeps pages at their positions, and a page stored again changes nothing', async () => {
      const lists = new ProposalListRepository(db);
      const listKey = `test-${randomUUID()}`;
      const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
      await lists.storePage(listKey, 2, [c]);
      await lists.storePage(listKey, 0, [a, b]);
      await lists.storePage(listKey, 0, [randomUUID(), randomUUID()]);
      expect(await lists.idsOf(listKey)).toEqual([a, b, c]);
      expect(await lists.idsOf(`test-${randomUUID()}`)).toEqual([]);
    });
  });
});
