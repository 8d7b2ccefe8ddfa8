import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { AppConfig } from '@khenthuong/platform';
import type { Role } from '@khenthuong/domain';
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
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(username: string, password: string, clientAddress: string): Promise<{ token: string; expiresAt: Date; actor: RequestActor }> {
    const usernameKey = username.trim().toLowerCase();
    // A deactivated user is treated as unknown: same message, same timing.
    const [user] = await this.dataSource.query(`SELECT id, body_id, roles, password_hash FROM app_user WHERE username = $1 AND active`, [username]);
    if (!(await this.throttle.allows(usernameKey, clientAddress))) {
      if (user) await this.audit(user, 'LOGIN_THROTTLED', clientAddress);
      throw new ApiError(ApiErrorCode.TOO_MANY_LOGIN_ATTEMPTS, `login throttled for ${usernameKey} from ${clientAddress}`);
    }
    // Verify against a dummy hash when the user is unknown, so timing does not reveal usernames.
    const ok = await argon2.verify(user ? user.password_hash : await this.dummyHash, password);
    await this.throttle.record(usernameKey, clientAddress, Boolean(user && ok));
    if (!user || !ok) {
      if (user) await this.audit(user, 'LOGIN_FAILED', clientAddress);
      throw new ApiError(ApiErrorCode.INVALID_CREDENTIALS, `login refused for ${username}`);
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3_600_000);
    await this.dataSource.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, $3)`, [sha256(token), user.id, expiresAt]);
    await this.audit(user, 'LOGIN', clientAddress);
    const actor = await this.actorForUser(user.id);
    return { token, expiresAt, actor: actor! };
  }

  async actorForToken(token: string): Promise<RequestActor | null> {
    const [u] = await this.dataSource.query(
      `SELECT u.id, u.body_id, u.display_name, u.roles, u.unit_id
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`,
      [sha256(token)],
    );
    return u ? toActor(u) : null;
  }

  /** Ends the session of `token`; audited when it was a live one. */
  async logout(token: string, clientAddress: string): Promise<void> {
    const [row] = await this.dataSource.query(
      // A SELECT around the DELETE, because TypeORM returns [rows, count] for DELETE … RETURNING.
      `WITH gone AS (DELETE FROM user_session WHERE token_hash = $1 RETURNING user_id)
       SELECT u.id, u.body_id, u.roles FROM gone JOIN app_user u ON u.id = gone.user_id`,
      [sha256(token)],
    );
    if (row) await this.audit(row, 'LOGOUT', clientAddress);
  }

  /** Logins go to the same audit table as proposal transitions, without a proposal. */
  private async audit(user: { id: string; body_id: string; roles: string[] }, action: AuthAuditAction, clientAddress: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_log (body_id, proposal_id, event_key, actor_user_id, actor_role, action, reason, at)
       VALUES ($1, NULL, $2, $3, $4, $5, $6, now())`,
      [user.body_id, `auth:${randomUUID()}`, user.id, user.roles.join(','), action, `address ${clientAddress}`],
    );
  }

  private async actorForUser(userId: string): Promise<RequestActor | null> {
    const [u] = await this.dataSource.query(`SELECT id, body_id, display_name, roles, unit_id FROM app_user WHERE id = $1`, [userId]);
    return u ? toActor(u) : null;
  }
}

function toActor(u: { id: string; body_id: string; display_name: string; roles: string[]; unit_id: string | null }): RequestActor {
  return { userId: u.id, bodyId: u.body_id, displayName: u.display_name, roles: u.roles as Role[], unitId: u.unit_id };
}
