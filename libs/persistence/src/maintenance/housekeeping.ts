import type { DataSource } from 'typeorm';
import { LoginAttemptRepository } from '../repositories/login-attempt.repository';
import { SessionRepository } from '../repositories/session.repository';

/** Login attempts are kept a day: far longer than the throttle's window, short enough to stay small. */
export const LOGIN_ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface PruneResult {
  sessions: number;
  loginAttempts: number;
}

/** Deletes sessions past their expiry and login attempts past their retention. Safe to run from several processes. */
export async function pruneExpiredSessions(dataSource: DataSource, now = new Date()): Promise<PruneResult> {
  const sessions = await new SessionRepository(dataSource).pruneExpired(now);
  const loginAttempts = await new LoginAttemptRepository(dataSource).pruneBefore(new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_MS));
  return { sessions, loginAttempts };
}
