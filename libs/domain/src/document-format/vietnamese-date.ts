import { IsoDate, parseIsoDate } from '../shared/iso-date';

// Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức ngày, tháng, năm): "ngày" below 10 and months 1 and 2
// take a leading 0; the year is written in full.
const dayPart = (day: number): string => String(day).padStart(2, '0');
const monthPart = (month: number): string => (month <= 2 ? String(month).padStart(2, '0') : String(month));

/** '2026-02-05' → 'ngày 05 tháng 02 năm 2026'; '2026-03-04' → 'ngày 04 tháng 3 năm 2026' (Nghị định 30/2020, Phụ lục I). */
export function formatVietnameseDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `ngày ${dayPart(day)} tháng ${monthPart(month)} năm ${year}`;
}

/** 'Ngô Quyền', '2026-02-05' → 'Ngô Quyền, ngày 05 tháng 02 năm 2026' (Nghị định 30/2020, Phụ lục I). */
export function formatPlaceAndDate(place: string, date: IsoDate): string {
  return `${place.normalize('NFC').trim().replace(/\s+/g, ' ')}, ${formatVietnameseDate(date)}`;
}

/** Short form in body text, same zero rule: '2026-02-06' → '06/02/2026', '2026-04-26' → '26/4/2026'. */
export function formatShortVietnameseDate(date: IsoDate, withYear = true): string {
  const { year, month, day } = parseIsoDate(date);
  return `${dayPart(day)}/${monthPart(month)}${withYear ? `/${year}` : ''}`;
}
