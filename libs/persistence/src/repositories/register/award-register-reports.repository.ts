import type { DataSource, EntityManager } from 'typeorm';
import type { AwardLevel } from '../../entities/award-register.entity';

/** A count of awards by year, title, unit, kind of recipient (a person's gender) and level. */
export interface AwardCountRow {
  year: number;
  title: string;
  unitName: string | null;
  /** 'NAM', 'NU' or 'KHONG_RO' for a person; 'HO' for a household; 'TAP_THE' otherwise. */
  recipientGroup: 'NAM' | 'NU' | 'KHONG_RO' | 'HO' | 'TAP_THE';
  level: AwardLevel;
  count: number;
}

/** One award of an active person or household on a ladder of titles, with the recipient's name and unit. */
export interface LadderAwardRow {
  recipientId: string;
  /** A person's full name or a household's head. */
  name: string;
  unitName: string | null;
  title: string;
  year: number;
}

export interface LadderQuery {
  bodyId: string;
  titles: readonly string[];
  yearFrom: number;
  yearTo: number;
  /** Only recipients of this unit (a person's unit, a household's residential group). */
  unitId: string | null;
}

/**
 * Reports over the register. Hand-written SQL: `award_register` is a view without an entity, and
 * the counts group on expressions over it.
 */
export class AwardRegisterReportsRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): AwardRegisterReportsRepository {
    return new AwardRegisterReportsRepository(manager);
  }

  async counts(bodyId: string, yearFrom: number | null, yearTo: number | null, unitId: string | null): Promise<AwardCountRow[]> {
    const rows = (await this.db.query(
      `SELECT ar.year, ar.title, u.name AS unit_name,
              CASE WHEN ar.person_id IS NOT NULL THEN COALESCE(pe.gender, 'KHONG_RO') WHEN ar.household_id IS NOT NULL THEN 'HO' ELSE 'TAP_THE' END AS recipient_group,
              ar.level, count(*)::int AS count
         FROM award_register ar
         LEFT JOIN person pe ON pe.id = ar.person_id
         LEFT JOIN household h ON h.id = ar.household_id
         LEFT JOIN unit u ON u.id = COALESCE(pe.unit_id, h.residential_group_id, ar.unit_id)
        WHERE ar.body_id = $1 AND ($2::int IS NULL OR ar.year >= $2) AND ($3::int IS NULL OR ar.year <= $3)
          AND ($4::uuid IS NULL OR u.id = $4)
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
      [bodyId, yearFrom, yearTo, unitId],
    )) as Array<{ year: number; title: string; unit_name: string | null; recipient_group: AwardCountRow['recipientGroup']; level: AwardLevel; count: number }>;
    return rows.map((r) => ({ year: r.year, title: r.title, unitName: r.unit_name, recipientGroup: r.recipient_group, level: r.level, count: r.count }));
  }

  /** Awards of `titles` held by active people of the body in the years asked. */
  async peopleOnLadder(q: LadderQuery): Promise<LadderAwardRow[]> {
    return this.ladderRows(
      `SELECT ar.person_id AS recipient_id, pe.full_name AS name, u.name AS unit_name, ar.title, ar.year
         FROM award_register ar JOIN person pe ON pe.id = ar.person_id LEFT JOIN unit u ON u.id = pe.unit_id
        WHERE ar.body_id = $1 AND pe.active AND ar.title = ANY($2) AND ar.year BETWEEN $3 AND $4
          AND ($5::uuid IS NULL OR pe.unit_id = $5)`,
      q,
    );
  }

  /** Awards of `titles` held by active households of the body in the years asked. */
  async householdsOnLadder(q: LadderQuery): Promise<LadderAwardRow[]> {
    return this.ladderRows(
      `SELECT ar.household_id AS recipient_id, h.head_name AS name, u.name AS unit_name, ar.title, ar.year
         FROM award_register ar JOIN household h ON h.id = ar.household_id LEFT JOIN unit u ON u.id = h.residential_group_id
        WHERE ar.body_id = $1 AND h.active AND ar.title = ANY($2) AND ar.year BETWEEN $3 AND $4
          AND ($5::uuid IS NULL OR h.residential_group_id = $5)`,
      q,
    );
  }

  private async ladderRows(sql: string, q: LadderQuery): Promise<LadderAwardRow[]> {
    const rows = (await this.db.query(sql, [q.bodyId, q.titles, q.yearFrom, q.yearTo, q.unitId])) as Array<{
      recipient_id: string;
      name: string;
      unit_name: string | null;
      title: string;
      year: number;
    }>;
    return rows.map((r) => ({ recipientId: r.recipient_id, name: r.name, unitName: r.unit_name, title: r.title, year: r.year }));
  }
}
