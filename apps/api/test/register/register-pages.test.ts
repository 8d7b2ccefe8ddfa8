import ExcelJS from 'exceljs';
import { type ApiStack, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { csrfTokenIn, textOf, WebClient } from '../web/web-client';
import { awardsWorkbook } from './register-test.helpers';

/** The register's and the people registry's pages: Vietnamese, dd/mm/yyyy, no codes shown, own unit only. */
describe('register pages', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  const as = (user: string) => WebClient.login(stack.baseUrl, ward.prefix + user);

  useStack({ worker: false }, async (started) => {
    ({ stack, ward } = started);
    const personId = ward.personIds['Quách Thị Hạnh']!;
    await stack.dataSource.query(
      `INSERT INTO award_record (body_id, source, recipient_kind, person_id, recipient_name, title, year, level, decision_number, decision_date, issuer, dedupe_key, recorded_by)
       VALUES ($1, 'IMPORTED', 'INDIVIDUAL', $2, 'Quách Thị Hạnh', 'LAO_DONG_TIEN_TIEN', 2019, 'PHUONG', '31/QĐ-UBND', '2019-12-24', 'UBND phường Ngô Quyền', $3, $4)`,
      [ward.bodyId, personId, `${personId}|LAO_DONG_TIEN_TIEN|2019`, ward.userIds['canbo.vp']],
    );
  });

  it('looks up by a name without diacritics and opens the person’s history', async () => {
    const chairman = await as('chutich');
    const found = await chairman.get('/so-khen-thuong?q=quach thi hanh');
    expect(found.status).toBe(200);
    const text = textOf(found.html);
    expect(text).toContain('Lao động tiên tiến');
    expect(text).toContain('Số 31/QĐ-UBND ngày 24/12/2019');
    expect(text).not.toMatch(/LAO_DONG_TIEN_TIEN|PHUONG|IMPORTED/);
    const history = await chairman.get(`/so-khen-thuong/ca-nhan/${ward.personIds['Quách Thị Hạnh']}`);
    expect(textOf(history.html)).toContain('Nhập từ danh sách các năm trước');
    expect(textOf(history.html)).toContain('Trạm Y tế phường Ngô Quyền');
    // The page's "Tải danh sách (Excel)" downloads on the page's own session, with the same filter.
    const exportHref = /<a href="([^"]+)">Tải danh sách \(Excel\)<\/a>/.exec(found.html)![1]!.replace(/&amp;/g, '&').replace(/&#x3D;/g, '=');
    expect(exportHref).toBe('/so-khen-thuong/xuat.xlsx?q=quach+thi+hanh');
    const exported = await fetch(`${stack.baseUrl}${exportHref}`, { headers: { cookie: [...chairman.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(exported.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await exported.arrayBuffer());
    const cells = workbook.worksheets[0]!.getSheetValues().flat().map(String);
    expect(cells).toContain('Quách Thị Hạnh');
    const refused = await chairman.get('/so-khen-thuong?yearFrom=1800');
    expect(refused.status).toBe(400);
    expect(textOf(refused.html)).toContain('Năm phải từ 1990.');
  });

  it('filters by the unit the holder belonged to at the award, also for a unit head’s own register', async () => {
    const personId = ward.personIds['Kiều Thị Yến']!;
    const [mamNon, tieuHoc] = [ward.unitIds['mn-ngo-quyen']!, ward.unitIds['th-ngo-quyen']!];
    await stack.dataSource.query(
      `INSERT INTO award_record (body_id, source, recipient_kind, person_id, recipient_name, title, year, level, dedupe_key, recorded_by)
       VALUES ($1, 'IMPORTED', 'INDIVIDUAL', $2, 'Kiều Thị Yến', 'LAO_DONG_TIEN_TIEN', 2015, 'PHUONG', $3, $4)`,
      [ward.bodyId, personId, `${personId}|LAO_DONG_TIEN_TIEN|2015`, ward.userIds['canbo.vp']],
    );
    await stack.dataSource.query(`UPDATE person SET unit_id = $2 WHERE id = $1`, [personId, tieuHoc]);
    const officer = await as('canbo.vp');
    const years = 'yearFrom=2015&yearTo=2015';
    expect(textOf((await officer.get(`/so-khen-thuong?unitId=${mamNon}&${years}`)).html)).toContain('Kiều Thị Yến');
    expect(textOf((await officer.get(`/so-khen-thuong?unitId=${tieuHoc}&${years}`)).html)).not.toContain('Kiều Thị Yến');
    expect(textOf((await (await as('truong.mamnon')).get(`/so-khen-thuong?${years}`)).html)).toContain('Kiều Thị Yến');
  });

  it('lets a unit head add, edit and stop following their own people, with Vietnamese form errors', async () => {
    const head = await as('tram.yte');
    const own = ward.unitIds['tram-y-te']!;
    const bad = await head.submit('/danh-sach-ca-nhan', '/danh-sach-ca-nhan', { fullName: 'X', unitId: own });
    expect(bad.status).toBe(400);
    expect(textOf(bad.html)).toContain('Họ và tên dài từ 2 đến 200 ký tự.');
    const elsewhere = await head.submit('/danh-sach-ca-nhan', '/danh-sach-ca-nhan', { fullName: 'Người Đơn Vị Khác', unitId: ward.unitIds['vp-tk']! });
    expect(elsewhere.status).toBe(403);
    expect(textOf(elsewhere.html)).toContain('Bạn chỉ được thao tác cho đơn vị của mình.');
    const created = await head.submit('/danh-sach-ca-nhan', '/danh-sach-ca-nhan', { fullName: 'Đinh Thị Tươi', unitId: own, gender: 'NU', dateOfBirth: '1995-07-01' });
    expect(created).toMatchObject({ status: 303, location: '/danh-sach-ca-nhan?done=CREATED' });
    const [{ id }] = await stack.dataSource.query(`SELECT id FROM person WHERE body_id = $1 AND full_name = 'Đinh Thị Tươi'`, [ward.bodyId]);
    const list = await head.get('/danh-sach-ca-nhan?q=dinh thi tuoi');
    expect(textOf(list.html)).toContain('Đinh Thị Tươi');
    const edited = await head.submit(`/danh-sach-ca-nhan/${id}`, `/danh-sach-ca-nhan/${id}`, { fullName: 'Đinh Thị Tươi', unitId: own, position: 'Điều dưỡng' });
    expect(edited.status).toBe(303);
    const stopped = await head.submit(`/danh-sach-ca-nhan/${id}`, `/danh-sach-ca-nhan/${id}/ngung-theo-doi`, {});
    expect(stopped.status).toBe(303);
    const [row] = await stack.dataSource.query(`SELECT position, active FROM person WHERE id = $1`, [id]);
    expect(row).toEqual({ position: 'Điều dưỡng', active: false });
    expect((await head.get(`/danh-sach-ca-nhan/${ward.personIds['Lê Thị Thu Hà']}`)).status).toBe(404);
  });

  it('imports an earlier years’ list from the officer’s page and shows each row’s outcome, or each bad row', async () => {
    const officer = await as('canbo.vp');
    const send = async (bytes: Buffer) => {
      const form = new FormData();
      form.append('_csrf', csrfTokenIn((await officer.get('/so-khen-thuong/nhap')).html));
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), 'khen-thuong.xlsx');
      const cookie = [...officer.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const res = await fetch(`${stack.baseUrl}/so-khen-thuong/nhap`, { method: 'POST', headers: { cookie }, body: form, redirect: 'manual' });
      return { status: res.status, text: textOf(await res.text()) };
    };
    const bad = await send(await awardsWorkbook([['Quách Thị Hạnh', 'Cá nhân', 'tram-y-te', 'Lao động tiên tiến', 2018, '', '7/QĐ-UBND', '2018-12-20', 'UBND phường Ngô Quyền']]));
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Ngày quyết định "2018-12-20" phải có dạng ngày/tháng/năm, ví dụ 25/12/2024.');
    const good = await send(await awardsWorkbook([['Quách Thị Hạnh', 'Cá nhân', 'tram-y-te', 'Lao động tiên tiến', 2018, '', '7/QĐ-UBND', '20/12/2018', 'UBND phường Ngô Quyền']]));
    expect(good.status).toBe(200);
    expect(good.text).toContain('Đã nhập 1 khen thưởng.');
    expect(good.text).toContain('Đã nhập: Lao động tiên tiến năm 2018.');
  });

  it('lets a residential group’s head add and stop following its households', async () => {
    const head = await as('tdp1');
    const bad = await head.submit('/danh-sach-ho-gia-dinh', '/danh-sach-ho-gia-dinh', { headName: 'Lò Văn Sáu', address: 'x', residentialGroupId: ward.unitIds['tdp-1']! });
    expect(bad.status).toBe(400);
    expect(textOf(bad.html)).toContain('Địa chỉ dài từ 5 đến 300 ký tự.');
    const created = await head.submit('/danh-sach-ho-gia-dinh', '/danh-sach-ho-gia-dinh', { headName: 'Lò Văn Sáu', address: 'Số 8 phố Lê Lợi', residentialGroupId: ward.unitIds['tdp-1']! });
    expect(created).toMatchObject({ status: 303, location: '/danh-sach-ho-gia-dinh?done=CREATED' });
    const [{ id }] = await stack.dataSource.query(`SELECT id FROM household WHERE body_id = $1 AND head_name = 'Lò Văn Sáu'`, [ward.bodyId]);
    expect(textOf((await head.get('/danh-sach-ho-gia-dinh?q=lo van sau')).html)).toContain('Số 8 phố Lê Lợi');
    expect((await head.submit('/danh-sach-ho-gia-dinh', `/danh-sach-ho-gia-dinh/${id}/ngung-theo-doi`, {})).status).toBe(303);
    expect((await stack.dataSource.query(`SELECT active FROM household WHERE id = $1`, [id]))[0].active).toBe(false);
  });
});
