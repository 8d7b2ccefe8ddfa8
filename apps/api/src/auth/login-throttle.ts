import { Injectable } from '@nestjs/common';
import { LoginAttemptRepository } from '@khenthuong/persistence';

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
  constructor(private readonly attempts: LoginAttemptRepository) {}

  /** Failures since the window opened (and, per username, since its last success) are below the limits. */
  async allows(usernameKey: string, address: string): Promise<boolean> {
    const failures = await this.attempts.recentFailures(usernameKey, address, LOGIN_THROTTLE.windowMinutes);
    return failures.byUsername < LOGIN_THROTTLE.maxFailuresPerUsername && failures.byAddress < LOGIN_THROTTLE.maxFailuresPerAddress;
  }

  async record(usernameKey: string, address: string, succeeded: boolean): Promise<void> {
    await this.attempts.record(usernameKey, address, succeeded);
  }
}
