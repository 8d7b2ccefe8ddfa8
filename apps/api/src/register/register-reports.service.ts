import { Injectable } from '@nestjs/common';
import { AwardTitle, consecutiveYears, ruleSetFor, type AwardHistoryEntry } from '@khenthuong/domain';
import { AwardRegisterReportsRepository, type LadderAwardRow } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
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
  constructor(private readonly reports: AwardRegisterReportsRepository) {}

  /** Awards by year, title, unit, gender and level. */
  async statistics(actor: RequestActor, yearFrom: number | undefined, yearTo: number | undefined): Promise<{ rows: RegisterStatisticsRow[]; total: number }> {
    const rows = await this.reports.counts(actor.bodyId, yearFrom ?? null, yearTo ?? null, ownUnitOnly(actor));
    const out = rows.map((r) => ({
      year: r.year,
      title: r.title,
      titleName: registerTitleName(r.title, r.year),
      unitName: r.unitName ?? '',
      genderName: GENDER_VI[r.recipientGroup] ?? '',
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
    const rows = await this.reports.peopleOnLadder({ bodyId: actor.bodyId, titles: ladders.map((l) => l.lower), yearFrom: year - 10, yearTo: year, unitId: own });
    const due: DueCandidate[] = [];
    for (const [personId, p] of historiesBy(rows)) {
      for (const ladder of ladders) {
        const have = consecutiveYears(p.history, ladder.lower, year);
        if (ladder.needed > 1 && have === ladder.needed - 1) {
          due.push({
            personId,
            householdId: null,
            fullName: p.first.name,
            recipientKindName: 'Cá nhân',
            unitName: p.first.unitName,
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
    const rows = await this.reports.householdsOnLadder({ bodyId, titles: [AwardTitle.GIA_DINH_VAN_HOA], yearFrom: year - 4 * every, yearTo: year, unitId: own });
    const lower = registerTitleName(AwardTitle.GIA_DINH_VAN_HOA, year);
    const due: DueCandidate[] = [];
    for (const [householdId, h] of historiesBy(rows)) {
      const have = consecutiveYears(h.history, AwardTitle.GIA_DINH_VAN_HOA, year);
      if (have > 0 && (have + 1) % every === 0) {
        due.push({
          personId: null,
          householdId,
          fullName: `Hộ ông/bà ${h.first.name}`,
          recipientKindName: 'Hộ gia đình',
          unitName: h.first.unitName,
          titleName: `Giấy khen gia đình văn hóa ${have + 1} năm liên tục`,
          reasonVi: `Đã có ${have} năm liên tục đạt "${lower}" đến năm ${year}; nếu đạt tiếp năm ${year + 1} thì đủ ${have + 1} năm.`,
        });
      }
    }
    return due;
  }
}

/** Award histories keyed by recipient, with the first row for the recipient's name and unit. */
function historiesBy(rows: readonly LadderAwardRow[]): Map<string, { first: LadderAwardRow; history: AwardHistoryEntry[] }> {
  const out = new Map<string, { first: LadderAwardRow; history: AwardHistoryEntry[] }>();
  for (const r of rows) {
    const entry = out.get(r.recipientId) ?? { first: r, history: [] };
    entry.history.push({ title: r.title as AwardTitle, year: r.year });
    out.set(r.recipientId, entry);
  }
  return out;
}
