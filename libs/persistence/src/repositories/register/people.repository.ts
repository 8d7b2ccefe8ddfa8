import type { DataSource, EntityManager } from 'typeorm';
import { HouseholdEntity } from '../../entities/award-register.entity';
import { PersonEntity } from '../../entities/person.entity';
import { nameLikePattern } from './name-search';

export interface PersonRow {
  id: string;
  fullName: string;
  unitId: string | null;
  unitName: string | null;
  position: string | null;
  gender: 'NAM' | 'NU' | null;
  /** yyyy-mm-dd */
  dateOfBirth: string | null;
  active: boolean;
}

export interface HouseholdRow {
  id: string;
  headName: string;
  address: string;
  residentialGroupId: string;
  residentialGroupName: string;
  active: boolean;
}

/** Which people or households of a body a list shows. */
export interface RegistryFilter {
  bodyId: string;
  /** Every one given must match (a unit head's own unit and the unit asked for). */
  unitIds: readonly string[];
  includeInactive: boolean;
  /** A name, matched without accents anywhere in it. */
  nameQuery?: string;
  limit: number;
}

export type PersonInput = Pick<PersonRow, 'fullName' | 'position' | 'gender' | 'dateOfBirth'> & { unitId: string };
export type HouseholdInput = Pick<HouseholdRow, 'headName' | 'address' | 'residentialGroupId'>;

/** A registry entry with the code of its unit, to match rows of an imported list. */
export interface RegistryNameRow {
  id: string;
  name: string;
  unitCode: string;
}

/** The people registry: staff and households, never deleted (awards point to them). */
export class PeopleRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): PeopleRepository {
    return new PeopleRepository(manager);
  }

  async listPeople(filter: RegistryFilter): Promise<PersonRow[]> {
    const query = this.people().createQueryBuilder('p').leftJoinAndSelect('p.unit', 'u').where('p.bodyId = :bodyId', { bodyId: filter.bodyId });
    filter.unitIds.forEach((unitId, i) => query.andWhere(`p.unitId = :unit${i}`, { [`unit${i}`]: unitId }));
    if (!filter.includeInactive) query.andWhere('p.active');
    const pattern = nameLikePattern(filter.nameQuery);
    if (pattern) query.andWhere('khenthuong_search_key(p.fullName) LIKE :pattern', { pattern });
    const people = await query.orderBy('u.name').addOrderBy('p.fullName').addOrderBy('p.id').limit(filter.limit).getMany();
    return people.map(toPersonRow);
  }

  /** One person of the body, optionally only within `unitId`; null otherwise. */
  async person(bodyId: string, id: string, unitId: string | null = null): Promise<PersonRow | null> {
    const person = await this.people().findOne({ where: { id, bodyId, ...(unitId ? { unitId } : {}) }, relations: { unit: true } });
    return person ? toPersonRow(person) : null;
  }

  async createPerson(bodyId: string, input: PersonInput): Promise<string> {
    const result = await this.people().insert({ bodyId, ...input });
    return (result.identifiers[0] as { id: string }).id;
  }

  async updatePerson(bodyId: string, id: string, input: PersonInput): Promise<void> {
    await this.people().update({ id, bodyId }, input);
  }

  async setPersonActive(bodyId: string, id: string, active: boolean): Promise<void> {
    await this.people().update({ id, bodyId }, { active });
  }

  async listHouseholds(filter: RegistryFilter): Promise<HouseholdRow[]> {
    const query = this.households().createQueryBuilder('h').innerJoinAndSelect('h.residentialGroup', 'u').where('h.bodyId = :bodyId', { bodyId: filter.bodyId });
    filter.unitIds.forEach((unitId, i) => query.andWhere(`h.residentialGroupId = :unit${i}`, { [`unit${i}`]: unitId }));
    if (!filter.includeInactive) query.andWhere('h.active');
    const pattern = nameLikePattern(filter.nameQuery);
    if (pattern) query.andWhere('khenthuong_search_key(h.headName) LIKE :pattern', { pattern });
    const households = await query.orderBy('u.name').addOrderBy('h.headName').addOrderBy('h.id').limit(filter.limit).getMany();
    return households.map(toHouseholdRow);
  }

  /** One household of the body, optionally only within residential group `groupId`; null otherwise. */
  async household(bodyId: string, id: string, groupId: string | null = null): Promise<HouseholdRow | null> {
    const household = await this.households().findOne({ where: { id, bodyId, ...(groupId ? { residentialGroupId: groupId } : {}) }, relations: { residentialGroup: true } });
    return household ? toHouseholdRow(household) : null;
  }

  async createHousehold(bodyId: string, input: HouseholdInput): Promise<string> {
    const result = await this.households().insert({ bodyId, ...input });
    return (result.identifiers[0] as { id: string }).id;
  }

  async updateHousehold(bodyId: string, id: string, input: HouseholdInput): Promise<void> {
    await this.households().update({ id, bodyId }, input);
  }

  async setHouseholdActive(bodyId: string, id: string, active: boolean): Promise<void> {
    await this.households().update({ id, bodyId }, { active });
  }

  /** Every person of the body (deactivated ones too) with the code of their unit. */
  async peopleWithUnitCodes(bodyId: string): Promise<RegistryNameRow[]> {
    const people = await this.people().createQueryBuilder('p').innerJoinAndSelect('p.unit', 'u').where('p.bodyId = :bodyId', { bodyId }).getMany();
    return people.map((p) => ({ id: p.id, name: p.fullName, unitCode: p.unit!.code }));
  }

  /** Every household of the body (deactivated ones too) with the code of its residential group. */
  async householdsWithUnitCodes(bodyId: string): Promise<RegistryNameRow[]> {
    const households = await this.households().createQueryBuilder('h').innerJoinAndSelect('h.residentialGroup', 'u').where('h.bodyId = :bodyId', { bodyId }).getMany();
    return households.map((h) => ({ id: h.id, name: h.headName, unitCode: h.residentialGroup!.code }));
  }

  private people() {
    return this.db.getRepository(PersonEntity);
  }

  private households() {
    return this.db.getRepository(HouseholdEntity);
  }
}

const toPersonRow = (p: PersonEntity): PersonRow => ({
  id: p.id,
  fullName: p.fullName,
  unitId: p.unitId,
  unitName: p.unit?.name ?? null,
  position: p.position,
  gender: p.gender,
  dateOfBirth: p.dateOfBirth,
  active: p.active,
});

const toHouseholdRow = (h: HouseholdEntity): HouseholdRow => ({
  id: h.id,
  headName: h.headName,
  address: h.address,
  residentialGroupId: h.residentialGroupId,
  residentialGroupName: h.residentialGroup!.name,
  active: h.active,
});
