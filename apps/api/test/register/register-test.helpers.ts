import ExcelJS from 'exceljs';

export const AWARD_HEADING = ['STT', 'Tên cá nhân, hộ, tập thể', 'Đối tượng', 'Mã đơn vị', 'Danh hiệu, hình thức', 'Năm', 'Cấp khen thưởng', 'Số quyết định', 'Ngày quyết định', 'Cơ quan quyết định'];
/** Name, kind, unit code, title, year, level, decision number, decision date, issuer. */
export type AwardLine = [string, string, string, string, number | string, string, string, string, string];

export async function awardsWorkbook(lines: AwardLine[], heading: string[] = AWARD_HEADING): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Khen thưởng các năm');
  sheet.addRow(heading);
  lines.forEach((line, i) => sheet.addRow([i + 1, ...line]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Three consecutive CSTĐCS of one person, as a ward's earlier lists record them. */
export const cstdcsYears = (name: string, unitCode: string, years: number[]): AwardLine[] =>
  years.map((y) => [name, 'Cá nhân', unitCode, 'Chiến sĩ thi đua cơ sở', y, 'Cấp phường', `${10 + y - 2020}/QĐ-UBND`, `01/12/${y}`, 'UBND phường Ngô Quyền']);
