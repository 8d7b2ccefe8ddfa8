import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Limits of failed logins, counted in PostgreSQL so every api process sees the same counts.
 * Not a legal value: an operational choice (OWASP suggests a few attempts per account and window).
 * Per address the limit is high because behind a proxy without `trust proxy` every client shares one.
 */
export const LOGIN_THROTTLE = {
  windowMinutes: 15,
  maxFailuresPerUsername: 5,
  maxFailuresPerAddress: 100,
};

/** Records each login attempt and says whether another may be tried now. */
@Injectable()
export class LoginThrottle {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Failures since the window opened (and, per username, since its last success) are below the limits. */
  async allows(usernameKey: string, address: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM login_attempt a
           WHERE a.username_key = $1 AND NOT a.succeeded AND a.at > now() - make_interval(mins => $3)
             AND a.at > coalesce((SELECT max(s.at) FROM login_attempt s WHERE s.username_key = $1 AND s.succeeded), '-infinity')) AS by_user,
         (SELECT count(*) FROM login_attempt a
           WHERE a.client_address = $2 AND NOT a.succeeded AND a.at > now() - make_interval(mins => $3)) AS by_address`,
      [usernameKey, address, LOGIN_THROTTLE.windowMinutes],
    );
    return Number(row.by_user) < LOGIN_THROTTLE.maxFailuresPerUsername && Number(row.by_address) < LOGIN_THROTTLE.maxFailuresPerAddress;
  }

  async record(usernameKey: string, address: string, succeeded: boolean): Promise<void> {
    await this.dataSource.query(`INSERT INTO login_attempt (username_key, client_address, succeeded) VALUES ($1, $2, $3)`, [usernameKey, address, succeeded]);
  }
}
