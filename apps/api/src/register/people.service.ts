import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { searchKey } from '@khenthuong/domain';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import type { HouseholdDto, PeopleQuery, PersonDto } from './register.dto';
import { ownUnitOnly } from './register-scope';

export interface PersonView {
  id: string;
  fullName: string;
  unitId: string | null;
  unitName: string | null;
  position: string | null;
  gender: 'NAM' | 'NU' | null;
  dateOfBirth: string | null;
  active: boolean;
}

export interface HouseholdView {
  id: string;
  headName: string;
  address: string;
  residentialGroupId: string;
  residentialGroupName: string;
  active: boolean;
}

const PEOPLE_LIMIT = 200;
const LIKE_ESCAPE = /[\\%_]/g;
/** The unaccented fragment for `khenthuong_search_key(...) LIKE`, wildcards in the query taken literally. */
export const likeFragment = (q: string): string => `%${searchKey(q).replace(LIKE_ESCAPE, (c) => `\\${c}`)}%`;

const PERSON_SELECT = `SELECT p.id, p.full_name, p.unit_id, u.name AS unit_name, p.position, p.gender, to_char(p.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, p.active
                         FROM person p LEFT JOIN unit u ON u.id = p.unit_id`;
const HOUSEHOLD_SELECT = `SELECT h.id, h.head_name, h.address, h.residential_group_id, u.name AS group_name, h.active
                            FROM household h JOIN unit u ON u.id = h.residential_group_id`;

const toPerson = (r: Record<string, unknown>): PersonView => ({
  id: r.id as string,
  fullName: r.full_name as string,
  unitId: r.unit_id as string | null,
  unitName: r.unit_name as string | null,
  position: r.position as string | null,
  gender: r.gender as 'NAM' | 'NU' | null,
  dateOfBirth: r.date_of_birth as string | null,
  active: r.active as boolean,
});
const toHousehold = (r: Record<string, unknown>): HouseholdView => ({
  id: r.id as string,
  headName: r.head_name as string,
  address: r.address as string,
  residentialGroupId: r.residential_group_id as string,
  residentialGroupName: r.group_name as string,
  active: r.active as boolean,
});

function refuse(field: string, message: string): ApiError {
  return new ApiError(ApiErrorCode.VALIDATION_FAILED, `${field}: ${message}`, [{ field, messages: [message] }]);
}

/** The people registry: staff and households, added, edited and deactivated (never deleted: awards point to them). */
@Injectable()
export class PeopleService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async listPeople(actor: RequestActor, query: PeopleQuery): Promise<PersonView[]> {
    const params: unknown[] = [actor.bodyId];
    let where = 'p.body_id = $1';
    const own = ownUnitOnly(actor);
    if (own) where += ` AND p.unit_id = $${params.push(own)}`;
    if (query.unitId) where += ` AND p.unit_id = $${params.push(query.unitId)}`;
    if (!query.includeInactive) where += ' AND p.active';
    if (query.q && searchKey(query.q)) where += ` AND khenthuong_search_key(p.full_name) LIKE $${params.push(likeFragment(query.q))}`;
    const rows = await this.dataSource.query(`${PERSON_SELECT} WHERE ${where} ORDER BY u.name, p.full_name, p.id LIMIT ${PEOPLE_LIMIT}`, params);
    return rows.map(toPerson);
  }

  async person(actor: RequestActor, id: string): Promise<PersonView> {
    const params: unknown[] = [id, actor.bodyId];
    const own = ownUnitOnly(actor);
    const rows = await this.dataSource.query(`${PERSON_SELECT} WHERE p.id = $1 AND p.body_id = $2${own ? ` AND p.unit_id = $${params.push(own)}` : ''}`, params);
    if (!rows[0]) throw new ApiError(ApiErrorCode.NOT_FOUND, `person ${id} not visible to ${actor.userId}`);
    return toPerson(rows[0]);
  }

  async createPerson(actor: RequestActor, dto: PersonDto): Promise<PersonView> {
    await this.checkPerson(actor, dto);
    const [row] = await this.dataSource.query(
      `INSERT INTO person (body_id, unit_id, full_name, position, gender, date_of_birth) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [actor.bodyId, dto.unitId, dto.fullName, dto.position ?? null, dto.gender ?? null, dto.dateOfBirth ?? null],
    );
    return this.person(actor, row.id);
  }

  async updatePerson(actor: RequestActor, id: string, dto: PersonDto): Promise<PersonView> {
    await this.person(actor, id);
    await this.checkPerson(actor, dto);
    await this.dataSource.query(
      `UPDATE person SET unit_id = $3, full_name = $4, position = $5, gender = $6, date_of_birth = $7, updated_at = now() WHERE id = $1 AND body_id = $2`,
      [id, actor.bodyId, dto.unitId, dto.fullName, dto.position ?? null, dto.gender ?? null, dto.dateOfBirth ?? null],
    );
    return this.person(actor, id);
  }

  async setPersonActive(actor: RequestActor, id: string, active: boolean): Promise<PersonView> {
    await this.person(actor, id);
    await this.dataSource.query(`UPDATE person SET active = $3, updated_at = now() WHERE id = $1 AND body_id = $2`, [id, actor.bodyId, active]);
    return this.person(actor, id);
  }

  async listHouseholds(actor: RequestActor, query: PeopleQuery): Promise<HouseholdView[]> {
    const params: unknown[] = [actor.bodyId];
    let where = 'h.body_id = $1';
    const own = ownUnitOnly(actor);
    if (own) where += ` AND h.residential_group_id = $${params.push(own)}`;
    if (query.unitId) where += ` AND h.residential_group_id = $${params.push(query.unitId)}`;
    if (!query.includeInactive) where += ' AND h.active';
    if (query.q && searchKey(query.q)) where += ` AND khenthuong_search_key(h.head_name) LIKE $${params.push(likeFragment(query.q))}`;
    const rows = await this.dataSource.query(`${HOUSEHOLD_SELECT} WHERE ${where} ORDER BY u.name, h.head_name, h.id LIMIT ${PEOPLE_LIMIT}`, params);
    return rows.map(toHousehold);
  }

  async household(actor: RequestActor, id: string): Promise<HouseholdView> {
    const params: unknown[] = [id, actor.bodyId];
    const own = ownUnitOnly(actor);
    const rows = await this.dataSource.query(`${HOUSEHOLD_SELECT} WHERE h.id = $1 AND h.body_id = $2${own ? ` AND h.residential_group_id = $${params.push(own)}` : ''}`, params);
    if (!rows[0]) throw new ApiError(ApiErrorCode.NOT_FOUND, `household ${id} not visible to ${actor.userId}`);
    return toHousehold(rows[0]);
  }

  async createHousehold(actor: RequestActor, dto: HouseholdDto): Promise<HouseholdView> {
    await this.checkHousehold(actor, dto);
    const [row] = await this.dataSource.query(`INSERT INTO household (body_id, head_name, address, residential_group_id) VALUES ($1, $2, $3, $4) RETURNING id`, [
      actor.bodyId, dto.headName, dto.address, dto.residentialGroupId,
    ]);
    return this.household(actor, row.id);
  }

  async updateHousehold(actor: RequestActor, id: string, dto: HouseholdDto): Promise<HouseholdView> {
    await this.household(actor, id);
    await this.checkHousehold(actor, dto);
    await this.dataSource.query(`UPDATE household SET head_name = $3, address = $4, residential_group_id = $5, updated_at = now() WHERE id = $1 AND body_id = $2`, [
      id, actor.bodyId, dto.headName, dto.address, dto.residentialGroupId,
    ]);
    return this.household(actor, id);
  }

  async setHouseholdActive(actor: RequestActor, id: string, active: boolean): Promise<HouseholdView> {
    await this.household(actor, id);
    await this.dataSource.query(`UPDATE household SET active = $3, updated_at = now() WHERE id = $1 AND body_id = $2`, [id, actor.bodyId, active]);
    return this.household(actor, id);
  }

  /** Active units of the body the caller may place people in, for the forms. */
  async units(actor: RequestActor): Promise<Array<{ id: string; name: string; kind: string }>> {
    const own = ownUnitOnly(actor);
    return this.dataSource.query(
      `SELECT id, name, kind FROM unit WHERE body_id = $1 AND active AND ($2::uuid IS NULL OR id = $2) ORDER BY name`,
      [actor.bodyId, own],
    );
  }

  private async checkPerson(actor: RequestActor, dto: PersonDto): Promise<void> {
    const own = ownUnitOnly(actor);
    if (own && dto.unitId !== own) throw new ApiError(ApiErrorCode.NOT_OWN_UNIT, `unit head ${actor.userId} placing a person in ${dto.unitId}`);
    const [unit] = await this.dataSource.query(`SELECT active FROM unit WHERE id = $1 AND body_id = $2`, [dto.unitId, actor.bodyId]);
    if (!unit) throw refuse('unitId', 'Không tìm thấy đơn vị này.');
    if (!unit.active) throw refuse('unitId', 'Đơn vị này đã ngừng hoạt động.');
    if (dto.dateOfBirth && (dto.dateOfBirth < '1900-01-01' || dto.dateOfBirth > new Date().toISOString().slice(0, 10))) {
      throw refuse('dateOfBirth', 'Ngày sinh phải từ 01/01/1900 đến hôm nay.');
    }
  }

  private async checkHousehold(actor: RequestActor, dto: HouseholdDto): Promise<void> {
    const own = ownUnitOnly(actor);
    if (own && dto.residentialGroupId !== own) throw new ApiError(ApiErrorCode.NOT_OWN_UNIT, `unit head ${actor.userId} placing a household in ${dto.residentialGroupId}`);
    const [unit] = await this.dataSource.query(`SELECT kind, active FROM unit WHERE id = $1 AND body_id = $2`, [dto.residentialGroupId, actor.bodyId]);
    if (!unit || unit.kind !== 'TO_DAN_PHO') throw refuse('residentialGroupId', 'Không tìm thấy tổ dân phố này.');
    if (!unit.active) throw refuse('residentialGroupId', 'Tổ dân phố này đã ngừng hoạt động.');
  }
}
