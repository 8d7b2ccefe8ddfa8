import { randomUUID } from 'node:crypto';
import { AuditLogRepository, LoginAttemptRepository, UnitRepository } from '../src';
import { useTestDatabase } from './test-database';
import { seedIsolatedWard } from '../../../test/support/stack';

describe('repositories of units, login attempts and the audit log', () => {
  const db = useTestDatabase();

  it("finds a unit only within its own body, and offers the active ones or a unit head's own", async () => {
    const [ward, other] = [await seedIsolatedWard(db), await seedIsolatedWard(db)];
    const units = new UnitRepository(db);
    const all = await units.list(ward.bodyId);
    const [kept, stopped] = [all[0]!, all[1]!];
    await units.setActive(ward.bodyId, stopped.id, false);

    expect(await units.find(ward.bodyId, kept.id)).toEqual(kept);
    expect(await units.find(other.bodyId, kept.id)).toBeNull();
    const active = await units.choices(ward.bodyId, { activeOnly: true });
    expect(active.map((u) => u.id)).toContain(kept.id);
    expect(active.map((u) => u.id)).not.toContain(stopped.id);
    expect(await units.choices(ward.bodyId, { onlyId: kept.id })).toEqual([{ id: kept.id, name: kept.name, kind: kept.kind }]);
    expect((await units.choices(ward.bodyId)).length).toBe(all.length);
  });

  it('counts failed logins in the window per username since its last success, and per address', async () => {
    const attempts = new LoginAttemptRepository(db);
    const [user, address] = [`u-${randomUUID()}`, `a-${randomUUID()}`];
    await attempts.record(user, address, false);
    await attempts.record(user, 'elsewhere', false);
    expect(await attempts.recentFailures(user, address, 15)).toEqual({ byUsername: 2, byAddress: 1 });

    await attempts.record(user, address, true);
    await attempts.record(user, address, false);
    expect(await attempts.recentFailures(user, address, 15)).toEqual({ byUsername: 1, byAddress: 2 });

    await db.query(`UPDATE login_attempt SET at = now() - interval '20 minutes' WHERE client_address = $1 AND NOT succeeded`, [address]);
    expect(await attempts.recentFailures(user, address, 15)).toEqual({ byUsername: 0, byAddress: 0 });
  });

  it('appends an audit row without a proposal, stamped by the database', async () => {
    const ward = await seedIsolatedWard(db);
    const userId = Object.values(ward.userIds)[0]!;
    const eventKey = `test:${randomUUID()}`;
    await db.transaction((tx) => AuditLogRepository.in(tx).append({ bodyId: ward.bodyId, eventKey, actorUserId: userId, actorRole: 'ADMIN', action: 'ADMIN_UNIT_RENAMED', reason: 'unit X' }));

    const rows = await db.query(`SELECT body_id, proposal_id, actor_user_id, actor_role, action, reason, at <= now() AS stamped FROM audit_log WHERE event_key = $1`, [eventKey]);
    expect(rows).toEqual([{ body_id: ward.bodyId, proposal_id: null, actor_user_id: userId, actor_role: 'ADMIN', action: 'ADMIN_UNIT_RENAMED', reason: 'unit X', stamped: true }]);
  });
});
