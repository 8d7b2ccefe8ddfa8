import { Injectable } from '@nestjs/common';
import { PeopleRepository, UnitRepository, type HouseholdInput, type HouseholdRow, type PersonInput, type PersonRow, type RegistryFilter, type UnitChoice } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import type { HouseholdDto, PeopleQuery, PersonDto } from './register.dto';
import { ownUnitOnly } from './register-scope';

export type PersonView = PersonRow;
export type HouseholdView = HouseholdRow;

const PEOPLE_LIMIT = 200;

function refuse(field: string, message: string): ApiError {
  return new ApiError(ApiErrorCode.VALIDATION_FAILED, `${field}: ${message}`, [{ field, messages: [message] }]);
}

/** The people registry: staff and households, added, edited and deactivated (never deleted: awards point to them). */
@Injectable()
export class PeopleService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly unitRepository: UnitRepository,
  ) {}

  async listPeople(actor: RequestActor, query: PeopleQuery): Promise<PersonView[]> {
    return this.people.listPeople(this.filter(actor, query));
  }

  async person(actor: RequestActor, id: string): Promise<PersonView> {
    const person = await this.people.person(actor.bodyId, id, ownUnitOnly(actor));
    if (!person) throw new ApiError(ApiErrorCode.NOT_FOUND, `person ${id} not visible to ${actor.userId}`);
    return person;
  }

  async createPerson(actor: RequestActor, dto: PersonDto): Promise<PersonView> {
    await this.checkPerson(actor, dto);
    return this.person(actor, await this.people.createPerson(actor.bodyId, personInput(dto)));
  }

  async updatePerson(actor: RequestActor, id: string, dto: PersonDto): Promise<PersonView> {
    await this.person(actor, id);
    await this.checkPerson(actor, dto);
    await this.people.updatePerson(actor.bodyId, id, personInput(dto));
    return this.person(actor, id);
  }

  async setPersonActive(actor: RequestActor, id: string, active: boolean): Promise<PersonView> {
    await this.person(actor, id);
    await this.people.setPersonActive(actor.bodyId, id, active);
    return this.person(actor, id);
  }

  async listHouseholds(actor: RequestActor, query: PeopleQuery): Promise<HouseholdView[]> {
    return this.people.listHouseholds(this.filter(actor, query));
  }

  async household(actor: RequestActor, id: string): Promise<HouseholdView> {
    const household = await this.people.household(actor.bodyId, id, ownUnitOnly(actor));
    if (!household) throw new ApiError(ApiErrorCode.NOT_FOUND, `household ${id} not visible to ${actor.userId}`);
    return household;
  }

  async createHousehold(actor: RequestActor, dto: HouseholdDto): Promise<HouseholdView> {
    await this.checkHousehold(actor, dto);
    return this.household(actor, await this.people.createHousehold(actor.bodyId, householdInput(dto)));
  }

  async updateHousehold(actor: RequestActor, id: string, dto: HouseholdDto): Promise<HouseholdView> {
    await this.household(actor, id);
    await this.checkHousehold(actor, dto);
    await this.people.updateHousehold(actor.bodyId, id, householdInput(dto));
    return this.household(actor, id);
  }

  async setHouseholdActive(actor: RequestActor, id: string, active: boolean): Promise<HouseholdView> {
    await this.household(actor, id);
    await this.people.setHouseholdActive(actor.bodyId, id, active);
    return this.household(actor, id);
  }

  /** Active units of the body the caller may place people in, for the forms. */
  units(actor: RequestActor): Promise<UnitChoice[]> {
    return this.unitRepository.choices(actor.bodyId, { activeOnly: true, onlyId: ownUnitOnly(actor) });
  }

  /** A unit head sees its own unit only; the unit asked for narrows further. */
  private filter(actor: RequestActor, query: PeopleQuery): RegistryFilter {
    const unitIds = [ownUnitOnly(actor), query.unitId].filter((id): id is string => Boolean(id));
    return { bodyId: actor.bodyId, unitIds, includeInactive: Boolean(query.includeInactive), nameQuery: query.q, limit: PEOPLE_LIMIT };
  }

  private async checkPerson(actor: RequestActor, dto: PersonDto): Promise<void> {
    const own = ownUnitOnly(actor);
    if (own && dto.unitId !== own) throw new ApiError(ApiErrorCode.NOT_OWN_UNIT, `unit head ${actor.userId} placing a person in ${dto.unitId}`);
    const unit = await this.unitRepository.find(actor.bodyId, dto.unitId);
    if (!unit) throw refuse('unitId', 'Không tìm thấy đơn vị này.');
    if (!unit.active) throw refuse('unitId', 'Đơn vị này đã ngừng hoạt động.');
    if (dto.dateOfBirth && (dto.dateOfBirth < '1900-01-01' || dto.dateOfBirth > new Date().toISOString().slice(0, 10))) {
      throw refuse('dateOfBirth', 'Ngày sinh phải từ 01/01/1900 đến hôm nay.');
    }
  }

  private async checkHousehold(actor: RequestActor, dto: HouseholdDto): Promise<void> {
    const own = ownUnitOnly(actor);
    if (own && dto.residentialGroupId !== own) throw new ApiError(ApiErrorCode.NOT_OWN_UNIT, `unit head ${actor.userId} placing a household in ${dto.residentialGroupId}`);
    const unit = await this.unitRepository.find(actor.bodyId, dto.residentialGroupId);
    if (!unit || unit.kind !== 'TO_DAN_PHO') throw refuse('residentialGroupId', 'Không tìm thấy tổ dân phố này.');
    if (!unit.active) throw refuse('residentialGroupId', 'Tổ dân phố này đã ngừng hoạt động.');
  }
}

const personInput = (dto: PersonDto): PersonInput => ({
  unitId: dto.unitId,
  fullName: dto.fullName,
  position: dto.position ?? null,
  gender: dto.gender ?? null,
  dateOfBirth: dto.dateOfBirth ?? null,
});

const householdInput = (dto: HouseholdDto): HouseholdInput => ({ headName: dto.headName, address: dto.address, residentialGroupId: dto.residentialGroupId });
