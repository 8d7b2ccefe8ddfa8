import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { auditAdmin, isUniqueViolation } from './admin-audit';
import type { CreateUnitForm, RenameUnitForm } from './admin.forms';

export interface UnitUsage {
  id: string;
  name: string;
  active: boolean;
  people: number;
  users: number;
  proposals: number;
  awards: number;
}

/** The nominating units of the administrator's body. Units are never deleted: proposals point at them. */
@Injectable()
export class AdminUnitsService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  list(actor: RequestActor): Promise<{ id: string; code: string; name: string; kind: string; active: boolean }[]> {
    return this.dataSource.query(`SELECT id, code, name, kind, active FROM unit WHERE body_id = $1 ORDER BY active DESC, name`, [actor.bodyId]);
  }

  /** What stays pointing at a unit when it stops: shown before the administrator confirms. */
  async usage(actor: RequestActor, unitId: string): Promise<UnitUsage> {
    const [row] = await this.dataSource.query(
      `SELECT u.id, u.name, u.active,
              (SELECT count(*)::int FROM person p WHERE p.unit_id = u.id AND p.active) AS people,
              (SELECT count(*)::int FROM app_user a WHERE a.unit_id = u.id AND a.active) AS users,
              (SELECT count(*)::int FROM proposal p WHERE p.unit_id = u.id OR p.nominee_unit_id = u.id) AS proposals,
              (SELECT count(*)::int FROM award_record r WHERE r.unit_id = u.id) AS awards
         FROM unit u WHERE u.id = $1 AND u.body_id = $2`,
      [unitId, actor.bodyId],
    );
    if (!row) throw new ApiError(ApiErrorCode.NOT_FOUND, `unit ${unitId} not in body`);
    return row;
  }

  /**
   * Stops or restarts a unit. Nothing is deleted or moved: its people, users, proposals and awards
   * keep pointing at it and it stays in earlier years' lookups; it is only left out of new choices.
   */
  async setActive(actor: RequestActor, unitId: string, active: boolean): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const [rows] = await tx.query(`UPDATE unit SET active = $1 WHERE id = $2 AND body_id = $3 RETURNING code`, [active, unitId, actor.bodyId]);
      if (!rows?.length) throw new ApiError(ApiErrorCode.NOT_FOUND, `unit ${unitId} not in body`);
      await auditAdmin(tx, actor, active ? 'ADMIN_UNIT_REACTIVATED' : 'ADMIN_UNIT_DEACTIVATED', `unit ${rows[0].code}`);
    });
  }

  async create(actor: RequestActor, form: CreateUnitForm): Promise<string> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        const [row] = await tx.query(`INSERT INTO unit (body_id, code, name, kind) VALUES ($1, $2, $3, $4) RETURNING id`, [actor.bodyId, form.code, form.name, form.kind]);
        await auditAdmin(tx, actor, 'ADMIN_UNIT_CREATED', `unit ${form.code}`);
        return row.id as string;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_unit_body_code')) throw new ApiError(ApiErrorCode.UNIT_CODE_TAKEN, `unit code ${form.code} taken`);
      throw error;
    }
  }

  async rename(actor: RequestActor, unitId: string, form: RenameUnitForm): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const [rows] = await tx.query(`UPDATE unit SET name = $1 WHERE id = $2 AND body_id = $3 RETURNING code`, [form.name, unitId, actor.bodyId]);
      if (!rows?.length) throw new ApiError(ApiErrorCode.NOT_FOUND, `unit ${unitId} not in body`);
      await auditAdmin(tx, actor, 'ADMIN_UNIT_RENAMED', `unit ${rows[0].code}`);
    });
  }
}
