import { LessThan, type DataSource, type EntityManager } from 'typeorm';
import { LoginAttemptEntity } from '../entities/login-attempt.entity';

/** Failed logins inside the throttle's window. */
export interface RecentFailures {
  /** Of the username, since the window opened and since its last success. */
  byUsername: number;
  /** From the client address, since the window opened. */
  byAddress: number;
}

/** Every login attempt, counted in PostgreSQL so every api process sees the same numbers. */
export class LoginAttemptRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): LoginAttemptRepository {
    return new LoginAttemptRepository(manager);
  }

  async record(usernameKey: string, clientAddress: string, succeeded: boolean): Promise<void> {
    await this.attempts().insert({ usernameKey, clientAddress, succeeded });
  }

  async recentFailures(usernameKey: string, clientAddress: string, windowMinutes: number): Promise<RecentFailures> {
    const failures = () => this.attempts().createQueryBuilder('a').where('NOT a.succeeded AND a.at > now() - make_interval(mins => :windowMinutes)', { windowMinutes });
    const [byUsername, byAddress] = await Promise.all([
      failures()
        .andWhere('a.usernameKey = :usernameKey', { usernameKey })
        .andWhere((qb) => {
          const lastSuccess = qb.subQuery().select('max(s.at)').from(LoginAttemptEntity, 's').where('s.usernameKey = :usernameKey AND s.succeeded').getQuery();
          return `a.at > coalesce(${lastSuccess}, '-infinity')`;
        })
        .getCount(),
      failures().andWhere('a.clientAddress = :clientAddress', { clientAddress }).getCount(),
    ]);
    return { byUsername, byAddress };
  }

  /** Deletes attempts older than `before`; returns how many. */
  async pruneBefore(before: Date): Promise<number> {
    const result = await this.attempts().delete({ at: LessThan(before) });
    return result.affected ?? 0;
  }

  private attempts() {
    return this.db.getRepository(LoginAttemptEntity);
  }
}
