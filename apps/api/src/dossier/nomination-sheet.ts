import type ExcelJS from 'exceljs';
import { PERFORMANCE_RATING_NAMES_VI, searchKey, type AwardTitle, type PerformanceRating } from '@khenthuong/domain';

/** Columns of the nomination list, in order (row 1 is the heading; data from row 2). */
export const NOMINATION_COLUMNS = [
  'STT',
  'Danh hiệu',
  'Năm',
  'Tên cá nhân/tập thể được đề nghị',
  'Mã cá nhân hoặc tên hộ gia đình',
  'Tóm tắt thành tích',
  'Đợt khen thưởng',
  'Số tháng công tác',
  'Xếp loại',
  'Sáng kiến được công nhận',
  'Hoàn thành kế hoạch',
  'Số thành viên',
  'Số cá nhân đạt Lao động tiên tiến',
] as const;

/** One data row as typed text, before anything is resolved. */
export interface NominationCells {
  row: number;
  title: string;
  year: string;
  nomineeName: string;
  personOrHousehold: string;
  achievement: string;
  round: string;
  months: string;
  rating: string;
  initiative: string;
  planCompleted: string;
  memberCount: string;
  ldttMemberCount: string;
}

export function headingProblem(sheet: ExcelJS.Worksheet): string | null {
  const heading = NOMINATION_COLUMNS.map((_, i) => sheet.getRow(1).getCell(i + 1).text.trim());
  return heading.join('|') === NOMINATION_COLUMNS.join('|') ? null : `Dòng tiêu đề phải là: ${NOMINATION_COLUMNS.join(' | ')}.`;
}

/** Every row with something past the STT column. */
export function dataRows(sheet: ExcelJS.Worksheet): NominationCells[] {
  const rows: NominationCells[] = [];
  for (let n = 2; n <= sheet.rowCount; n++) {
    const c = NOMINATION_COLUMNS.map((_, i) => sheet.getRow(n).getCell(i + 1).text.trim());
    if (c.slice(1).every((v) => v === '')) continue;
    const [, title, year, nomineeName, personOrHousehold, achievement, round, months, rating, initiative, planCompleted, memberCount, ldttMemberCount] = c as string[] as [
      string, string, string, string, string, string, string, string, string, string, string, string, string,
    ];
    rows.push({ row: n, title, year, nomineeName, personOrHousehold, achievement, round, months, rating, initiative, planCompleted, memberCount, ldttMemberCount });
  }
  return rows;
}

/** A title by its code or its Vietnamese name, ignoring case and diacritics. */
export function titleLookup(titles: Array<{ title: AwardTitle; nameVi: string }>): (text: string) => AwardTitle | undefined {
  const map = new Map(titles.flatMap(({ title, nameVi }) => [[searchKey(title), title] as const, [searchKey(nameVi), title] as const]));
  return (text) => map.get(searchKey(text));
}

const RATING_BY_TEXT = new Map<string, PerformanceRating>(
  (Object.entries(PERFORMANCE_RATING_NAMES_VI) as Array<[PerformanceRating, string]>).flatMap(([code, name]) => [
    [searchKey(code), code],
    [searchKey(name), code],
  ]),
);

/** '' → undefined (not stated); an unknown text → null (a problem). */
export function ratingOf(text: string): PerformanceRating | undefined | null {
  if (text === '') return undefined;
  return RATING_BY_TEXT.get(searchKey(text)) ?? null;
}

const YES = new Set(['co', 'x', '1', 'yes']);
const NO = new Set(['khong', '0', 'no']);

export function yesNoOf(text: string): boolean | undefined | null {
  if (text === '') return undefined;
  const key = searchKey(text);
  return YES.has(key) ? true : NO.has(key) ? false : null;
}

/** A whole number as typed; '' → undefined; anything else is kept for the DTO to refuse with its message. */
export function countOf(text: string): number | string | undefined {
  if (text === '') return undefined;
  return /^\d+$/.test(text) ? Number(text) : text;
}
