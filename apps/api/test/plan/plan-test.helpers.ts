import ExcelJS from 'exceljs';
import { DEMO_PASSWORD } from '@khenthuong/persistence';
import { ApiClient } from '../../../../test/support/stack';

/** A client that also sends multipart forms (the shared ApiClient speaks JSON only). */
export class PlanClient extends ApiClient {
  constructor(
    private readonly base: string,
    private readonly bearer: string,
  ) {
    super(base, bearer);
  }

  static async as(baseUrl: string, username: string): Promise<PlanClient> {
    const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
    return new PlanClient(baseUrl, ((await res.json()) as { token: string }).token);
  }

  async download(path: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
    const res = await fetch(this.base + path, { headers: { authorization: `Bearer ${this.bearer}` } });
    return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
  }
}

/** Small but genuine files of each evidence kind (their signatures are what the api checks). */
export const EVIDENCE = {
  pdf: (label: string) => ({ bytes: Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`), name: `bao-cao-${label}.pdf`, type: 'application/pdf' }),
  png: () => ({ bytes: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'), name: 'anh-chup.png', type: 'image/png' }),
  /** A shell script sent as "application/pdf": refused by its bytes. */
  disguised: () => ({ bytes: Buffer.from('#!/bin/sh\necho khong phai minh chung\n'), name: 'minh-chung.pdf', type: 'application/pdf' }),
};

export type RatingLine = [name: string, unitCode: string, rating: string, months: string | number, initiative: string, disciplined: string];

/** The ratings sheet the officer fills in (see RATINGS_COLUMNS). */
export async function ratingsWorkbook(lines: RatingLine[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Xếp loại');
  sheet.addRow(['STT', 'Họ và tên', 'Mã đơn vị', 'Xếp loại', 'Số tháng công tác', 'Sáng kiến được công nhận', 'Bị kỷ luật']);
  lines.forEach((line, i) => sheet.addRow([i + 1, ...line]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A ratings file of the demo ward's staff for the year-end evaluation (10 LĐTT, 1 CSTĐCS candidate, one refusal each for HTNV, 4 months and KHTNV). */
export const GOOD_RATINGS: RatingLine[] = [
  ['Lê Thị Thu Hà', 'vp-tk', 'HTTNV', 12, 'Không', 'Không'],
  ['Vũ Đức Thắng', 'tram-y-te', 'Hoàn thành xuất sắc nhiệm vụ', 12, 'Có', 'Không'],
  ['Quách Thị Hạnh', 'tram-y-te', 'HTTNV', 12, 'Không', 'Không'],
  ['Đỗ Quang Huy', 'cong-an', 'HTTNV', 12, 'Không', 'Không'],
  ['Hoàng Thị Mai', 'mn-ngo-quyen', 'HTXSNV', 12, 'Có', 'Không'],
  ['Lương Thị Ngọc Ánh', 'mn-ngo-quyen', 'HTNV', 12, 'Không', 'Không'],
  ['Kiều Thị Yến', 'mn-ngo-quyen', 'HTTNV', 4, 'Không', 'Không'],
  ['Nguyễn Thị Thanh Hương', 'th-ngo-quyen', 'HTTNV', 12, 'Không', 'Không'],
  ['Tạ Văn Đức', 'th-ngo-quyen', 'HTTNV', 12, 'Không', 'Không'],
  ['Vương Đình Phúc', 'thcs-ngo-quyen', 'HTTNV', 12, 'Không', 'Không'],
  ['Châu Thị Diệu Linh', 'thcs-ngo-quyen', 'HTTNV', 12, 'Không', 'Không'],
  ['Trịnh Quốc Khánh', 'dc-xd', 'HTTNV', 12, 'Không', 'Không'],
  ['Bùi Văn Toàn', 'vh-xh', 'KHTNV', 12, 'Không', 'Có'],
];
