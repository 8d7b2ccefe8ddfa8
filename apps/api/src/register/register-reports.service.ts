import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AwardTitle, consecutiveYears, ruleSetFor, type AwardHistoryEntry } from '@khenthuong/domain';
import type { RequestActor } from '../auth/actor';
import type { AwardLevelCode } from './register.dto';
import { ownUnitOnly } from './register-scope';
import { registerTitleName } from './register-titles';
import { LEVEL_NAMES_VI } from './register.service';

export interface RegisterStatisticsRow {
  year: number;
  title: string;
  titleName: string;
  unitName: string;
  /** 'Nam', 'Nữ', 'Không rõ' for people; 'Hộ gia đình', 'Tập thể' otherwise. */
  genderName: string;
  levelName: string;
  count: number;
}

export interface DueCandidate {
  /** One of the two is set: a person on the CSTĐ ladders, a household on the Gia đình văn hóa one. */
  personId: string | null;
  householdId: string | null;
  /** A person's name, or 'Hộ ông/bà …' for a household. */
  fullName: string;
  recipientKindName: string;
  unitName: string | null;
  /** The title due next year and why, in Vietnamese. */
  titleName: string;
  reasonVi: string;
}

const GENDER_VI: Readonly<Record<string, string>> = { NAM: 'Nam', NU: 'Nữ', KHONG_RO: 'Không rõ', HO: 'Hộ gia đình', TAP_THE: 'Tập thể' };

/** Reports over the award register (docs/register.md): every source counts alike. */
@Injectable()
export class RegisterReportsService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Awards by year, title, unit, gender and level. */
  async statistics(actor: RequestActor, yearFrom: number | undefined, yearTo: number | undefined): Promise<{ rows: RegisterStatisticsRow[]; total: number }> {
    const rows: Array<{ year: number; title: string; unit_name: string | null; gender: string; level: AwardLevelCode; count: number }> = await this.dataSource.query(
      `SELECT ar.year, ar.title, u.name AS unit_name,
              CASE WHEN ar.person_id IS NOT NULL THEN COALESCE(pe.gender, 'KHONG_RO') WHEN ar.household_id IS NOT NULL THEN 'HO' ELSE 'TAP_THE' END AS gender,
              ar.level, count(*)::int AS count
         FROM award_register ar
         LEFT JOIN person pe ON pe.id = ar.person_id
         LEFT JOIN household h ON h.id = ar.household_id
         LEFT JOIN unit u ON u.id = COALESCE(pe.unit_id, h.residential_group_id, ar.unit_id)
        WHERE ar.body_id = $1 AND ($2::int IS NULL OR ar.year >= $2) AND ($3::int IS NULL OR ar.year <= $3)
          AND ($4::uuid IS NULL OR u.id = $4)
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
      [actor.bodyId, yearFrom ?? null, yearTo ?? null, ownUnitOnly(actor)],
    );
    const out = rows.map((r) => ({
      year: r.year,
      title: r.title,
      titleName: registerTitleName(r.title, r.year),
      unitName: r.unit_name ?? '',
      genderName: GENDER_VI[r.gender] ?? '',
      levelName: LEVEL_NAMES_VI[r.level] ?? '',
      count: r.count,
    }));
    return { rows: out, total: out.reduce((n, r) => n + r.count, 0) };
  }

  /**
   * People and households one year short of the next title: CSTĐ cấp tỉnh needs N consecutive
   * CSTĐCS, CSTĐ toàn quốc N consecutive CSTĐ cấp tỉnh, a household's Giấy khen every N years of
   * Gia đình văn hóa running (N from next year's rule set); whoever reaches N if they earn the lower
   * title again next year is listed.
   */
  async dueNextYear(actor: RequestActor, year: number): Promise<DueCandidate[]> {
    const params = ruleSetFor(`${Math.max(year + 1, 2024)}-12-31`).params;
    const ladders: Array<{ lower: AwardTitle; upper: AwardTitle; needed: number }> = [
      { lower: AwardTitle.CHIEN_SI_THI_DUA_CO_SO, upper: AwardTitle.CHIEN_SI_THI_DUA_CAP_TINH, needed: params.cstdCapTinhConsecutiveYears },
      { lower: AwardTitle.CHIEN_SI_THI_DUA_CAP_TINH, upper: AwardTitle.CHIEN_SI_THI_DUA_TOAN_QUOC, needed: params.cstdToanQuocConsecutiveYears },
    ];
    const own = ownUnitOnly(actor);
    const rows: Array<{ person_id: string; full_name: string; unit_name: string | null; title: string; year: number }> = await this.dataSource.query(
      `SELECT ar.person_id, pe.full_name, u.name AS unit_name, ar.title, ar.year
         FROM award_register ar JOIN person pe ON pe.id = ar.person_id LEFT JOIN unit u ON u.id = pe.unit_id
        WHERE ar.body_id = $1 AND pe.active AND ar.title = ANY($2) AND ar.year BETWEEN $3 AND $4
          AND ($5::uuid IS NULL OR pe.unit_id = $5)`,
      [actor.bodyId, ladders.map((l) => l.lower), year - 10, year, own],
    );
    const due: DueCandidate[] = [];
    for (const [personId, p] of historiesBy(rows, (r) => r.person_id)) {
      for (const ladder of ladders) {
        const have = consecutiveYears(p.history, ladder.lower, year);
        if (ladder.needed > 1 && have === ladder.needed - 1) {
          due.push({
            personId,
            householdId: null,
            fullName: p.first.full_name,
            recipientKindName: 'Cá nhân',
            unitName: p.first.unit_name,
            titleName: registerTitleName(ladder.upper, year + 1),
            reasonVi: `Đã có ${have} năm liên tục đạt "${registerTitleName(ladder.lower, year)}" đến năm ${year}; nếu đạt tiếp năm ${year + 1} thì đủ ${ladder.needed} năm.`,
          });
        }
      }
    }
    due.push(...(await this.householdsDue(actor.bodyId, own, year, params.giaDinhVanHoaGiayKhenYears)));
    return due.sort((a, b) => (a.unitName ?? '').localeCompare(b.unitName ?? '') || a.fullName.localeCompare(b.fullName));
  }

  /** Households whose Gia đình văn hóa streak reaches a multiple of `every` if they earn it next year. */
  private async householdsDue(bodyId: string, own: string | null, year: number, every: number | null): Promise<DueCandidate[]> {
    if (every === null || every < 2) return [];
    const rows: Array<{ household_id: string; head_name: string; unit_name: string | null; title: string; year: number }> = await this.dataSource.query(
      `SELECT ar.household_id, h.head_name, u.name AS unit_name, ar.title, ar.year
         FROM award_register ar JOIN household h ON h.id = ar.household_id LEFT JOIN unit u ON u.id = h.residential_group_id
        WHERE ar.body_id = $1 AND h.active AND ar.title = $2 AND ar.year BETWEEN $3 AND $4
          AND ($5::uuid IS NULL OR h.residential_group_id = $5)`,
      [bodyId, AwardTitle.GIA_DINH_VAN_HOA, year - 4 * every, year, own],
    );
    const lower = registerTitleName(AwardTitle.GIA_DINH_VAN_HOA, year);
    const due: DueCandidate[] = [];
    for (const [householdId, h] of historiesBy(rows, (r) => r.household_id)) {
      const have = consecutiveYears(h.history, AwardTitle.GIA_DINH_VAN_HOA, year);
      if (have > 0 && (have + 1) % every === 0) {
        due.push({
          personId: null,
          householdId,
          fullName: `Hộ ông/bà ${h.first.head_name}`,
          recipientKindName: 'Hộ gia đình',
          unitName: h.first.unit_name,
          titleName: `Giấy khen gia đình văn hóa ${have + 1} năm liên tục`,
          reasonVi: `Đã có ${have} năm liên tục đạt "${lower}" đến năm ${year}; nếu đạt tiếp năm ${year + 1} thì đủ ${have + 1} năm.`,
        });
      }
    }
    return due;
  }
}

/** Award histories keyed by recipient, with the first row for the recipient's name and unit. */
function historiesBy<R extends { title: string; year: number }>(rows: readonly R[], key: (r: R) => string): Map<string, { first: R; history: AwardHistoryEntry[] }> {
  const out = new Map<string, { first: R; history: AwardHistoryEntry[] }>();
  for (const r of rows) {
    const entry = out.get(key(r)) ?? { first: r, history: [] };
    entry.history.push({ title: r.title as AwardTitle, year: r.year });
    out.set(key(r), entry);
  }
  return out;
}
