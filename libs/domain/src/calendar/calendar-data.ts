import { IsoDate } from '../shared/iso-date';

/**
 * H  holiday (Bộ luật Lao động 2019, Điều 112 khoản 1) on a working weekday
 * HW holiday falling on the weekly rest day (compensated, Điều 111 khoản 3)
 * C  compensatory day off (nghỉ bù)
 * S  working day swapped off (hoán đổi, announced yearly)
 * W  Saturday worked to repay a swap
 */
export type DayOffStatus = 'H' | 'HW' | 'C' | 'S' | 'W';

export interface DayOffEntry {
  date: IsoDate;
  status: DayOffStatus;
  occasion: string;
  source?: string;
}

export interface YearCalendarData {
  year: number;
  source: string;
  /** True while the year's days off are not announced: computed from the Code + lunar calendar. */
  estimated: boolean;
  entries: DayOffEntry[];
}

const e = (date: IsoDate, status: DayOffStatus, occasion: string, source?: string): DayOffEntry =>
  source === undefined ? { date, status, occasion } : { date, status, occasion, source };

/**
 * Official days off for the public sector (weekly rest Saturday + Sunday), from docs/calendar.md.
 * Editable data: a new announcement is a data change (pass `data` to WorkingDayCalendar.vietnam),
 * not a release. Statutory basis: Bộ luật Lao động 2019, Điều 112 khoản 1 and 3; Điều 111 khoản 3.
 */
export const VIETNAM_CALENDAR_DATA: readonly YearCalendarData[] = [
  {
    year: 2024,
    source: 'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023',
    estimated: false,
    entries: [
      e('2024-01-01', 'H', 'Tết Dương lịch'),
      e('2024-02-08', 'H', 'Tết Nguyên đán (29 tháng Chạp)'),
      e('2024-02-09', 'H', 'Tết Nguyên đán (30 tháng Chạp)'),
      e('2024-02-10', 'HW', 'Tết Nguyên đán (mùng 1)'),
      e('2024-02-11', 'HW', 'Tết Nguyên đán (mùng 2)'),
      e('2024-02-12', 'H', 'Tết Nguyên đán (mùng 3)'),
      e('2024-02-13', 'C', 'Nghỉ bù ngày 10/02'),
      e('2024-02-14', 'C', 'Nghỉ bù ngày 11/02'),
      e('2024-04-18', 'H', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
      e('2024-04-29', 'S', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5)', 'Công văn 2450/VPCP-KGVX ngày 12/4/2024'),
      e('2024-04-30', 'H', 'Ngày Chiến thắng (30/4)'),
      e('2024-05-01', 'H', 'Ngày Quốc tế lao động (01/5)'),
      e('2024-05-04', 'W', 'Làm bù cho ngày 29/4', 'Công văn 2450/VPCP-KGVX ngày 12/4/2024'),
      e('2024-09-02', 'H', 'Quốc khánh (02/9)'),
      e('2024-09-03', 'H', 'Quốc khánh (ngày liền kề 03/9)'),
    ],
  },
  {
    year: 2025,
    source: 'Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024',
    estimated: false,
    entries: [
      e('2025-01-01', 'H', 'Tết Dương lịch'),
      e('2025-01-27', 'H', 'Tết Nguyên đán (28 tháng Chạp)'),
      e('2025-01-28', 'H', 'Tết Nguyên đán (29 tháng Chạp)'),
      e('2025-01-29', 'H', 'Tết Nguyên đán (mùng 1)'),
      e('2025-01-30', 'H', 'Tết Nguyên đán (mùng 2)'),
      e('2025-01-31', 'H', 'Tết Nguyên đán (mùng 3)'),
      e('2025-04-07', 'H', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
      e('2025-04-26', 'W', 'Làm bù cho ngày 02/5'),
      e('2025-04-30', 'H', 'Ngày Chiến thắng (30/4)'),
      e('2025-05-01', 'H', 'Ngày Quốc tế lao động (01/5)'),
      e('2025-05-02', 'S', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)'),
      e('2025-09-01', 'H', 'Quốc khánh (ngày liền kề 01/9)'),
      e('2025-09-02', 'H', 'Quốc khánh (02/9)'),
    ],
  },
  {
    year: 2026,
    // The Tết days of Thông báo 9441/TB-BNV are U in docs/legal.md §8 (quoted from a secondary source).
    source: 'Thông báo 9441/TB-BNV ngày 16/10/2025 (chưa đối chiếu bản gốc)',
    estimated: false,
    entries: [
      e('2026-01-01', 'H', 'Tết Dương lịch'),
      e('2026-01-02', 'S', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01)', 'Công văn 12729/VPCP-KGVX ngày 25/12/2025'),
      e('2026-01-10', 'W', 'Làm bù cho ngày 02/01', 'Công văn 12729/VPCP-KGVX ngày 25/12/2025'),
      e('2026-02-16', 'H', 'Tết Nguyên đán (29 tháng Chạp)'),
      e('2026-02-17', 'H', 'Tết Nguyên đán (mùng 1)'),
      e('2026-02-18', 'H', 'Tết Nguyên đán (mùng 2)'),
      e('2026-02-19', 'H', 'Tết Nguyên đán (mùng 3)'),
      e('2026-02-20', 'H', 'Tết Nguyên đán (mùng 4)'),
      e('2026-04-26', 'HW', 'Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật)'),
      e('2026-04-27', 'C', 'Nghỉ bù ngày 26/4'),
      e('2026-04-30', 'H', 'Ngày Chiến thắng (30/4)'),
      e('2026-05-01', 'H', 'Ngày Quốc tế lao động (01/5)'),
      e('2026-08-22', 'W', 'Làm bù cho ngày 31/8'),
      e('2026-08-31', 'S', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8)'),
      e('2026-09-01', 'H', 'Quốc khánh (ngày liền kề 01/9)'),
      e('2026-09-02', 'H', 'Quốc khánh (02/9)'),
      // 24/11 Ngày Văn hóa Việt Nam: a proposed paid holiday, not law → WorkingDayCalendar option
      // `ngayVanHoaHoliday` (default off), see docs/calendar.md.
    ],
  },
  {
    year: 2027,
    // Not announced: these entries are what estimateYearCalendar(2027) computes from Bộ luật Lao
    // động 2019 Điều 112 + the lunar calendar. Which five Tết days and which day beside 02/9 are
    // the government's choice (Điều 112 khoản 3): both are guesses until the announcement.
    source: 'Ước tính theo Bộ luật Lao động 2019, Điều 111–112 (chưa có thông báo)',
    estimated: true,
    entries: [
      e('2027-01-01', 'H', 'Tết Dương lịch'),
      e('2027-02-04', 'H', 'Tết Nguyên đán (28 tháng Chạp)'),
      e('2027-02-05', 'H', 'Tết Nguyên đán (29 tháng Chạp)'),
      e('2027-02-06', 'HW', 'Tết Nguyên đán (mùng 1)'),
      e('2027-02-07', 'HW', 'Tết Nguyên đán (mùng 2)'),
      e('2027-02-08', 'H', 'Tết Nguyên đán (mùng 3)'),
      e('2027-02-09', 'C', 'Nghỉ bù ngày 06/02'),
      e('2027-02-10', 'C', 'Nghỉ bù ngày 07/02'),
      e('2027-04-16', 'H', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
      e('2027-04-30', 'H', 'Ngày Chiến thắng (30/4)'),
      e('2027-05-01', 'HW', 'Ngày Quốc tế lao động (01/5)'),
      e('2027-05-03', 'C', 'Nghỉ bù ngày 01/5'),
      e('2027-09-02', 'H', 'Quốc khánh (02/9)'),
      e('2027-09-03', 'H', 'Quốc khánh (ngày liền kề 03/9)'),
    ],
  },
];
