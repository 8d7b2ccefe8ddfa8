import type { Role } from '@khenthuong/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppUserEntity } from '../entities/app-user.entity';
import { CouncilMemberEntity } from '../entities/council-member.entity';
import { CouncilEntity } from '../entities/council.entity';

/** Who a signed-in user acts as. */
export interface UserActorRow {
  id: string;
  bodyId: string;
  displayName: string;
  roles: Role[];
  unitId: string | null;
}

/** What a password login checks. */
export interface UserCredentialsRow {
  id: string;
  bodyId: string;
  roles: Role[];
  passwordHash: string;
}

/** A user as the administrator's pages list it. */
export interface UserAdminRow {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  unitId: string | null;
  unitName: string | null;
  email: string | null;
  active: boolean;
  /** The user's seat in the body's active council, if any. */
  councilRole: string | null;
}

export interface NewUser {
  bodyId: string;
  username: string;
  passwordHash: string;
  roles: Role[];
  unitId: string | null;
  displayName: string;
  email: string | null;
}

/** The users of a body (app_user): login, the administrator's changes, council seats' candidates. */
export class UserRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): UserRepository {
    return new UserRepository(manager);
  }

  /** An active user by exact username, or null (a deactivated user is as unknown). */
  async activeCredentials(username: string): Promise<UserCredentialsRow | null> {
    const user = await this.users().findOne({ where: { username, active: true }, select: { id: true, bodyId: true, roles: true, passwordHash: true } });
    return user ? { id: user.id, bodyId: user.bodyId, roles: user.roles, passwordHash: user.passwordHash } : null;
  }

  async actor(userId: string): Promise<UserActorRow | null> {
    const user = await this.users().findOneBy({ id: userId });
    return user ? toUserActorRow(user) : null;
  }

  async listForAdmin(bodyId: string): Promise<UserAdminRow[]> {
    const rows = await this.adminQuery()
      .leftJoin(CouncilEntity, 'c', 'c.bodyId = u.bodyId AND c.active')
      .leftJoin(CouncilMemberEntity, 'cm', 'cm.councilId = c.id AND cm.userId = u.id')
      .addSelect('cm.councilRole', 'council_role')
      .where('u.bodyId = :bodyId', { bodyId })
      .orderBy('u.active', 'DESC')
      .addOrderBy('u.username')
      .getRawMany<RawAdminRow>();
    return rows.map(toAdminRow);
  }

  /** One user of the body, without the council seat; null when the id is another body's. */
  async getForAdmin(bodyId: string, userId: string): Promise<UserAdminRow | null> {
    const row = await this.adminQuery().where('u.id = :userId AND u.bodyId = :bodyId', { userId, bodyId }).getRawOne<RawAdminRow>();
    return row ? toAdminRow({ ...row, council_role: null }) : null;
  }

  async create(user: NewUser): Promise<string> {
    const result = await this.users().insert(user);
    return (result.identifiers[0] as { id: string }).id;
  }

  async update(userId: string, change: { roles: Role[]; unitId: string | null; email: string | null }): Promise<void> {
    await this.users().update({ id: userId }, change);
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.users().update({ id: userId }, { passwordHash });
  }

  async deactivate(userId: string): Promise<void> {
    await this.users().update({ id: userId }, { active: false });
  }

  private users() {
    return this.db.getRepository(AppUserEntity);
  }

  private adminQuery() {
    return this.users()
      .createQueryBuilder('u')
      .leftJoin('u.unit', 'un')
      .select(['u.id AS id', 'u.username AS username', 'u.displayName AS display_name', 'u.roles AS roles', 'u.unitId AS unit_id'])
      .addSelect(['un.name AS unit_name', 'u.email AS email', 'u.active AS active']);
  }
}

interface RawAdminRow {
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

const toAdminRow = (r: RawAdminRow): UserAdminRow => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  roles: r.roles,
  unitId: r.unit_id,
  unitName: r.unit_name,
  email: r.email,
  active: r.active,
  councilRole: r.council_role,
});

export const toUserActorRow = (u: Pick<AppUserEntity, 'id' | 'bodyId' | 'displayName' | 'roles' | 'unitId'>): UserActorRow => ({
  id: u.id,
  bodyId: u.bodyId,
  displayName: u.displayName,
  roles: u.roles,
  unitId: u.unitId,
});
