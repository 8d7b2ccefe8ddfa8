import ExcelJS from 'exceljs';
import type { DueCandidate, RegisterStatisticsRow } from './register-reports.service';

export interface CountByName {
  name: string;
  count: number;
}

/** The five views of the awards report, each a heading and its counts (the Excel sheets and the page's charts alike). */
export const STATISTICS_DIMENSIONS: ReadonlyArray<{ key: string; heading: string; column: string; of: (r: RegisterStatisticsRow) => string }> = [
  { key: 'nam', heading: 'Theo năm', column: 'Năm', of: (r) => String(r.year) },
  { key: 'danh-hieu', heading: 'Theo danh hiệu, hình thức', column: 'Danh hiệu, hình thức', of: (r) => r.titleName },
  { key: 'don-vi', heading: 'Theo đơn vị', column: 'Đơn vị', of: (r) => r.unitName || 'Chưa rõ đơn vị' },
  { key: 'gioi-tinh', heading: 'Theo giới tính', column: 'Giới tính, đối tượng', of: (r) => r.genderName },
  { key: 'cap', heading: 'Theo cấp khen thưởng', column: 'Cấp khen thưởng', of: (r) => r.levelName },
];

/** Counts of one view: years in order, the others by count (largest first), then name. */
export function countBy(rows: readonly RegisterStatisticsRow[], of: (r: RegisterStatisticsRow) => string, byName = false): CountByName[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(of(r), (counts.get(of(r)) ?? 0) + r.count);
  const out = [...counts.entries()].map(([name, count]) => ({ name, count }));
  return out.sort((a, b) => (byName ? a.name.localeCompare(b.name, 'vi') : b.count - a.count || a.name.localeCompare(b.name, 'vi')));
}

function sheetWith(workbook: ExcelJS.Workbook, name: string, heading: string[], widths: number[], rows: Array<Array<string | number>>): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(heading).font = { bold: true };
  rows.forEach((r) => sheet.addRow(r));
  sheet.columns.forEach((column, i) => {
    column.width = widths[i];
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return sheet;
}

/** The awards report as a workbook: one sheet per view with its total, then every combination counted. */
export async function statisticsWorkbook(rows: readonly RegisterStatisticsRow[], total: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const d of STATISTICS_DIMENSIONS) {
    const counts = countBy(rows, d.of, d.key === 'nam');
    const sheet = sheetWith(workbook, d.heading, ['STT', d.column, 'Số khen thưởng'], [6, 44, 16], counts.map((c, i) => [i + 1, c.name, c.count]));
    sheet.addRow(['', 'Tổng cộng', total]).font = { bold: true };
  }
  sheetWith(
    workbook,
    'Chi tiết',
    ['STT', 'Năm', 'Danh hiệu, hình thức', 'Đơn vị', 'Giới tính, đối tượng', 'Cấp khen thưởng', 'Số khen thưởng'],
    [6, 8, 40, 36, 20, 16, 16],
    rows.map((r, i) => [i + 1, r.year, r.titleName, r.unitName, r.genderName, r.levelName, r.count]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Who is due for a title next year, as the officer hands the list on. */
export async function dueWorkbook(year: number, due: readonly DueCandidate[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  sheetWith(
    workbook,
    `Dự kiến năm ${year + 1}`,
    ['STT', 'Cá nhân, hộ gia đình', 'Đối tượng', 'Đơn vị, tổ dân phố', 'Danh hiệu, hình thức dự kiến', 'Căn cứ'],
    [6, 32, 14, 34, 40, 80],
    due.map((d, i) => [i + 1, d.fullName, d.recipientKindName, d.unitName ?? '', d.titleName, d.reasonVi]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
