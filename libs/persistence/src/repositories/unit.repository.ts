import { In, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { AppUserEntity } from '../entities/app-user.entity';
import { AwardRecordEntity } from '../entities/award-register.entity';
import { PersonEntity } from '../entities/person.entity';
import { ProposalEntity } from '../entities/proposal.entity';
import { UnitEntity, type UnitKind } from '../entities/unit.entity';

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  active: boolean;
}

/** A unit offered in a form's select. */
export interface UnitChoice {
  id: string;
  name: string;
  kind: UnitKind;
}

/** What still points at a unit: counted before the administrator stops it. */
export interface UnitUsageRow {
  id: string;
  name: string;
  active: boolean;
  people: number;
  users: number;
  proposals: number;
  awards: number;
}

/** The nominating units of a body. Never deleted: people, users, proposals and awards point at them. */
export class UnitRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): UnitRepository {
    return new UnitRepository(manager);
  }

  /** Every unit of the body, the active ones first. */
  async list(bodyId: string): Promise<UnitRow[]> {
    const units = await this.units().find({ where: { bodyId }, order: { active: 'DESC', name: 'ASC' } });
    return units.map(toUnitRow);
  }

  /** All units of the body by name, or only the active ones, or only `onlyId` (a unit head's own). */
  async choices(bodyId: string, options: { activeOnly?: boolean; onlyId?: string | null } = {}): Promise<UnitChoice[]> {
    const units = await this.units().find({
      where: { bodyId, ...(options.activeOnly ? { active: true } : {}), ...(options.onlyId ? { id: options.onlyId } : {}) },
      select: { id: true, name: true, kind: true },
      order: { name: 'ASC' },
    });
    return units.map((u) => ({ id: u.id, name: u.name, kind: u.kind }));
  }

  /** Every unit of the body in code order, as lists expecting each unit (registrations) name them. */
  async listByCode(bodyId: string): Promise<Array<{ id: string; name: string; code: string }>> {
    const units = await this.units().find({ select: { id: true, name: true, code: true }, where: { bodyId }, order: { code: 'ASC' } });
    return units.map((u) => ({ id: u.id, name: u.name, code: u.code }));
  }

  /** How many of `unitIds` are the body's (all of them when the count equals their number). */
  countInBody(bodyId: string, unitIds: string[]): Promise<number> {
    return this.units().countBy({ bodyId, id: In(unitIds) });
  }

  /** One unit of the body, or null when the id is another body's or none. */
  async find(bodyId: string, unitId: string): Promise<UnitRow | null> {
    const unit = await this.units().findOneBy({ id: unitId, bodyId });
    return unit ? toUnitRow(unit) : null;
  }

  async usage(bodyId: string, unitId: string): Promise<UnitUsageRow | null> {
    const row = await this.units()
      .createQueryBuilder('u')
      .select(['u.id AS id', 'u.name AS name', 'u.active AS active'])
      .addSelect(count(PersonEntity, 'p', 'p.unitId = u.id AND p.active'), 'people')
      .addSelect(count(AppUserEntity, 'a', 'a.unitId = u.id AND a.active'), 'users')
      .addSelect(count(ProposalEntity, 'pr', 'pr.unitId = u.id OR pr.nomineeUnitId = u.id'), 'proposals')
      .addSelect(count(AwardRecordEntity, 'r', 'r.unitId = u.id'), 'awards')
      .where('u.id = :unitId AND u.bodyId = :bodyId', { unitId, bodyId })
      .getRawOne<UnitUsageRow>();
    return row ?? null;
  }

  async create(unit: { bodyId: string; code: string; name: string; kind: UnitKind }): Promise<string> {
    const result = await this.units().insert(unit);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Returns the unit's code, or null when the body has no such unit. */
  async setActive(bodyId: string, unitId: string, active: boolean): Promise<string | null> {
    return this.updateReturningCode(bodyId, unitId, { active });
  }

  /** Returns the unit's code, or null when the body has no such unit. */
  async rename(bodyId: string, unitId: string, name: string): Promise<string | null> {
    return this.updateReturningCode(bodyId, unitId, { name });
  }

  private async updateReturningCode(bodyId: string, unitId: string, change: Partial<Pick<UnitEntity, 'name' | 'active'>>): Promise<string | null> {
    const result = await this.units()
      .createQueryBuilder()
      .update()
      .set(change)
      .where('id = :unitId AND bodyId = :bodyId', { unitId, bodyId })
      .returning(['code'])
      .execute();
    const [row] = result.raw as Array<{ code: string }>;
    return row?.code ?? null;
  }

  private units() {
    return this.db.getRepository(UnitEntity);
  }
}

/** `count(*)` of `entity` rows meeting `condition`, as a column of the outer query (whose unit is `u`). */
const count = (entity: EntityTarget<ObjectLiteral>, alias: string, condition: string) => (qb: SelectQueryBuilder<ObjectLiteral>) =>
  qb.subQuery().select('count(*)::int').from(entity, alias).where(condition);

const toUnitRow = (u: UnitEntity): UnitRow => ({ id: u.id, code: u.code, name: u.name, kind: u.kind, active: u.active });
