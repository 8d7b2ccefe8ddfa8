import type { Role } from '@khenthuong/domain';
import { LessThan, type DataSource, type EntityManager } from 'typeorm';
import { AppUserEntity } from '../entities/app-user.entity';
import { UserSessionEntity } from '../entities/user-session.entity';
import { toUserActorRow, type UserActorRow } from './user.repository';

/** Sessions by the SHA-256 of their token (the token itself is never stored). */
export class SessionRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): SessionRepository {
    return new SessionRepository(manager);
  }

  async open(tokenHash: string, userId: string, expiresAt: Date): Promise<void> {
    await this.sessions().insert({ tokenHash, userId, expiresAt });
  }

  /** The active user of a session that has not expired by the database's clock, or null. */
  async actor(tokenHash: string): Promise<UserActorRow | null> {
    const user = await this.db
      .getRepository(AppUserEntity)
      .createQueryBuilder('u')
      .innerJoin(UserSessionEntity, 's', 's.userId = u.id')
      .where('s.tokenHash = :tokenHash AND s.expiresAt > now() AND u.active', { tokenHash })
      .getOne();
    return user ? toUserActorRow(user) : null;
  }

  /** Ends a session; returns whose it was, or null when no such session was open. */
  async close(tokenHash: string): Promise<{ id: string; bodyId: string; roles: Role[] } | null> {
    const result = await this.sessions().createQueryBuilder().delete().where('tokenHash = :tokenHash', { tokenHash }).returning(['userId']).execute();
    const [gone] = result.raw as Array<{ user_id: string }>;
    if (!gone) return null;
    const user = await this.db.getRepository(AppUserEntity).findOne({ where: { id: gone.user_id }, select: { id: true, bodyId: true, roles: true } });
    return user ? { id: user.id, bodyId: user.bodyId, roles: user.roles } : null;
  }

  /** Ends every session of a user (a new password, a deactivation). */
  async closeAllOf(userId: string): Promise<void> {
    await this.sessions().delete({ userId });
  }

  /** Deletes sessions past their expiry; returns how many. */
  async pruneExpired(now: Date): Promise<number> {
    const result = await this.sessions().delete({ expiresAt: LessThan(now) });
    return result.affected ?? 0;
  }

  private sessions() {
    return this.db.getRepository(UserSessionEntity);
  }
}
