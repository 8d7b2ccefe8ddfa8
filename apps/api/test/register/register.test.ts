import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { type ApiStack, eventually, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { PlanClient, XLSX_TYPE } from '../plan/plan-test.helpers';
import { awardsWorkbook, cstdcsYears, type AwardLine } from './register-test.helpers';
import { attachRequiredPapers } from '../../../../test/support/dossier-papers';

/**
 * The people registry, the award register and its import on the real stack, and eligibility read
 * from the register: imported history counts exactly like history decided here (docs/register.md).
 */
describe('people registry and award register', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  let officer: PlanClient;
  let escalatedId: string;
  const as = (user: string) => PlanClient.as(stack.baseUrl, ward.prefix + user);
  const upload = (client: PlanClient, bytes: Buffer, name = 'khen-thuong-cac-nam.xlsx') => client.upload('/api/v1/register/import', 'file', { bytes, name, type: XLSX_TYPE });
  const registerRows = async () => (await stack.dataSource.query(`SELECT count(*)::int AS n FROM award_record WHERE body_id = $1`, [ward.bodyId]))[0].n as number;

  useStack({}, async (started) => {
    ({ stack, ward } = started);
    officer = await as('canbo.vp');
  });

  it('lets the officer keep everyone and a unit head only their own unit, and deactivates instead of deleting', async () => {
    const head = await as('truong.mamnon');
    const own = ward.unitIds['mn-ngo-quyen']!;
    const created = await head.request('POST', '/api/v1/people', { fullName: '  Phan  Thị   Thu  ', unitId: own, position: 'Giáo viên', gender: 'NU', dateOfBirth: '1990-03-08' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ fullName: 'Phan Thị Thu', unitName: 'Trường Mầm non Ngô Quyền', dateOfBirth: '1990-03-08', active: true });
    const elsewhere = await head.request('POST', '/api/v1/people', { fullName: 'Người Ngoài', unitId: ward.unitIds['vp-tk'] });
    expect(elsewhere).toMatchObject({ status: 403, body: { message: 'Bạn chỉ được thao tác cho đơn vị của mình.' } });
    const notHers = await head.request('GET', `/api/v1/people/${ward.personIds['Lê Thị Thu Hà']}`);
    expect(notHers.status).toBe(404);
    expect((await head.request('GET', '/api/v1/people')).body.every((p: { unitId: string }) => p.unitId === own)).toBe(true);

    const bad = await officer.request('POST', '/api/v1/people', { fullName: 'A'.repeat(201), unitId: own, dateOfBirth: '2999-01-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'fullName', messages: ['Họ và tên dài từ 2 đến 200 ký tự.'] }]);
    const future = await officer.request('POST', '/api/v1/people', { fullName: 'Ngày Sinh Sai', unitId: own, dateOfBirth: '2999-01-01' });
    expect(future).toMatchObject({ status: 400, body: { errors: [{ field: 'dateOfBirth', messages: ['Ngày sinh phải từ 01/01/1900 đến hôm nay.'] }] } });
    const control = await officer.request('POST', '/api/v1/people', { fullName: 'Tên\u0007Lạ', unitId: own });
    expect(control.status).toBe(400);

    const id = created.body.id as string;
    const edited = await officer.request('PUT', `/api/v1/people/${id}`, { fullName: 'Phan Thị Thu', unitId: ward.unitIds['th-ngo-quyen'], position: 'Hiệu phó' });
    expect(edited.body).toMatchObject({ unitName: 'Trường Tiểu học Ngô Quyền', position: 'Hiệu phó', gender: null, dateOfBirth: null });
    // Moved out of her unit: the head no longer keeps her.
    expect((await head.request('POST', `/api/v1/people/${id}/deactivate`)).status).toBe(404);
    expect((await officer.request('POST', `/api/v1/people/${id}/deactivate`)).body.active).toBe(false);
    expect((await officer.request('GET', '/api/v1/people?q=phan thi thu')).body).toEqual([]);
    expect((await officer.request('GET', '/api/v1/people?q=phan thi thu&includeInactive=true')).body.map((p: { id: string }) => p.id)).toEqual([id]);
    expect((await officer.request('DELETE', `/api/v1/people/${id}`)).status).toBe(404);
  });

  it('keeps households in their residential group, for its head and the officer', async () => {
    const tdp1 = ward.unitIds['tdp-1']!;
    const head = await as('tdp1');
    const created = await head.request('POST', '/api/v1/households', { headName: 'Trần Văn Nam', address: 'Số 12, ngõ 5, phố Lạch Tray', residentialGroupId: tdp1 });
    expect(created).toMatchObject({ status: 201, body: { headName: 'Trần Văn Nam', active: true } });
    const notGroup = await officer.request('POST', '/api/v1/households', { headName: 'Hộ Sai Tổ', address: 'Số 1 phố Cầu Đất', residentialGroupId: ward.unitIds['vp-tk'] });
    expect(notGroup).toMatchObject({ status: 400, body: { errors: [{ field: 'residentialGroupId', messages: ['Không tìm thấy tổ dân phố này.'] }] } });
    expect((await head.request('POST', '/api/v1/households', { headName: 'Hộ Tổ Khác', address: 'Số 2 phố Cầu Đất', residentialGroupId: ward.unitIds['tdp-2'] })).status).toBe(403);
  });

  it('refuses a list with bad rows as a whole, with one Vietnamese line per row, writing nothing', async () => {
    const before = await registerRows();
    const bytes = await awardsWorkbook([
      ['Hoàng Thị Mai', 'Cá nhân', 'mn-ngo-quyen', 'Lao động tiên tiến', 2022, '', '15/QĐ-UBND', '25/12/2022', 'UBND phường Ngô Quyền'],
      ['Người Không Có', 'Cá nhân', 'mn-ngo-quyen', 'Lao động tiên tiến', 2022, '', '15/QĐ-UBND', '25/12/2022', 'UBND phường Ngô Quyền'],
      ['Kiều Thị Yến', 'Cá nhân', 'mn-ngo-quyen', 'Huân chương', 2022, 'Cấp huyện', '15/QĐ-UBND', '31/02/2022', 'UBND phường Ngô Quyền'],
      ['Hoàng Thị Mai', 'Cá nhân', 'mn-ngo-quyen', 'lao dong tien tien', 2022, '', '16/QĐ-UBND', '26/12/2022', 'UBND phường Ngô Quyền'],
    ]);
    const res = await upload(officer, bytes);
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Tệp có dòng không hợp lệ; chưa nhập dòng nào. Vui lòng sửa các dòng được liệt kê rồi tải lên lại.');
    expect(res.body.errors).toEqual([
      { field: 'Dòng 3', messages: ['Không tìm thấy cá nhân "Người Không Có" trong đơn vị "Trường Mầm non Ngô Quyền"; hãy thêm vào danh sách trước.'] },
      {
        field: 'Dòng 4',
        messages: [
          'Danh hiệu, hình thức "Huân chương" không có trong danh mục.',
          'Cấp khen thưởng "Cấp huyện" không hợp lệ (Cấp phường, Cấp tỉnh hoặc Trung ương).',
          'Ngày quyết định "31/02/2022" phải có dạng ngày/tháng/năm, ví dụ 25/12/2024.',
        ],
      },
      { field: 'Dòng 5', messages: ['Trùng với dòng 2.'] },
    ]);
    expect(await registerRows()).toBe(before);
  });

  it('imports earlier years once: the same file twice imports nothing, an overlapping file only what is new', async () => {
    const lines: AwardLine[] = [
      ['Lương Thị Ngọc Ánh', 'Cá nhân', 'mn-ngo-quyen', 'Lao động tiên tiến', 2023, '', '21/QĐ-UBND', '22/12/2023', 'UBND phường Ngô Quyền'],
      ['Trường Mầm non Ngô Quyền', 'Tập thể', 'mn-ngo-quyen', 'Tập thể lao động tiên tiến', 2023, 'Cấp phường', '22/QĐ-UBND', '22/12/2023', 'UBND phường Ngô Quyền'],
      ['Lương Thị Ngọc Ánh', 'Cá nhân', 'mn-ngo-quyen', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 2024, 'Cấp tỉnh', '3456/QĐ-UBND', '15/01/2025', 'UBND thành phố Hải Phòng'],
    ];
    const first = await upload(officer, await awardsWorkbook(lines));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ duplicate: false, imported: 3, alreadyRegistered: 0 });
    expect(first.body.rows[0]).toEqual({ row: 2, name: 'Lương Thị Ngọc Ánh', outcome: 'IMPORTED', messageVi: 'Đã nhập: Lao động tiên tiến năm 2023.' });
    const again = await upload(officer, await awardsWorkbook(lines), 'ban-sao.xlsx');
    // exceljs stamps the creation time into the package: build the same bytes by uploading the first file's copy.
    expect([200, 201]).toContain(again.status);
    expect(again.body.imported).toBe(0);
    const count = await registerRows();
    const overlap = await upload(officer, await awardsWorkbook([lines[0]!, ['Kiều Thị Yến', 'Cá nhân', 'mn-ngo-quyen', 'Lao động tiên tiến', 2023, '', '21/QĐ-UBND', '22/12/2023', 'UBND phường Ngô Quyền']]));
    expect(overlap.body).toMatchObject({ imported: 1, alreadyRegistered: 1 });
    expect(overlap.body.rows[0].messageVi).toBe('Đã có trong sổ theo dõi (Lao động tiên tiến năm 2023); không nhập lại.');
    expect(await registerRows()).toBe(count + 1);
  });

  it('answers the same bytes uploaded twice with the first import', async () => {
    const bytes = await awardsWorkbook([['Châu Thị Diệu Linh', 'Cá nhân', 'thcs-ngo-quyen', 'Lao động tiên tiến', 2021, '', '9/QĐ-UBND', '20/12/2021', 'UBND phường Ngô Quyền']]);
    const first = await upload(officer, bytes);
    const second = await upload(officer, bytes, 'lan-hai.xlsx');
    expect(first).toMatchObject({ status: 201, body: { imported: 1 } });
    expect(second).toMatchObject({ status: 200, body: { duplicate: true, imported: 0, importId: first.body.importId } });
  });

  it('finds awards by a name typed without diacritics and shows one person’s full history', async () => {
    const found = await officer.request('GET', '/api/v1/register?q=luong thi ngoc anh&yearFrom=2023&yearTo=2024');
    expect(found.status).toBe(200);
    expect(found.body.rows.map((r: { titleName: string; year: number }) => `${r.titleName} ${r.year}`)).toEqual(['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh 2024', 'Lao động tiên tiến 2023']);
    expect(found.body.rows[0]).toMatchObject({ levelName: 'Cấp tỉnh', decisionNumber: '3456/QĐ-UBND', decisionDateText: '15/01/2025', sourceName: 'Nhập từ danh sách các năm trước' });
    const byLevel = await officer.request('GET', '/api/v1/register?q=ngoc anh&level=PHUONG');
    expect(byLevel.body.rows.map((r: { year: number }) => r.year)).toEqual([2023]);
    const history = await officer.request('GET', `/api/v1/register/ca-nhan/${ward.personIds['Lương Thị Ngọc Ánh']}`);
    expect(history.body).toMatchObject({ name: 'Lương Thị Ngọc Ánh', unitName: 'Trường Mầm non Ngô Quyền' });
    expect(history.body.awards).toHaveLength(2);
    const unit = await officer.request('GET', `/api/v1/register/tap-the/${ward.unitIds['mn-ngo-quyen']}`);
    expect(unit.body.awards.map((a: { titleName: string }) => a.titleName)).toEqual(['Tập thể lao động tiên tiến']);
    // A unit head sees only their own unit's register.
    const otherHead = await as('tram.yte');
    expect((await otherHead.request('GET', '/api/v1/register?q=ngoc anh')).body.rows).toEqual([]);
    expect((await otherHead.request('GET', `/api/v1/register/ca-nhan/${ward.personIds['Lương Thị Ngọc Ánh']}`)).status).toBe(404);
    const wildcard = await officer.request('GET', '/api/v1/register?q=%25');
    expect(wildcard.body.rows).toEqual([]);
  });

  it('exports the lookup to Excel with Vietnamese headings and dd/mm/yyyy dates', async () => {
    const res = await officer.download('/api/v1/register/export.xlsx?q=luong thi ngoc anh');
    expect(res.status).toBe(200);
    expect(res.type).toBe(XLSX_TYPE);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Sổ theo dõi khen thưởng')!;
    expect(sheet.getRow(1).getCell(5).text).toBe('Danh hiệu, hình thức');
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(9).text).toBe('15/01/2025');
  });

  it('records a higher level’s award given without a proposal from here, once', async () => {
    const entry = {
      recipientKind: 'tap-the',
      recipientId: ward.unitIds['tram-y-te'],
      title: 'TAP_THE_LAO_DONG_XUAT_SAC',
      year: 2025,
      level: 'TINH',
      decisionNumber: '  512/QĐ-UBND ',
      decisionDate: '2026-02-10',
      issuer: 'Ủy ban nhân dân thành phố Hải Phòng',
    };
    const created = await officer.request('POST', '/api/v1/register/records', entry);
    expect(created.status).toBe(201);
    const again = await officer.request('POST', '/api/v1/register/records', entry);
    expect(again).toMatchObject({ status: 409, body: { message: 'Khen thưởng này đã có trong sổ theo dõi; mỗi thành tích chỉ ghi nhận một lần.' } });
    const wrongKind = await officer.request('POST', '/api/v1/register/records', { ...entry, recipientKind: 'ca-nhan', recipientId: ward.personIds['Vũ Đức Thắng'] });
    expect(wrongKind).toMatchObject({ status: 400, body: { errors: [{ field: 'title', messages: ['"Tập thể lao động xuất sắc" không xét cho đối tượng này.'] }] } });
    expect((await (await as('tram.yte')).request('POST', '/api/v1/register/records', entry)).status).toBe(403);
    const history = await officer.request('GET', `/api/v1/register/tap-the/${ward.unitIds['tram-y-te']}`);
    expect(history.body.awards).toEqual([
      expect.objectContaining({ titleName: 'Tập thể lao động xuất sắc', year: 2025, sourceName: 'Kết quả của cấp trên', decisionNumber: '512/QĐ-UBND', decisionDateText: '10/02/2026', levelName: 'Cấp tỉnh' }),
    ]);
  });

  it('reports awards by year, title, unit, gender and level, and who is due for CSTĐ cấp tỉnh next year', async () => {
    await upload(officer, await awardsWorkbook(cstdcsYears('Châu Thị Diệu Linh', 'thcs-ngo-quyen', [2024, 2025])));
    const report = await officer.request('GET', '/api/v1/register/reports/awards?yearFrom=2023&yearTo=2023');
    expect(report.status).toBe(200);
    expect(report.body.rows).toEqual(
      expect.arrayContaining([
        { year: 2023, title: 'LAO_DONG_TIEN_TIEN', titleName: 'Lao động tiên tiến', unitName: 'Trường Mầm non Ngô Quyền', genderName: 'Nữ', levelName: 'Cấp phường', count: 2 },
        { year: 2023, title: 'TAP_THE_LAO_DONG_TIEN_TIEN', titleName: 'Tập thể lao động tiên tiến', unitName: 'Trường Mầm non Ngô Quyền', genderName: 'Tập thể', levelName: 'Cấp phường', count: 1 },
      ]),
    );
    expect(report.body.total).toBe(3);
    const due = await officer.request('GET', '/api/v1/register/reports/due-next-year?year=2025');
    expect(due.body).toEqual([
      {
        personId: ward.personIds['Châu Thị Diệu Linh'],
        householdId: null,
        fullName: 'Châu Thị Diệu Linh',
        recipientKindName: 'Cá nhân',
        unitName: 'Trường THCS Ngô Quyền',
        titleName: 'Chiến sĩ thi đua cấp tỉnh',
        reasonVi: 'Đã có 2 năm liên tục đạt "Chiến sĩ thi đua cơ sở" đến năm 2025; nếu đạt tiếp năm 2026 thì đủ 3 năm.',
      },
    ]);
    expect((await officer.request('GET', '/api/v1/register/reports/due-next-year')).status).toBe(400);
  });

  it('makes a CSTĐ cấp tỉnh proposal eligible and escalated on three consecutive imported CSTĐCS', async () => {
    const head = await as('truong.tieuhoc');
    const proposal = {
      title: 'CHIEN_SI_THI_DUA_CAP_TINH',
      year: 2026,
      nomineePersonId: ward.personIds['Tạ Văn Đức'],
      nomineeName: 'Tạ Văn Đức',
      achievement: 'Ba năm liền Chiến sĩ thi đua cơ sở; sáng kiến áp dụng toàn thành phố',
      facts: { initiativeWithProvincialEffect: true },
    };
    const before = await head.request('POST', '/api/v1/proposals', { ...proposal, clientKey: randomUUID() });
    expect(before.status).toBe(422);
    expect(before.body.errors[0].messages.join(' ')).toContain('Chưa đủ 3 năm liên tục');

    const imported = await upload(officer, await awardsWorkbook(cstdcsYears('Tạ Văn Đức', 'th-ngo-quyen', [2024, 2025, 2026])));
    expect(imported.body.imported).toBe(3);
    const res = await head.request('POST', '/api/v1/proposals', { ...proposal, clientKey: randomUUID() });
    expect(res.status).toBe(201);
    expect(res.body.warnings.join(' ')).toContain('cấp trên');
    const id = res.body.id as string;
    const [row] = await stack.dataSource.query(`SELECT route FROM proposal WHERE id = $1`, [id]);
    expect(row.route).toBe('ESCALATE');

    await eventually(async () => ((await stack.dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [id]))[0]?.status === 'SUBMITTED' ? true : undefined), 'submitted');
    await attachRequiredPapers(head, id, proposal.title);
    expect((await officer.request('POST', `/api/v1/proposals/${id}/complete`)).status).toBe(200);
    // CSTĐ needs at least 90% of the whole council (Nghị định 91/2017 Điều 45): every member votes.
    for (const user of ['chutich', 'phochutich', 'canbo.vp', 'hoidong.mttq', 'hoidong.congan', 'hoidong.vhxh']) {
      expect((await (await as(user)).request('POST', `/api/v1/proposals/${id}/votes`, { choice: 'AGREE' })).status).toBe(200);
    }
    expect((await (await as('chutich')).request('POST', `/api/v1/proposals/${id}/council/close`)).status).toBe(200);
    await eventually(async () => ((await stack.dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [id]))[0]?.status === 'ESCALATED' ? true : undefined), 'escalated');
    escalatedId = id;
  });

  it('keeps the higher level’s decision on an escalated award and shows it in the lookup, the history and the export', async () => {
    const result = { approved: true, issuer: 'Ủy ban nhân dân thành phố Hải Phòng', decisionNumber: '2417/QĐ-UBND', decisionDate: '2026-11-20' };
    const recorded = await officer.request('POST', `/api/v1/proposals/${escalatedId}/higher-level-result`, result);
    expect(recorded).toMatchObject({ status: 200, body: { status: 'CLOSED' } });
    const [row] = await eventually(async () => {
      const rows = await stack.dataSource.query(
        `SELECT higher_decision_number, to_char(higher_decision_date, 'YYYY-MM-DD') AS higher_decision_date, higher_decision_issuer FROM proposal WHERE id = $1 AND status = 'CLOSED'`,
        [escalatedId],
      );
      return rows.length ? rows : undefined;
    }, 'closed');
    expect(row).toEqual({ higher_decision_number: '2417/QĐ-UBND', higher_decision_date: '2026-11-20', higher_decision_issuer: 'Ủy ban nhân dân thành phố Hải Phòng' });
    const shown = { titleName: 'Chiến sĩ thi đua cấp tỉnh', sourceName: 'Kết quả của cấp trên', decisionNumber: '2417/QĐ-UBND', decisionDateText: '20/11/2026', issuer: 'Ủy ban nhân dân thành phố Hải Phòng' };
    const history = await officer.request('GET', `/api/v1/register/ca-nhan/${ward.personIds['Tạ Văn Đức']}`);
    expect(history.body.awards).toContainEqual(expect.objectContaining(shown));
    const lookup = await officer.request('GET', '/api/v1/register?q=ta van duc&title=CHIEN_SI_THI_DUA_CAP_TINH');
    expect(lookup.body.rows).toEqual([expect.objectContaining(shown)]);
    const res = await officer.download('/api/v1/register/export.xlsx?q=ta van duc&title=CHIEN_SI_THI_DUA_CAP_TINH');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.bytes as unknown as ArrayBuffer);
    const cells = workbook.getWorksheet('Sổ theo dõi khen thưởng')!.getRow(2);
    expect([8, 9, 10].map((c) => cells.getCell(c).text)).toEqual(['2417/QĐ-UBND', '20/11/2026', 'Ủy ban nhân dân thành phố Hải Phòng']);
  });

  it('refuses a second LĐTT for a year whose LĐTT was imported (Luật TĐKT 2022 Điều 5)', async () => {
    const imported = await upload(officer, await awardsWorkbook([['Vũ Đức Thắng', 'Cá nhân', 'tram-y-te', 'Lao động tiên tiến', 2026, '', '88/QĐ-UBND', '01/12/2026', 'UBND phường Ngô Quyền']]));
    expect(imported.body.imported).toBe(1);
    const before = (await stack.dataSource.query(`SELECT count(*)::int AS n FROM proposal WHERE body_id = $1`, [ward.bodyId]))[0].n;
    const res = await (await as('tram.yte')).request('POST', '/api/v1/proposals', {
      title: 'LAO_DONG_TIEN_TIEN',
      year: 2026,
      nomineePersonId: ward.personIds['Vũ Đức Thắng'],
      nomineeName: 'Vũ Đức Thắng',
      achievement: 'Hoàn thành tốt nhiệm vụ năm 2026',
      facts: { rating: 'HTTNV', monthsWorkedInYear: 12 },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].messages.join(' ')).toContain('Điều 5');
    expect((await stack.dataSource.query(`SELECT count(*)::int AS n FROM proposal WHERE body_id = $1`, [ward.bodyId]))[0].n).toBe(before);
  });
});
