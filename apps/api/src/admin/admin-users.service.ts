import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import type { Role } from '@khenthuong/domain';
import { SessionRepository, UnitRepository, UserRepository, type UserAdminRow } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { auditAdmin, isUniqueViolation } from './admin-audit';
import type { CreateUserForm, ResetPasswordForm, UpdateUserForm } from './admin.forms';

export type AdminUserRow = UserAdminRow;

/** Users of the administrator's own body: create, change roles, unit and e-mail address, reset password, deactivate. */
@Injectable()
export class AdminUsersService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly unitRepository: UnitRepository,
  ) {}

  list(actor: RequestActor): Promise<AdminUserRow[]> {
    return this.users.listForAdmin(actor.bodyId);
  }

  async get(actor: RequestActor, userId: string): Promise<AdminUserRow> {
    const user = await this.users.getForAdmin(actor.bodyId, userId);
    if (!user) throw new ApiError(ApiErrorCode.NOT_FOUND, `user ${userId} not in body ${actor.bodyId}`);
    return user;
  }

  async create(actor: RequestActor, form: CreateUserForm): Promise<string> {
    const roles = uniqueRoles(form.roles);
    await this.checkUnit(actor, roles, form.unitId ?? null);
    // The same hash as the demo loader and AuthService verify: argon2id with the library's defaults.
    const passwordHash = await argon2.hash(form.password, { type: argon2.argon2id });
    try {
      return await this.dataSource.transaction(async (tx) => {
        const id = await UserRepository.in(tx).create({
          bodyId: actor.bodyId, username: form.username, passwordHash, roles, unitId: form.unitId ?? null, displayName: form.displayName, email: form.email ?? null,
        });
        await auditAdmin(tx, actor, 'ADMIN_USER_CREATED', `user ${form.username} roles ${roles.join(',')}`);
        return id;
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
      await UserRepository.in(tx).update(user.id, { roles, unitId: form.unitId ?? null, email: form.email ?? null });
      await auditAdmin(tx, actor, 'ADMIN_USER_UPDATED', `user ${user.username} roles ${roles.join(',')} unit ${form.unitId ?? '-'} e-mail ${form.email ? 'set' : 'none'}`);
    });
  }

  async resetPassword(actor: RequestActor, userId: string, form: ResetPasswordForm): Promise<void> {
    const user = await this.get(actor, userId);
    const passwordHash = await argon2.hash(form.password, { type: argon2.argon2id });
    await this.dataSource.transaction(async (tx) => {
      await UserRepository.in(tx).setPasswordHash(user.id, passwordHash);
      // Whoever held the old password loses their open sessions with it.
      await SessionRepository.in(tx).closeAllOf(user.id);
      await auditAdmin(tx, actor, 'ADMIN_USER_PASSWORD_RESET', `user ${user.username}`);
    });
  }

  async deactivate(actor: RequestActor, userId: string): Promise<void> {
    const user = await this.get(actor, userId);
    if (user.id === actor.userId) throw new ApiError(ApiErrorCode.CANNOT_DEACTIVATE_SELF, `admin ${actor.userId} tried to deactivate self`);
    if (!user.active) return;
    await this.dataSource.transaction(async (tx) => {
      await UserRepository.in(tx).deactivate(user.id);
      await SessionRepository.in(tx).closeAllOf(user.id);
      await auditAdmin(tx, actor, 'ADMIN_USER_DEACTIVATED', `user ${user.username}`);
    });
  }

  /** The body's units, for the forms' select. */
  async units(actor: RequestActor): Promise<{ id: string; name: string }[]> {
    return (await this.unitRepository.choices(actor.bodyId)).map(({ id, name }) => ({ id, name }));
  }

  /** A unit head acts for a unit (AppUserEntity.unitId); any unit given must be one of this body's. */
  private async checkUnit(actor: RequestActor, roles: Role[], unitId: string | null): Promise<void> {
    if (roles.includes('UNIT_HEAD') && !unitId) {
      throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'unit head without unit', [{ field: 'unitId', messages: ['Trưởng đơn vị phải được gán một đơn vị.'] }]);
    }
    if (!unitId) return;
    const unit = await this.unitRepository.find(actor.bodyId, unitId);
    if (!unit) throw new ApiError(ApiErrorCode.VALIDATION_FAILED, `unit ${unitId} not in body`, [{ field: 'unitId', messages: ['Đơn vị không thuộc phường.'] }]);
  }
}

const uniqueRoles = (roles: Role[]): Role[] => [...new Set(roles)];
