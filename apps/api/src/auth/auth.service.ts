import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as argon2 from 'argon2';
import { AppConfig } from '@khenthuong/platform';
import { AuditLogRepository, SessionRepository, UserRepository, type UserActorRow } from '@khenthuong/persistence';
import { ApiError, ApiErrorCode } from '../common/api-error';
import type { RequestActor } from './actor';
import { LoginThrottle } from './login-throttle';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export type AuthAuditAction = 'LOGIN' | 'LOGIN_FAILED' | 'LOGIN_THROTTLED' | 'LOGOUT';

/** Password login (argon2id) and opaque sessions stored by hash in PostgreSQL, for bearer and cookie alike. */
@Injectable()
export class AuthService {
  /** Hash of a random secret, only verified against to equalise timing for unknown users. */
  private readonly dummyHash = argon2.hash(randomBytes(16).toString('hex'));

  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly auditLog: AuditLogRepository,
    private readonly config: AppConfig,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(username: string, password: string, clientAddress: string): Promise<{ token: string; expiresAt: Date; actor: RequestActor }> {
    const usernameKey = username.trim().toLowerCase();
    // A deactivated user is treated as unknown: same message, same timing.
    const user = await this.users.activeCredentials(username);
    if (!(await this.throttle.allows(usernameKey, clientAddress))) {
      if (user) await this.audit(user, 'LOGIN_THROTTLED', clientAddress);
      throw new ApiError(ApiErrorCode.TOO_MANY_LOGIN_ATTEMPTS, `login throttled for ${usernameKey} from ${clientAddress}`);
    }
    // Verify against a dummy hash when the user is unknown, so timing does not reveal usernames.
    const ok = await argon2.verify(user ? user.passwordHash : await this.dummyHash, password);
    await this.throttle.record(usernameKey, clientAddress, Boolean(user && ok));
    if (!user || !ok) {
      if (user) await this.audit(user, 'LOGIN_FAILED', clientAddress);
      throw new ApiError(ApiErrorCode.INVALID_CREDENTIALS, `login refused for ${username}`);
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3_600_000);
    await this.sessions.open(sha256(token), user.id, expiresAt);
    await this.audit(user, 'LOGIN', clientAddress);
    const actor = await this.users.actor(user.id);
    return { token, expiresAt, actor: toActor(actor!) };
  }

  async actorForToken(token: string): Promise<RequestActor | null> {
    const user = await this.sessions.actor(sha256(token));
    return user ? toActor(user) : null;
  }

  /** Ends the session of `token`; audited when it was a live one. */
  async logout(token: string, clientAddress: string): Promise<void> {
    const user = await this.sessions.close(sha256(token));
    if (user) await this.audit(user, 'LOGOUT', clientAddress);
  }

  /** Logins go to the same audit table as proposal transitions, without a proposal. */
  private async audit(user: { id: string; bodyId: string; roles: readonly string[] }, action: AuthAuditAction, clientAddress: string): Promise<void> {
    await this.auditLog.append({
      bodyId: user.bodyId,
      eventKey: `auth:${randomUUID()}`,
      actorUserId: user.id,
      actorRole: user.roles.join(','),
      action,
      reason: `address ${clientAddress}`,
    });
  }
}

function toActor(u: UserActorRow): RequestActor {
  return { userId: u.id, bodyId: u.bodyId, displayName: u.displayName, roles: u.roles, unitId: u.unitId };
}
