import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '@khenthuong/domain';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { auditAdmin, isUniqueViolation } from './admin-audit';
import type { CreateUserForm, ResetPasswordForm, UpdateUserForm } from './admin.forms';

export interface AdminUserRow {
  id: string;
  username: string;
  display_name: string;
  roles: Role[];
  unit_id: string | null;
  unit_name: string | null;
  email: string | null;
  active: boolean;
  council_role: string | null;
}

/** Users of the administrator's own body: create, change roles, unit and e-mail address, reset password, deactivate. */
@Injectable()
export class AdminUsersService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  list(actor: RequestActor): Promise<AdminUserRow[]> {
    return this.dataSource.query(
      `SELECT u.id, u.username, u.display_name, u.roles, u.unit_id, un.name AS unit_name, u.email, u.active, cm.council_role
         FROM app_user u
         LEFT JOIN unit un ON un.id = u.unit_id
         LEFT JOIN council c ON c.body_id = u.body_id AND c.active
         LEFT JOIN council_member cm ON cm.council_id = c.id AND cm.user_id = u.id
        WHERE u.body_id = $1 ORDER BY u.active DESC, u.username`,
      [actor.bodyId],
    );
  }

  async get(actor: RequestActor, userId: string): Promise<AdminUserRow> {
    const [row] = await this.dataSource.query(
      `SELECT u.id, u.username, u.display_name, u.roles, u.unit_id, un.name AS unit_name, u.email, u.active, NULL AS council_role
         FROM app_user u LEFT JOIN unit un ON un.id = u.unit_id
        WHERE u.id = $1 AND u.body_id = $2`,
      [userId, actor.bodyId],
    );
    if (!row) throw new ApiError(ApiErrorCode.NOT_FOUND, `user ${userId} not in body ${actor.bodyId}`);
    return row as AdminUserRow;
  }

  async create(actor: RequestActor, form: CreateUserForm): Promise<string> {
    const roles = uniqueRoles(form.roles);
    await this.checkUnit(actor, roles, form.unitId ?? null);
    // The same hash as the demo loader and AuthService verify: argon2id with the library's defaults.
    const passwordHash = await argon2.hash(form.password, { type: argon2.argon2id });
    try {
      return await this.dataSource.transaction(async (tx) => {
        const [row] = await tx.query(
          `INSERT INTO app_user (body_id, username, password_hash, roles, unit_id, display_name, email) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [actor.bodyId, form.username, passwordHash, roles, form.unitId ?? null, form.displayName, form.email ?? null],
        );
        await auditAdmin(tx, actor, 'ADMIN_USER_CREATED', `user ${form.username} roles ${roles.join(',')}`);
        return row.id as string;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_app_user_username')) throw new ApiError(ApiErrorCode.USERNAME_TAKEN, `username ${form.username} taken`);
      throw error;
    }
  }

  async update(actor: RequestActor, userId: string, form: UpdateUserForm): Promise<void> {
    const roles = uniqueRoles(form.roles);
    const user = await this.get(actor, userId);
    await this.checkUnit(actor, roles, form.unitId ?? null);
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE app_user SET roles = $1, unit_id = $2, email = $3 WHERE id = $4`, [roles, form.unitId ?? null, form.email ?? null, user.id]);
      await auditAdmin(tx, actor, 'ADMIN_USER_UPDATED', `user ${user.username} roles ${roles.join(',')} unit ${form.unitId ?? '-'} e-mail ${form.email ? 'set' : 'none'}`);
    });
  }

  async resetPassword(actor: RequestActor, userId: string, form: ResetPasswordForm): Promise<void> {
    const user = await this.get(actor, userId);
    const passwordHash = await argon2.hash(form.password, { type: argon2.argon2id });
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE app_user SET password_hash = $1 WHERE id = $2`, [passwordHash, user.id]);
      // Whoever held the old password loses their open sessions with it.
      await tx.query(`DELETE FROM user_session WHERE user_id = $1`, [user.id]);
      await auditAdmin(tx, actor, 'ADMIN_USER_PASSWORD_RESET', `user ${user.username}`);
    });
  }

  async deactivate(actor: RequestActor, userId: string): Promise<void> {
    const user = await this.get(actor, userId);
    if (user.id === actor.userId) throw new ApiError(ApiErrorCode.CANNOT_DEACTIVATE_SELF, `admin ${actor.userId} tried to deactivate self`);
    if (!user.active) return;
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE app_user SET active = false WHERE id = $1`, [user.id]);
      await tx.query(`DELETE FROM user_session WHERE user_id = $1`, [user.id]);
      await auditAdmin(tx, actor, 'ADMIN_USER_DEACTIVATED', `user ${user.username}`);
    });
  }

  /** The body's units, for the forms' select. */
  units(actor: RequestActor, tx: EntityManager | DataSource = this.dataSource): Promise<{ id: string; name: string }[]> {
    return tx.query(`SELECT id, name FROM unit WHERE body_id = $1 ORDER BY name`, [actor.bodyId]);
  }

  /** A unit head acts for a unit (AppUserEntity.unitId); any unit given must be one of this body's. */
  private async checkUnit(actor: RequestActor, roles: Role[], unitId: string | null): Promise<void> {
    if (roles.includes('UNIT_HEAD') && !unitId) {
      throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'unit head without unit', [{ field: 'unitId', messages: ['Trưởng đơn vị phải được gán một đơn vị.'] }]);
    }
    if (!unitId) return;
    const [unit] = await this.dataSource.query(`SELECT 1 FROM unit WHERE id = $1 AND body_id = $2`, [unitId, actor.bodyId]);
    if (!unit) throw new ApiError(ApiErrorCode.VALIDATION_FAILED, `unit ${unitId} not in body`, [{ field: 'unitId', messages: ['Đơn vị không thuộc phường.'] }]);
  }
}

const uniqueRoles = (roles: Role[]): Role[] => [...new Set(roles)];
