import ExcelJS from 'exceljs';
import { PERFORMANCE_RATING_NAMES_VI } from '@khenthuong/domain';
import { NOMINATION_COLUMNS } from '../../src/dossier/nomination-sheet';
import { type ApiStack, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { EVIDENCE, PlanClient, XLSX_TYPE } from '../plan/plan-test.helpers';
import { postMultipart, textOf, WebClient } from '../web/web-client';

/** The nomination list a unit head fills in, as rows of NOMINATION_COLUMNS after STT. */
async function nominationWorkbook(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách đề nghị');
  sheet.addRow([...NOMINATION_COLUMNS]);
  rows.forEach((r, i) => sheet.addRow([i + 1, ...r]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('dossier papers and the nomination list from Excel', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;

  useStack({}, (started) => ({ stack, ward } = started));

  const papersOf = async (id: string) => Number((await stack.dataSource.query(`SELECT count(*) FROM proposal_document WHERE proposal_id = $1`, [id]))[0].count);

  async function nominate(unitHead: PlanClient, person: string): Promise<string> {
    const res = await unitHead.request('POST', '/api/v1/proposals', {
      title: 'LAO_DONG_TIEN_TIEN',
      year: 2026,
      nomineeName: person,
      nomineePersonId: ward.personIds[person],
      achievement: 'Hoàn thành tốt nhiệm vụ năm học 2025 - 2026',
      facts: { monthsWorkedInYear: 12, rating: 'HTTNV' },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  it('stores a PDF and a PNG once each, lists them and gives back the same bytes; refuses a disguised program and a too-big file', async () => {
    const unitHead = await PlanClient.as(stack.baseUrl, `${ward.prefix}truong.mamnon`);
    const id = await nominate(unitHead, 'Lương Thị Ngọc Ánh');
    const pdf = EVIDENCE.pdf('to-trinh');
    const first = await unitHead.upload(`/api/v1/proposals/${id}/documents`, 'file', pdf, { kind: 'TO_TRINH' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ kind: 'TO_TRINH', kindName: 'Tờ trình đề nghị khen thưởng', fileName: 'bao-cao-to-trinh.pdf', mime: 'application/pdf', sizeBytes: pdf.bytes.length });
    const again = await unitHead.upload(`/api/v1/proposals/${id}/documents`, 'file', pdf, { kind: 'TO_TRINH' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const png = await unitHead.upload(`/api/v1/proposals/${id}/documents`, 'file', EVIDENCE.png(), { kind: 'BAO_CAO_THANH_TICH' });
    expect(png.status).toBe(201);
    expect(png.body.mime).toBe('image/png');
    expect(await papersOf(id)).toBe(2);

    const exe = { bytes: Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(200, 1)]), name: 'bao-cao.pdf', type: 'application/pdf' };
    const refused = await unitHead.upload(`/api/v1/proposals/${id}/documents`, 'file', exe, { kind: 'TO_TRINH' });
    expect(refused.status).toBe(415);
    expect(refused.body.message).toBe('Giấy tờ của hồ sơ phải là tệp PDF, DOCX, PNG hoặc JPEG.');
    const big = { bytes: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)]), name: 'lon.pdf', type: 'application/pdf' };
    const tooBig = await unitHead.upload(`/api/v1/proposals/${id}/documents`, 'file', big, { kind: 'TO_TRINH' });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.message).toBe('Tệp vượt quá dung lượng cho phép (10 MB).');
    const noKind = await unitHead.upload(`/api/v1/proposals/${id}/documents`, 'file', EVIDENCE.pdf('khac'), { kind: 'GIAY_BAT_KY' });
    expect(noKind.status).toBe(400);
    expect(await papersOf(id)).toBe(2);

    const list = await unitHead.request('GET', `/api/v1/proposals/${id}/documents`);
    expect(list.body.map((d: { kind: string }) => d.kind)).toEqual(['TO_TRINH', 'BAO_CAO_THANH_TICH']);
    const officer = await PlanClient.as(stack.baseUrl, `${ward.prefix}canbo.vp`);
    const download = await officer.download(`/api/v1/proposals/${id}/documents/${first.body.id}`);
    expect(download.status).toBe(200);
    expect(download.type).toBe('application/pdf');
    expect(download.bytes.equals(pdf.bytes)).toBe(true);

    // Another unit neither sees the papers nor may add one.
    const otherHead = await PlanClient.as(stack.baseUrl, `${ward.prefix}truong.tieuhoc`);
    expect((await otherHead.download(`/api/v1/proposals/${id}/documents/${first.body.id}`)).status).toBe(404);
    expect((await otherHead.request('GET', `/api/v1/proposals/${id}/documents`)).status).toBe(404);
    expect((await otherHead.upload(`/api/v1/proposals/${id}/documents`, 'file', EVIDENCE.pdf('la'), { kind: 'TO_TRINH' })).status).toBe(404);
    expect(await papersOf(id)).toBe(2);

    // On the proposal page: listed for the officer, downloadable; the form only for the nominating unit.
    const officerPage = await WebClient.login(stack.baseUrl, `${ward.prefix}canbo.vp`);
    const page = await officerPage.get(`/ho-so/${id}`);
    expect(textOf(page.html)).toContain('Giấy tờ kèm theo Loại giấy tờ Tệp Tải lên Tờ trình đề nghị khen thưởng bao-cao-to-trinh.pdf');
    expect(page.html).not.toContain(`action="/ho-so/${id}/giay-to"`);
    const viaPage = await officerPage.get(`/ho-so/${id}/giay-to/${png.body.id}`);
    expect(viaPage.status).toBe(200);
    const headPage = await WebClient.login(stack.baseUrl, `${ward.prefix}truong.mamnon`);
    const upload = await postMultipart(headPage, `/ho-so/${id}`, `/ho-so/${id}/giay-to`, { kind: 'BIEN_BAN_BINH_XET' }, EVIDENCE.pdf('bien-ban'));
    expect(upload.status).toBe(303);
    expect(upload.location).toBe(`/ho-so/${id}?done=ADD_PAPER`);
    expect(await papersOf(id)).toBe(3);
    const badOnPage = await postMultipart(headPage, `/ho-so/${id}`, `/ho-so/${id}/giay-to`, { kind: 'TO_TRINH' }, exe);
    expect(badOnPage.status).toBe(415);
    expect(textOf(badOnPage.html)).toContain('Giấy tờ của hồ sơ phải là tệp PDF, DOCX, PNG hoặc JPEG.');
    expect(await papersOf(id)).toBe(3);
  });

  it('imports a nomination list all or nothing: a bad file lists its rows and creates nothing; a good file twice creates each proposal once', async () => {
    const web = await WebClient.login(stack.baseUrl, `${ward.prefix}truong.mamnon`);
    const template = await fetch(`${stack.baseUrl}/don-vi/nhap-danh-sach/mau.xlsx`, { headers: { cookie: [...web.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(template.status).toBe(200);
    const templateBook = new ExcelJS.Workbook();
    await templateBook.xlsx.load(await template.arrayBuffer());
    expect(templateBook.worksheets[0]!.getRow(1).values).toEqual([undefined, ...NOMINATION_COLUMNS]);
    // Names and drop-downs, no codes: the choices sit on a hidden sheet behind the list.
    expect(templateBook.worksheets.map((w) => [w.name, w.state])).toEqual([['Danh sách đề nghị', 'visible'], ['Danh mục', 'hidden'], ['Hướng dẫn', 'visible']]);
    const listSheet = templateBook.getWorksheet('Danh sách đề nghị')!;
    const choicesOf = (cell: string) => {
      const validation = listSheet.getCell(cell).dataValidation;
      expect(validation.type).toBe('list');
      const [, col, from, to] = /^'Danh mục'!\$([A-Z])\$(\d+):\$[A-Z]\$(\d+)$/.exec(validation.formulae![0] as string)!;
      const lists = templateBook.getWorksheet('Danh mục')!;
      return { strict: Boolean(validation.showErrorMessage), values: Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => String(lists.getCell(`${col}${Number(from) + i}`).value)) };
    };
    expect(choicesOf('B2').values).toEqual(expect.arrayContaining(['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Tập thể lao động tiên tiến']));
    expect(choicesOf('B501').strict).toBe(true);
    expect(choicesOf('E2')).toEqual({ strict: false, values: ['Hoàng Thị Mai', 'Kiều Thị Yến', 'Lương Thị Ngọc Ánh'] });
    expect(choicesOf('I2').values).toEqual(Object.values(PERFORMANCE_RATING_NAMES_VI));
    expect(choicesOf('K2').values).toEqual(['Có', 'Không']);
    const everyCell = templateBook.worksheets.flatMap((w) => w.getSheetValues().flat().map(String)).join('\n');
    expect(everyCell).not.toMatch(/LAO_DONG_TIEN_TIEN|HTXSNV|[0-9a-f]{8}-[0-9a-f]{4}-/);
    // The template filled in with its own choices is read back: only the rating is refused, by name.
    listSheet.getRow(2).values = ['1', 'Lao động tiên tiến', '2026', '', 'Kiều Thị Yến', 'Hoàn thành tốt nhiệm vụ năm học 2025 - 2026', '', '12', PERFORMANCE_RATING_NAMES_VI.KHTNV, 'Không', '', '', ''];
    const filled = Buffer.from(await templateBook.xlsx.writeBuffer());
    const readBack = await postMultipart(web, '/don-vi/nhap-danh-sach', '/don-vi/nhap-danh-sach', {}, { bytes: filled, name: 'mau-da-dien.xlsx', type: XLSX_TYPE });
    expect(readBack.status).toBe(422);
    expect(textOf(readBack.html)).toMatch(/Dòng 2 \S/);
    expect(textOf(readBack.html)).not.toMatch(/không có hoặc không thuộc thẩm quyền|Không có cá nhân|Xếp loại ".*" không hợp lệ/);
    expect(textOf((await web.get('/don-vi/nhap-danh-sach')).html)).toContain('Nhập danh sách đề nghị từ Excel');

    const count = async () => Number((await stack.dataSource.query(`SELECT count(*) FROM proposal WHERE body_id = $1 AND unit_id = $2`, [ward.bodyId, ward.unitIds['mn-ngo-quyen']]))[0].count);
    const before = await count();
    const row = (title: string, person: string, rating: string) => [title, '2026', '', person, 'Hoàn thành tốt nhiệm vụ năm học 2025 - 2026', '', '12', rating, '', '', '', ''];
    const bad = await nominationWorkbook([
      row('Lao động tiên tiến', 'Kiều Thị Yến', 'HTTNV'),
      row('Huân chương Lao động', 'Kiều Thị Yến', 'HTTNV'),
      row('Lao động tiên tiến', 'Người Không Có', 'HTTNV'),
      row('Lao động tiên tiến', 'Hoàng Thị Mai', 'KHTNV'),
    ]);
    const refused = await postMultipart(web, '/don-vi/nhap-danh-sach', '/don-vi/nhap-danh-sach', {}, { bytes: bad, name: 'danh-sach.xlsx', type: XLSX_TYPE });
    expect(refused.status).toBe(422);
    const report = textOf(refused.html);
    expect(report).toContain('Dòng 3 Danh hiệu "Huân chương Lao động" không có hoặc không thuộc thẩm quyền');
    expect(report).toContain('Dòng 4 Không có cá nhân "Người Không Có" trong đơn vị.');
    expect(report).toMatch(/Dòng 5 \S/);
    expect(report).not.toContain('Dòng 2 ');
    expect(await count()).toBe(before);

    const good = await nominationWorkbook([row('Lao động tiên tiến', 'Kiều Thị Yến', 'HTTNV'), row('LAO_DONG_TIEN_TIEN', ward.personIds['Hoàng Thị Mai']!, 'HTXSNV')]);
    const created = await postMultipart(web, '/don-vi/nhap-danh-sach', '/don-vi/nhap-danh-sach', {}, { bytes: good, name: 'danh-sach.xlsx', type: XLSX_TYPE });
    expect(created.status).toBe(200);
    expect(textOf(created.html)).toContain('Đã tạo 2 hồ sơ đề nghị mới.');
    expect(await count()).toBe(before + 2);
    const again = await postMultipart(web, '/don-vi/nhap-danh-sach', '/don-vi/nhap-danh-sach', {}, { bytes: good, name: 'lan-hai.xlsx', type: XLSX_TYPE });
    expect(again.status).toBe(200);
    expect(textOf(again.html)).toContain('Đã tạo 0 hồ sơ đề nghị mới; 2 hồ sơ đã có từ lần tải lên trước.');
    expect(await count()).toBe(before + 2);
    const names = await stack.dataSource.query(`SELECT nominee_name FROM proposal WHERE body_id = $1 AND unit_id = $2 ORDER BY nominee_name`, [ward.bodyId, ward.unitIds['mn-ngo-quyen']]);
    expect(names.map((n: { nominee_name: string }) => n.nominee_name)).toEqual(['Hoàng Thị Mai', 'Kiều Thị Yến', 'Lương Thị Ngọc Ánh']); // the last from the papers test
  });
});
