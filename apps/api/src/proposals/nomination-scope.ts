import { Injectable } from '@nestjs/common';
import { NominationQueries } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';

/** The unit a nomination is made for, and whether the officer enters it on that unit's behalf. */
export interface NominationScope {
  bodyId: string;
  unitId: string;
  onBehalf: boolean;
}

const CHOOSE_UNIT_VI = 'Vui lòng chọn đơn vị đề nghị.';
const UNKNOWN_UNIT_VI = 'Đơn vị đề nghị không có trong danh sách đơn vị đang hoạt động của phường.';
export const OWN_UNIT_ONLY_VI = 'Chỉ được lập đề nghị cho đơn vị của mình.';

/**
 * Who nominates for which unit: a unit head for their own unit only; the officer (Văn phòng – Thống
 * kê), who enters paper dossiers delivered by hand, for the active unit of the body they choose.
 */
@Injectable()
export class NominationScopes {
  constructor(private readonly nomination: NominationQueries) {}

  async of(actor: RequestActor, requestedUnitId: string | undefined): Promise<NominationScope> {
    if (actor.roles.includes('OFFICER')) {
      const unitId = requestedUnitId ?? actor.unitId;
      if (!unitId) throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'officer nomination without a unit', [{ field: 'unitId', messages: [CHOOSE_UNIT_VI] }]);
      if (!(await this.nomination.isActiveUnit(actor.bodyId, unitId))) throw new ApiError(ApiErrorCode.VALIDATION_FAILED, `unit ${unitId} not active in body`, [{ field: 'unitId', messages: [UNKNOWN_UNIT_VI] }]);
      return { bodyId: actor.bodyId, unitId, onBehalf: unitId !== actor.unitId };
    }
    if (actor.roles.includes('UNIT_HEAD') && actor.unitId) {
      if (requestedUnitId && requestedUnitId !== actor.unitId) {
        throw new ApiError(ApiErrorCode.NOT_OWN_UNIT, `unit head of ${actor.unitId} nominating for ${requestedUnitId}`, [{ field: 'unitId', messages: [OWN_UNIT_ONLY_VI] }]);
      }
      return { bodyId: actor.bodyId, unitId: actor.unitId, onBehalf: false };
    }
    throw new ApiError(ApiErrorCode.FORBIDDEN, 'nominating without a unit');
  }

  /** The units the officer may choose on the form, by name. */
  units(bodyId: string): Promise<{ id: string; name: string }[]> {
    return this.nomination.activeUnits(bodyId);
  }
}
