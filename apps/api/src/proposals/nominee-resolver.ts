import { Injectable } from '@nestjs/common';
import type { RecipientKind } from '@khenthuong/domain';
import { NominationQueries, type NomineeHouseholdRow, type NomineePersonRow } from '@khenthuong/persistence';
import { ApiError, ApiErrorCode } from '../common/api-error';
import type { NominationScope } from './nomination-scope';

/** Who a proposal is about, as the registry knows it: the name always comes from there, never from typing. */
export interface ResolvedNominee {
  name: string;
  /** The nominated collective, or the residential group of a nominated household. */
  unitId: string | null;
  personId: string | null;
  householdId: string | null;
}

export interface NomineeChoice {
  nomineePersonId?: string;
  nomineeHouseholdId?: string;
  nomineeUnitId?: string;
}

export interface NomineeChoices {
  people: NomineePersonRow[];
  households: NomineeHouseholdRow[];
  unitName: string;
  residentialGroup: boolean;
}

const NOT_OWN_UNIT_VI = 'Chỉ được đề nghị cá nhân, hộ gia đình hoặc tập thể thuộc đơn vị của mình.';
const NOT_CHOSEN_UNIT_VI = 'Chỉ được đề nghị cá nhân, hộ gia đình hoặc tập thể thuộc đơn vị đề nghị đã chọn.';

/**
 * Binds a nomination to the registry: an individual title to a person of the unit, a household
 * title to a household of the residential group, a collective title to the unit itself, always within
 * the nominating unit (NominationScopes: a unit head's own, or the unit the officer chose).
 */
@Injectable()
export class NomineeResolver {
  constructor(private readonly nomination: NominationQueries) {}

  /** What the nomination form offers: the unit's active people, its households if it is a residential group, the unit. */
  async choices(scope: { bodyId: string; unitId: string | null }): Promise<NomineeChoices> {
    const [people, households, unit] = await Promise.all([
      this.nomination.peopleOfUnit(scope.bodyId, scope.unitId, true),
      this.nomination.householdsOfGroup(scope.bodyId, scope.unitId, true),
      this.nomination.unit(scope.bodyId, scope.unitId),
    ]);
    return { people, households, unitName: unit?.name ?? '', residentialGroup: unit?.kind === 'TO_DAN_PHO' };
  }

  async resolve(scope: NominationScope, kind: RecipientKind, choice: NomineeChoice): Promise<ResolvedNominee> {
    if (kind === 'INDIVIDUAL') return this.person(scope, choice);
    if (kind === 'HOUSEHOLD') return this.household(scope, choice);
    return this.unit(scope, kind, choice);
  }

  private async person(scope: NominationScope, choice: NomineeChoice): Promise<ResolvedNominee> {
    if (choice.nomineeHouseholdId || choice.nomineeUnitId) throw new ApiError(ApiErrorCode.NOMINEE_KIND_MISMATCH, 'individual title with a household or unit');
    if (!choice.nomineePersonId) throw missing('nomineePersonId', 'Danh hiệu cá nhân cần chọn cá nhân được đề nghị.');
    const person = await this.nomination.person(scope.bodyId, choice.nomineePersonId);
    if (!person) throw new ApiError(ApiErrorCode.NOT_FOUND, 'nominee person');
    this.requireOwnUnit(scope, person.unit_id, 'nomineePersonId');
    return { name: person.full_name, unitId: null, personId: choice.nomineePersonId, householdId: null };
  }

  private async household(scope: NominationScope, choice: NomineeChoice): Promise<ResolvedNominee> {
    if (choice.nomineePersonId || choice.nomineeUnitId) throw new ApiError(ApiErrorCode.NOMINEE_KIND_MISMATCH, 'household title with a person or unit');
    if (!choice.nomineeHouseholdId) throw missing('nomineeHouseholdId', 'Danh hiệu hộ gia đình cần chọn hộ gia đình được đề nghị.');
    const household = await this.nomination.household(scope.bodyId, choice.nomineeHouseholdId);
    if (!household) throw new ApiError(ApiErrorCode.NOT_FOUND, 'nominee household');
    this.requireOwnUnit(scope, household.residential_group_id, 'nomineeHouseholdId');
    return { name: household.head_name, unitId: household.residential_group_id, personId: null, householdId: choice.nomineeHouseholdId };
  }

  private async unit(scope: NominationScope, kind: RecipientKind, choice: NomineeChoice): Promise<ResolvedNominee> {
    if (choice.nomineePersonId || choice.nomineeHouseholdId) throw new ApiError(ApiErrorCode.NOMINEE_KIND_MISMATCH, 'collective title with a person or household');
    const unitId = choice.nomineeUnitId ?? scope.unitId;
    const unit = await this.nomination.unit(scope.bodyId, unitId ?? null);
    if (!unit) throw new ApiError(ApiErrorCode.NOT_FOUND, 'nominee unit');
    this.requireOwnUnit(scope, unitId!, 'nomineeUnitId');
    if (kind === 'RESIDENTIAL_GROUP' && unit.kind !== 'TO_DAN_PHO') throw new ApiError(ApiErrorCode.NOMINEE_KIND_MISMATCH, 'residential group title for another kind of unit');
    return { name: unit.name, unitId: unitId!, personId: null, householdId: null };
  }

  private requireOwnUnit(scope: NominationScope, unitId: string | null, field: string): void {
    if (unitId === scope.unitId) return;
    const message = scope.onBehalf ? NOT_CHOSEN_UNIT_VI : NOT_OWN_UNIT_VI;
    throw new ApiError(ApiErrorCode.NOMINEE_NOT_OWN_UNIT, `nominee of unit ${unitId} proposed for ${scope.unitId}`, [{ field, messages: [message] }]);
  }
}

function missing(field: string, message: string): ApiError {
  return new ApiError(ApiErrorCode.VALIDATION_FAILED, `nominee ${field} missing`, [{ field, messages: [message] }]);
}
