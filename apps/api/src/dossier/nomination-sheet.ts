import type { SheetRow } from '../common/bounded-spreadsheet';
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

/** The heading row (row 1) as the template has it, or the Vietnamese problem. */
export function headingProblem(rows: SheetRow[]): string | null {
  const first = rows[0]?.row === 1 ? rows[0].cells : [];
  const heading = NOMINATION_COLUMNS.map((_, i) => first[i] ?? '');
  return heading.join('|') === NOMINATION_COLUMNS.join('|') ? null : `Dòng tiêu đề phải là: ${NOMINATION_COLUMNS.join(' | ')}.`;
}

/** Every row after the heading with something past the STT column. */
export function dataRows(rows: SheetRow[]): NominationCells[] {
  return rows
    .filter((r) => r.row > 1 && r.cells.slice(1).some((v) => v !== ''))
    .map(({ row, cells }) => {
      const [, title, year, nomineeName, personOrHousehold, achievement, round, months, rating, initiative, planCompleted, memberCount, ldttMemberCount] = NOMINATION_COLUMNS.map(
        (_, i) => cells[i] ?? '',
      ) as [string, string, string, string, string, string, string, string, string, string, string, string, string];
      return { row, title, year, nomineeName, personOrHousehold, achievement, round, months, rating, initiative, planCompleted, memberCount, ldttMemberCount };
    });
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
