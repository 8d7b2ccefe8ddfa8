import { randomUUID } from 'node:crypto';
import { RoundRepository } from '../src';
import { useTestDatabase } from './test-database';
import { BACKFILL_DECISION_KIND, BACKFILL_PAPER_ROUND } from '../src/migrations/1765700000000-ExplicitPaperColumns';
import { seedIsolatedWard } from '../../../test/support/stack';

type Ward = Awaited<ReturnType<typeof seedIsolatedWard>>;

describe('migration ExplicitPaperColumns: backfill from the subject keys', () => {
  const db = useTestDatabase();
  let ward: Ward;
  beforeAll(async () => {
    ward = await seedIsolatedWard(db);
  });

  const signer = () => Object.values(ward.userIds)[0]!;

  it('marks decisions numbered for a revocation as corrective, and leaves award decisions', async () => {
    const insert = async (subjectKey: string, sequence: number): Promise<string> =>
      (await db.query(
        `INSERT INTO decision (body_id, subject_key, year, symbol, sequence, number_text, decision_date, signer_user_id)
         VALUES ($1, $2, 2026, 'QĐ-UBND', $3, $4, '2026-12-20', $5) RETURNING id`,
        [ward.bodyId, subjectKey, sequence, `${sequence}/QĐ-UBND`, signer()],
      ))[0].id;
    const award = await insert(randomUUID(), 1);
    const roundTitle = await insert(`round:${randomUUID()}:LAO_DONG_TIEN_TIEN`, 2);
    const corrective = await insert(`revoke:${randomUUID()}`, 3);

    await db.query(BACKFILL_DECISION_KIND);
    const rows: { id: string; kind: string }[] = await db.query(`SELECT id, kind FROM decision WHERE id = ANY($1) ORDER BY sequence`, [[award, roundTitle, corrective]]);
    expect(rows).toEqual([{ id: award, kind: 'AWARD' }, { id: roundTitle, kind: 'AWARD' }, { id: corrective, kind: 'CORRECTIVE' }]);
  });

  it("names the round on a round's minutes, tờ trình and posting notice, and on no proposal's paper", async () => {
    const roundId = randomUUID();
    await new RoundRepository(db).insertOnce(
      { bodyId: ward.bodyId, clientKey: roundId, name: 'Đợt thi đua năm 2026', kind: 'YEAR_END', year: 2026, ruleSetId: 'test', nominationDeadline: '2026-11-20', secretBallot: false, createdBy: signer() },
      roundId,
    );
    const proposalId = randomUUID();
    const papers: [string, string][] = [['MINUTES', roundId], ['SUBMISSION', roundId], ['POSTING_NOTICE', roundId], ['POSTING_NOTICE', proposalId], ['HISTORY', roundId]];
    const ids: string[] = [];
    for (const [index, [kind, subjectKey]] of papers.entries()) {
      const [row] = await db.query(
        `INSERT INTO archived_document (body_id, subject_key, kind, sha256, size_bytes, storage_key, chain_seq, entry_hash, issued_at)
         VALUES ($1, $2, $3, $4, 1, $4, $5, $4, now()) RETURNING id`,
        [ward.bodyId, subjectKey, kind, randomUUID(), 1000 + index],
      );
      ids.push(row.id);
    }

    await db.query(BACKFILL_PAPER_ROUND);
    const rows: { round_id: string | null }[] = await db.query(`SELECT round_id FROM archived_document WHERE id = ANY($1) ORDER BY chain_seq`, [ids]);
    expect(rows.map((r) => r.round_id)).toEqual([roundId, roundId, roundId, null, null]);
  });
});
