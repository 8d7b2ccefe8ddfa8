import type { EntityManager } from 'typeorm';
import { HouseholdEntity } from '../../entities/award-register.entity';
import { PersonEntity } from '../../entities/person.entity';
import { RoundEntity } from '../../entities/round.entity';
import { UnitEntity } from '../../entities/unit.entity';
import type { Db } from '../db';

export interface NomineePersonRow {
  id: string;
  full_name: string;
  position: string | null;
}

export interface NomineeHouseholdRow {
  id: string;
  head_name: string;
  address: string;
}

/**
 * What a nomination reads of the registry (units, people, households) and of the rounds open for it,
 * always within the nominating body. Null ids find nothing, as `= NULL` never matches.
 */
export class NominationQueries {
  constructor(private readonly db: Db) {}

  static in(manager: EntityManager): NominationQueries {
    return new NominationQueries(manager);
  }

  /** The units an officer may nominate for, by name. */
  async activeUnits(bodyId: string): Promise<{ id: string; name: string }[]> {
    return this.db.getRepository(UnitEntity).find({ select: { id: true, name: true }, where: { bodyId, active: true }, order: { name: 'ASC', id: 'ASC' } });
  }

  async isActiveUnit(bodyId: string, unitId: string): Promise<boolean> {
    return this.db.getRepository(UnitEntity).exists({ where: { id: unitId, bodyId, active: true } });
  }

  async unit(bodyId: string, unitId: string | null): Promise<{ name: string; kind: string } | null> {
    if (!unitId) return null;
    return this.db.getRepository(UnitEntity).findOne({ select: { name: true, kind: true }, where: { id: unitId, bodyId } });
  }

  async person(bodyId: string, personId: string): Promise<{ full_name: string; unit_id: string | null } | null> {
    const row = await this.db.getRepository(PersonEntity).findOne({ select: { fullName: true, unitId: true }, where: { id: personId, bodyId } });
    return row ? { full_name: row.fullName, unit_id: row.unitId } : null;
  }

  async household(bodyId: string, householdId: string): Promise<{ head_name: string; residential_group_id: string } | null> {
    const row = await this.db.getRepository(HouseholdEntity).findOne({ select: { headName: true, residentialGroupId: true }, where: { id: householdId, bodyId } });
    return row ? { head_name: row.headName, residential_group_id: row.residentialGroupId } : null;
  }

  /** People of the unit, by name; `activeOnly` for the form (an import also names people who left since). */
  async peopleOfUnit(bodyId: string, unitId: string | null, activeOnly: boolean): Promise<NomineePersonRow[]> {
    if (!unitId) return [];
    const rows = await this.db.getRepository(PersonEntity).find({
      select: { id: true, fullName: true, position: true },
      where: activeOnly ? { bodyId, unitId, active: true } : { bodyId, unitId },
      order: activeOnly ? { fullName: 'ASC', id: 'ASC' } : { fullName: 'ASC' },
    });
    return rows.map((r) => ({ id: r.id, full_name: r.fullName, position: r.position }));
  }

  /** Households of a residential group, by the head's name. */
  async householdsOfGroup(bodyId: string, groupId: string | null, activeOnly: boolean): Promise<NomineeHouseholdRow[]> {
    if (!groupId) return [];
    const rows = await this.db.getRepository(HouseholdEntity).find({
      select: { id: true, headName: true, address: true },
      where: activeOnly ? { bodyId, residentialGroupId: groupId, active: true } : { bodyId, residentialGroupId: groupId },
      order: activeOnly ? { headName: 'ASC', id: 'ASC' } : { headName: 'ASC' },
    });
    return rows.map((r) => ({ id: r.id, head_name: r.headName, address: r.address }));
  }

  /** A round open for nominations in the body, or null. */
  async openRound(bodyId: string, roundId: string): Promise<{ id: string; secret_ballot: boolean } | null> {
    const row = await this.db.getRepository(RoundEntity).findOne({ select: { id: true, secretBallot: true }, where: { id: roundId, bodyId, status: 'NOMINATING' } });
    return row ? { id: row.id, secret_ballot: row.secretBallot } : null;
  }

  /** The body's rounds open for nominations, newest first. */
  async nominatingRounds(bodyId: string): Promise<{ id: string; name: string }[]> {
    return this.db.getRepository(RoundEntity).find({ select: { id: true, name: true }, where: { bodyId, status: 'NOMINATING' }, order: { createdAt: 'DESC' } });
  }
}
