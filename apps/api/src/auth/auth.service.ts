import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { AppConfig } from '@khenthuong/platform';
import type { Role } from '@khenthuong/domain';
import { ApiError, ApiErrorCode } from '../common/api-error';
import type { RequestActor } from './actor';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Password login (argon2id) and opaque bearer sessions stored by hash in PostgreSQL. */
@Injectable()
export class AuthService {
  /** Hash of a random secret, only verified against to equalise timing for unknown users. */
  private readonly dummyHash = argon2.hash(randomBytes(16).toString('hex'));

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async login(username: string, password: string): Promise<{ token: string; expiresAt: Date; actor: RequestActor }> {
    const [user] = await this.dataSource.query(`SELECT id, password_hash FROM app_user WHERE username = $1`, [username]);
    // Verify against a dummy hash when the user is unknown, so timing does not reveal usernames.
    const ok = await argon2.verify(user ? user.password_hash : await this.dummyHash, password);
    if (!user || !ok) throw new ApiError(ApiErrorCode.INVALID_CREDENTIALS, `login refused for ${username}`);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3_600_000);
    await this.dataSource.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, $3)`, [sha256(token), user.id, expiresAt]);
    const actor = await this.actorForUser(user.id);
    return { token, expiresAt, actor: actor! };
  }

  async actorForToken(token: string): Promise<RequestActor | null> {
    const [row] = await this.dataSource.query(`SELECT user_id FROM user_session WHERE token_hash = $1 AND expires_at > now()`, [sha256(token)]);
    return row ? this.actorForUser(row.user_id) : null;
  }

  async logout(token: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM user_session WHERE token_hash = $1`, [sha256(token)]);
  }

  private async actorForUser(userId: string): Promise<RequestActor | null> {
    const [u] = await this.dataSource.query(`SELECT id, body_id, display_name, roles, unit_id FROM app_user WHERE id = $1`, [userId]);
    return u ? { userId: u.id, bodyId: u.body_id, displayName: u.display_name, roles: u.roles as Role[], unitId: u.unit_id } : null;
  }
}
