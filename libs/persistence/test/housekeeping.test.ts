import { randomUUID } from 'node:crypto';
import { pruneExpiredSessions, LOGIN_ATTEMPT_RETENTION_MS } from '../src';
import { useTestDatabase } from './test-database';
import { seedIsolatedWard } from '../../../test/support/stack';

describe('pruneExpiredSessions', () => {
  const db = useTestDatabase();

  it('removes expired sessions and login attempts past their retention, and keeps the live ones', async () => {
    const ward = await seedIsolatedWard(db);
    const userId = Object.values(ward.userIds)[0]!;
    const now = new Date('2026-12-02T08:00:00Z');
    const [expired, live] = [randomUUID(), randomUUID()];
    await db.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $3, $4), ($2, $3, $5)`, [
      expired, live, userId, new Date(now.getTime() - 1000), new Date(now.getTime() + 3_600_000),
    ]);
    const key = `prune-${randomUUID()}`;
    await db.query(`INSERT INTO login_attempt (username_key, client_address, succeeded, at) VALUES ($1, 'x', false, $2), ($1, 'x', false, $3)`, [
      key, new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_MS - 1000), new Date(now.getTime() - 60_000),
    ]);

    const removed = await pruneExpiredSessions(db, now);
    expect(removed.sessions).toBeGreaterThanOrEqual(1);
    expect(removed.loginAttempts).toBeGreaterThanOrEqual(1);
    const sessions = await db.query(`SELECT token_hash FROM user_session WHERE token_hash = ANY($1)`, [[expired, live]]);
    expect(sessions.map((s: { token_hash: string }) => s.token_hash)).toEqual([live]);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM login_attempt WHERE username_key = $1`, [key]);
    expect(n).toBe(1);
    await expect(pruneExpiredSessions(db, now)).resolves.toEqual({ sessions: 0, loginAttempts: 0 });
  });
});
