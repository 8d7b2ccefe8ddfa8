import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UnitRepository, type UnitRow, type UnitUsageRow } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { auditAdmin, isUniqueViolation } from './admin-audit';
import type { CreateUnitForm, RenameUnitForm } from './admin.forms';

export type UnitUsage = UnitUsageRow;

/** The nominating units of the administrator's body. Units are never deleted: proposals point at them. */
@Injectable()
export class AdminUnitsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly units: UnitRepository,
  ) {}

  list(actor: RequestActor): Promise<UnitRow[]> {
    return this.units.list(actor.bodyId);
  }

  /** What stays pointing at a unit when it stops: shown before the administrator confirms. */
  async usage(actor: RequestActor, unitId: string): Promise<UnitUsage> {
    const usage = await this.units.usage(actor.bodyId, unitId);
    if (!usage) throw new ApiError(ApiErrorCode.NOT_FOUND, `unit ${unitId} not in body`);
    return usage;
  }

  /**
   * Stops or restarts a unit. Nothing is deleted or moved: its people, users, proposals and awards
   * keep pointing at it and it stays in earlier years' lookups; it is only left out of new choices.
   */
  async setActive(actor: RequestActor, unitId: string, active: boolean): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const code = await UnitRepository.in(tx).setActive(actor.bodyId, unitId, active);
      if (code === null) throw new ApiError(ApiErrorCode.NOT_FOUND, `unit ${unitId} not in body`);
      await auditAdmin(tx, actor, active ? 'ADMIN_UNIT_REACTIVATED' : 'ADMIN_UNIT_DEACTIVATED', `unit ${code}`);
    });
  }

  async create(actor: RequestActor, form: CreateUnitForm): Promise<string> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        const id = await UnitRepository.in(tx).create({ bodyId: actor.bodyId, code: form.code, name: form.name, kind: form.kind });
        await auditAdmin(tx, actor, 'ADMIN_UNIT_CREATED', `unit ${form.code}`);
        return id;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_unit_body_code')) throw new ApiError(ApiErrorCode.UNIT_CODE_TAKEN, `unit code ${form.code} taken`);
      throw error;
    }
  }

  async rename(actor: RequestActor, unitId: string, form: RenameUnitForm): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const code = await UnitRepository.in(tx).rename(actor.bodyId, unitId, form.name);
      if (code === null) throw new ApiError(ApiErrorCode.NOT_FOUND, `unit ${unitId} not in body`);
      await auditAdmin(tx, actor, 'ADMIN_UNIT_RENAMED', `unit ${code}`);
    });
  }
}
