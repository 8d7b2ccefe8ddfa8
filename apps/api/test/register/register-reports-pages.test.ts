import ExcelJS from 'exceljs';
import { type ApiStack, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { PlanClient } from '../plan/plan-test.helpers';
import { textOf, WebClient } from '../web/web-client';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The register's report pages: numbers as the API gives them, charts drawn on the server, Excel exports. */
describe('register report pages', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  let householdId: string;
  const as = (user: string) => WebClient.login(stack.baseUrl, ward.prefix + user);
  /** The bars of one section's chart as '<label>: <count>', in drawing order. */
  const barsOf = (html: string, section: string) => {
    const body = html.slice(html.indexOf(`id="thong-ke-${section}"`));
    const svg = body.slice(body.indexOf('<svg'), body.indexOf('</svg>'));
    return [...svg.matchAll(/<g class="bar"><title>([^<]*)<\/title>/g)].map((m) => m[1]);
  };
  const workbookFrom = async (client: WebClient, path: string) => {
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(stack.baseUrl + path, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    return workbook;
  };
  const rowsOf = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));

  useStack({ worker: false }, async (started) => {
    ({ stack, ward } = started);
    [{ id: householdId }] = await stack.dataSource.query(
      `INSERT INTO household (body_id, head_name, address, residential_group_id) VALUES ($1, 'Lò Văn Sáu', 'Số 8 phố Lê Lợi', $2) RETURNING id`,
      [ward.bodyId, ward.unitIds['tdp-1']],
    );
    // Earlier years' lists, before the demo's own awards: two CSTĐCS running, two Gia đình văn hóa running.
    const imported: Array<[string, string, string, number]> = [
      ['person_id', ward.personIds['Kiều Thị Yến']!, 'CHIEN_SI_THI_DUA_CO_SO', 2011],
      ['person_id', ward.personIds['Kiều Thị Yến']!, 'CHIEN_SI_THI_DUA_CO_SO', 2012],
      ['person_id', ward.personIds['Hoàng Thị Mai']!, 'LAO_DONG_TIEN_TIEN', 2011],
      ['person_id', ward.personIds['Tạ Văn Đức']!, 'LAO_DONG_TIEN_TIEN', 2011],
      ['household_id', householdId, 'GIA_DINH_VAN_HOA', 2011],
      ['household_id', householdId, 'GIA_DINH_VAN_HOA', 2012],
    ];
    for (const [column, id, title, year] of imported) {
      await stack.dataSource.query(
        `INSERT INTO award_record (body_id, source, recipient_kind, ${column}, recipient_name, title, year, level, decision_number, decision_date, issuer, dedupe_key, recorded_by)
         VALUES ($1, 'IMPORTED', $2, $3::uuid, 'x', $4::text, $5::int, 'PHUONG', '9/QĐ-UBND', make_date($5::int, 12, 20), 'UBND phường Ngô Quyền', $3::text || '|' || $4::text || '|' || $5::text, $6)`,
        [ward.bodyId, column === 'person_id' ? 'INDIVIDUAL' : 'HOUSEHOLD', id, title, year, ward.userIds['canbo.vp']],
      );
    }
  });

  it('shows the awards by year, title, unit, gender and level as the API counts them, with a chart each', async () => {
    const officer = await as('canbo.vp');
    const api = await (await PlanClient.as(stack.baseUrl, `${ward.prefix}canbo.vp`)).request('GET', '/api/v1/register/reports/awards?yearFrom=2011&yearTo=2012');
    expect(api.body.total).toBe(6);
    const page = await officer.get('/so-khen-thuong/bao-cao?yearFrom=2011&yearTo=2012');
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain('Tổng số khen thưởng: 6');
    expect(barsOf(page.html, 'nam')).toEqual(['2011: 4', '2012: 2']);
    expect(barsOf(page.html, 'don-vi')).toEqual(['Trường Mầm non Ngô Quyền: 3', 'Tổ dân phố số 1: 2', 'Trường Tiểu học Ngô Quyền: 1']);
    expect(barsOf(page.html, 'gioi-tinh')).toEqual(['Nữ: 3', 'Hộ gia đình: 2', 'Nam: 1']);
    expect(barsOf(page.html, 'cap')).toEqual(['Cấp phường: 6']);
    expect(barsOf(page.html, 'danh-hieu')).toEqual(['Chiến sĩ thi đua cơ sở: 2', 'Gia đình văn hóa: 2', 'Lao động tiên tiến: 2']);
    expect(text).not.toMatch(/CHIEN_SI|LAO_DONG|PHUONG|IMPORTED/);
    // The menu leads the officer there.
    expect((await officer.get('/viec-can-lam')).html).toContain('href="/so-khen-thuong/bao-cao"');

    const bad = await officer.get('/so-khen-thuong/bao-cao?yearFrom=1800');
    expect(bad.status).toBe(400);
    expect(textOf(bad.html)).toContain('Năm phải từ 1990.');
    expect((await officer.get('/so-khen-thuong/bao-cao?yearFrom=&yearTo=')).status).toBe(200);
  });

  it('exports the awards report with names, not codes, under Vietnamese headings', async () => {
    const officer = await as('canbo.vp');
    const page = await officer.get('/so-khen-thuong/bao-cao?yearFrom=2011&yearTo=2012');
    const href = /href="(\/so-khen-thuong\/bao-cao\.xlsx[^"]*)"/.exec(page.html)![1]!.replace(/&amp;/g, '&');
    const workbook = await workbookFrom(officer, href);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Theo năm', 'Theo danh hiệu, hình thức', 'Theo đơn vị', 'Theo giới tính', 'Theo cấp khen thưởng', 'Chi tiết']);
    expect(rowsOf(workbook.getWorksheet('Theo năm')!)).toEqual([['STT', 'Năm', 'Số khen thưởng'], [1, '2011', 4], [2, '2012', 2], ['', 'Tổng cộng', 6]]);
    const detail = rowsOf(workbook.getWorksheet('Chi tiết')!);
    expect(detail[0]).toEqual(['STT', 'Năm', 'Danh hiệu, hình thức', 'Đơn vị', 'Giới tính, đối tượng', 'Cấp khen thưởng', 'Số khen thưởng']);
    expect(detail).toContainEqual([expect.any(Number), 2011, 'Gia đình văn hóa', 'Tổ dân phố số 1', 'Hộ gia đình', 'Cấp phường', 1]);
    expect(detail).toHaveLength(7);
  });

  it('lists the people and households due for a title next year, and exports the list', async () => {
    const officer = await as('canbo.vp');
    const page = await officer.get('/so-khen-thuong/du-kien-nam-sau?year=2012');
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain('Dự kiến khen thưởng năm 2013');
    expect(text).toContain('Kiều Thị Yến');
    expect(text).toContain('Chiến sĩ thi đua cấp tỉnh');
    expect(text).toContain('Hộ ông/bà Lò Văn Sáu');
    expect(text).toContain('Đã có 2 năm liên tục đạt "Gia đình văn hóa" đến năm 2012; nếu đạt tiếp năm 2013 thì đủ 3 năm.');
    expect(page.html).toContain(`href="/so-khen-thuong/ho-gia-dinh/${householdId}"`);
    const workbook = await workbookFrom(officer, '/so-khen-thuong/du-kien-nam-sau.xlsx?year=2012');
    const rows = rowsOf(workbook.getWorksheet('Dự kiến năm 2013')!);
    expect(rows[0]).toEqual(['STT', 'Cá nhân, hộ gia đình', 'Đối tượng', 'Đơn vị, tổ dân phố', 'Danh hiệu, hình thức dự kiến', 'Căn cứ']);
    expect(rows.slice(1).map((r) => r.slice(1, 5))).toEqual([
      ['Hộ ông/bà Lò Văn Sáu', 'Hộ gia đình', 'Tổ dân phố số 1', 'Giấy khen gia đình văn hóa 3 năm liên tục'],
      ['Kiều Thị Yến', 'Cá nhân', 'Trường Mầm non Ngô Quyền', 'Chiến sĩ thi đua cấp tỉnh'],
    ]);
  });

  it('shows a unit head their own unit only, and refuses the other roles', async () => {
    const head = await as('truong.mamnon');
    const page = await head.get('/so-khen-thuong/bao-cao?yearFrom=2011&yearTo=2012');
    expect(textOf(page.html)).toContain('Tổng số khen thưởng: 3');
    expect(barsOf(page.html, 'don-vi')).toEqual(['Trường Mầm non Ngô Quyền: 3']);
    expect(textOf((await head.get('/so-khen-thuong/du-kien-nam-sau?year=2012')).html)).not.toContain('Lò Văn Sáu');
    const chairman = await as('chutich');
    expect((await chairman.get('/so-khen-thuong/bao-cao')).status).toBe(403);
    expect((await chairman.get('/so-khen-thuong/du-kien-nam-sau')).status).toBe(403);
    expect((await chairman.get('/so-khen-thuong/bao-cao.xlsx')).status).toBe(403);
    expect((await chairman.get('/so-khen-thuong/du-kien-nam-sau.xlsx')).status).toBe(403);
    expect((await chairman.get('/viec-can-lam')).html).not.toContain('href="/so-khen-thuong/bao-cao"');
  });
});
