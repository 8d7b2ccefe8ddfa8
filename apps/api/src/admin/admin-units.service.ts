import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { auditAdmin, isUniqueViolation } from './admin-audit';
import type { CreateUnitForm, RenameUnitForm } from './admin.forms';

/** The nominating units of the administrator's body. Units are never deleted: proposals point at them. */
@Injectable()
export class AdminUnitsService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  list(actor: RequestActor): Promise<{ id: string; code: string; name: string; kind: string }[]> {
    return this.dataSource.query(`SELECT id, code, name, kind FROM unit WHERE body_id = $1 ORDER BY name`, [actor.bodyId]);
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
