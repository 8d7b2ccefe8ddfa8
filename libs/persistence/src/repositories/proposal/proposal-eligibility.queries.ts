import type { EntityManager } from 'typeorm';
import { AppUserEntity } from '../../entities/app-user.entity';
import { PersonEntity } from '../../entities/person.entity';
import type { Db } from '../db';

export interface EligibilityFactsRow {
  history: { title: string; year: number }[];
  existingAchievementKeys: string[];
  rating: { rating: string; months_worked: number; initiative_recognised: boolean; disciplined: boolean } | null;
}

export interface NomineeKeys {
  personId: string | null;
  householdId?: string | null;
  unitId: string | null;
}

/**
 * What the domain's eligibility, quota and recusal checks need of a nomination. The facts and counts
 * are hand-written: a UNION over live proposals and the award register view, and counts with FILTER.
 */
export class ProposalEligibilityQueries {
  constructor(private readonly db: Db) {}

  static in(manager: EntityManager): ProposalEligibilityQueries {
    return new ProposalEligibilityQueries(manager);
  }

  /**
   * The nominee's awards from the register (decided here, a higher level's result, or imported from
   * earlier years' lists: docs/register.md), the Điều 5 keys of those awards and of live proposals,
   * and the imported rating of the year, for the domain's eligibility check.
   */
  async eligibilityFacts(bodyId: string, nominee: NomineeKeys, year: number): Promise<EligibilityFactsRow> {
    // A household is told apart from its residential group (the group is its nominee_unit_id too).
    const byNominee = `p.body_id = $1 AND (($2::uuid IS NOT NULL AND p.nominee_person_id = $2) OR ($4::uuid IS NOT NULL AND p.nominee_household_id = $4)
      OR ($2::uuid IS NULL AND $4::uuid IS NULL AND $3::uuid IS NOT NULL AND p.nominee_unit_id = $3 AND p.nominee_kind NOT IN ('INDIVIDUAL', 'HOUSEHOLD')))`;
    const inRegister = `ar.body_id = $1 AND (($2::uuid IS NOT NULL AND ar.person_id = $2) OR ($4::uuid IS NOT NULL AND ar.household_id = $4)
      OR ($2::uuid IS NULL AND $4::uuid IS NULL AND $3::uuid IS NOT NULL AND ar.unit_id = $3))`;
    const params = [bodyId, nominee.personId, nominee.unitId, nominee.householdId ?? null];
    const [history, keys, ratings]: [EligibilityFactsRow['history'], { achievement_key: string }[], NonNullable<EligibilityFactsRow['rating']>[]] = await Promise.all([
      this.db.query(`SELECT ar.title, ar.year FROM award_register ar WHERE ${inRegister}`, params),
      this.db.query(
        `SELECT p.achievement_key FROM proposal p WHERE ${byNominee} AND p.achievement_key IS NOT NULL
            AND p.status NOT IN ('WITHDRAWN', 'REJECTED', 'REJECTED_BY_COUNCIL')
         UNION SELECT ar.dedupe_key FROM award_register ar WHERE ${inRegister}`,
        params,
      ),
      nominee.personId
        ? this.db.query(
            `SELECT rating, months_worked, initiative_recognised, disciplined FROM staff_rating WHERE body_id = $1 AND person_id = $2 AND year = $3`,
            [bodyId, nominee.personId, year],
          )
        : Promise.resolve([]),
    ]);
    return { history, existingAchievementKeys: keys.map((k) => k.achievement_key), rating: ratings[0] ?? null };
  }

  /**
   * LĐTT awarded or proposed and CSTĐCS proposed in a body and year, for the quota warning: live
   * proposals, plus the awards of the year registered without a proposal (a higher level's result,
   * an imported list; docs/register.md).
   */
  async quotaCounts(bodyId: string, year: number): Promise<{ ldtt: number; cstdcs: number }> {
    const [row]: { ldtt: number; cstdcs: number }[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE title = 'LAO_DONG_TIEN_TIEN')::int AS ldtt, count(*) FILTER (WHERE title = 'CHIEN_SI_THI_DUA_CO_SO')::int AS cstdcs
         FROM (SELECT title FROM proposal WHERE body_id = $1 AND year = $2 AND status NOT IN ('WITHDRAWN', 'REJECTED', 'REJECTED_BY_COUNCIL')
               UNION ALL SELECT title FROM award_record WHERE body_id = $1 AND year = $2) awards`,
      [bodyId, year],
    );
    return { ldtt: row!.ldtt, cstdcs: row!.cstdcs };
  }

  /** Users who are the nominee or belong to the nominated collective: they may not vote on it. */
  async recusedUserIds(bodyId: string, nomineePersonId: string | null, nomineeUnitId: string | null): Promise<string[]> {
    const nominee: string[] = [];
    if (nomineePersonId) nominee.push('u.personId = :nomineePersonId');
    if (nomineeUnitId) nominee.push('pe.unitId = :nomineeUnitId');
    if (nominee.length === 0) return [];
    const rows = await this.db
      .getRepository(AppUserEntity)
      .createQueryBuilder('u')
      .leftJoin(PersonEntity, 'pe', 'pe.id = u.personId')
      .select('u.id', 'id')
      .distinct(true)
      .where('u.bodyId = :bodyId', { bodyId })
      .andWhere(`(${nominee.join(' OR ')})`, { nomineePersonId, nomineeUnitId })
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }
}
