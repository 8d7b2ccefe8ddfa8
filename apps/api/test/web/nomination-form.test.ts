import type { INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { NOMINATION_COLUMNS } from '../../src/dossier/nomination-sheet';
import { ApiClient, seedIsolatedWard, startApi, startWorker, testConfig, type ApiStack } from '../../../../test/support/stack';
import { XLSX_TYPE } from '../plan/plan-test.helpers';
import { postMultipart, textOf, WebClient } from './web-client';

/**
 * The nomination form and POST /api/v1/proposals: the nominee comes from the unit's own registry
 * (person, household or the unit itself), the form shows what the title needs, and starts in the
 * round that is taking nominations.
 */
describe('nomination bound to the unit registry', () => {
  let stack: ApiStack;
  let worker: INestApplicationContext;
  let ward: Awaited<ReturnType<typeof seedIsolatedWard>>;
  const page = (user: string) => WebClient.login(stack.baseUrl, ward.prefix + user);
  const api = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);
  const nomineeOf = async (id: string) => (await stack.dataSource.query(`SELECT nominee_name, nominee_person_id, nominee_household_id, nominee_unit_id FROM proposal WHERE id = $1`, [id]))[0];
  const idFrom = (location: string | null) => /^\/ho-so\/([0-9a-f-]{36})\?done=SUBMIT$/.exec(location ?? '')?.[1];
  let key = 0;
  const clientKey = () => `nomination-${ward.prefix}${++key}`;

  beforeAll(async () => {
    const config = testConfig();
    stack = await startApi(config);
    worker = await startWorker(config);
    ward = await seedIsolatedWard(stack.dataSource);
  });
  afterAll(async () => {
    await worker?.close();
    await stack?.close();
  });

  const individual = (extra: Record<string, string>) => ({
    title: 'LAO_DONG_TIEN_TIEN', year: '2026', achievement: 'Hoàn thành tốt nhiệm vụ năm học 2025 - 2026', monthsWorkedInYear: '12', rating: 'HTTNV', ...extra,
  });

  it('names the nominee from the registry: the chosen person on the page, the unit for a collective title, whatever name was typed', async () => {
    const head = await page('truong.mamnon');
    const form = await head.get('/don-vi/de-nghi-moi');
    expect(form.html).not.toContain('name="nomineeName"');
    expect(form.html).not.toContain('value="Trường Mầm non Ngô Quyền"');
    // A person chosen with the unit's name still in the (old) name field: the dossier is the person's.
    const res = await head.submit('/don-vi/de-nghi-moi', '/don-vi/de-nghi-moi', individual({ clientKey: clientKey(), nomineePersonId: ward.personIds['Kiều Thị Yến']!, nomineeName: 'Trường Mầm non Ngô Quyền' }));
    expect(res.status).toBe(303);
    expect(await nomineeOf(idFrom(res.location)!)).toMatchObject({ nominee_name: 'Kiều Thị Yến', nominee_person_id: ward.personIds['Kiều Thị Yến'] });

    const unitHead = await api('truong.mamnon');
    const collective = await unitHead.request('POST', '/api/v1/proposals', {
      clientKey: clientKey(), title: 'TAP_THE_LAO_DONG_TIEN_TIEN', year: 2026, nomineeName: 'Trường Tiểu học Ngô Quyền',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025 - 2026', facts: { planCompleted: true, memberCount: 24, ldttMemberCount: 18 },
    });
    expect(collective.status).toBe(201);
    expect(collective.body.nomineeName).toBe('Trường Mầm non Ngô Quyền');
    // No name at all is fine: the API takes it from the chosen person.
    const unnamed = await unitHead.request('POST', '/api/v1/proposals', {
      clientKey: clientKey(), title: 'LAO_DONG_TIEN_TIEN', year: 2026, nomineePersonId: ward.personIds['Hoàng Thị Mai'],
      achievement: 'Hoàn thành tốt nhiệm vụ năm học 2025 - 2026', facts: { monthsWorkedInYear: 12, rating: 'HTTNV' },
    });
    expect(unnamed.status).toBe(201);
    expect(unnamed.body.nomineeName).toBe('Hoàng Thị Mai');
  });

  it('lets a residential group nominate its own household for "Gia đình văn hóa", named as the registry names it', async () => {
    const officer = await api('canbo.vp');
    const household = await officer.request('POST', '/api/v1/households', { headName: 'Phạm Văn Khải', address: 'Số 12 ngõ 3, Tổ dân phố số 1', residentialGroupId: ward.unitIds['tdp-1'] });
    expect(household.status).toBe(201);
    const groupHead = await page('tdp1');
    const form = await groupHead.get('/don-vi/de-nghi-moi');
    expect(form.html).toContain(`<option value="${household.body.id}">Phạm Văn Khải — Số 12 ngõ 3, Tổ dân phố số 1</option>`);
    // A school has no households, so no household title either.
    expect((await (await page('truong.mamnon')).get('/don-vi/de-nghi-moi')).html).not.toContain('value="GIA_DINH_VAN_HOA"');

    const res = await groupHead.submit('/don-vi/de-nghi-moi', '/don-vi/de-nghi-moi', {
      clientKey: clientKey(), title: 'GIA_DINH_VAN_HOA', year: '2026', achievement: 'Gia đình tiêu biểu của tổ dân phố năm 2026', nomineeHouseholdId: household.body.id, registeredAtStartOfYear: 'on',
    });
    expect(res.status).toBe(303);
    expect(await nomineeOf(idFrom(res.location)!)).toMatchObject({ nominee_name: 'Phạm Văn Khải', nominee_household_id: household.body.id, nominee_unit_id: ward.unitIds['tdp-1'] });
    const withoutHousehold = await groupHead.submit('/don-vi/de-nghi-moi', '/don-vi/de-nghi-moi', {
      clientKey: clientKey(), title: 'GIA_DINH_VAN_HOA', year: '2026', achievement: 'Gia đình tiêu biểu của tổ dân phố năm 2026',
    });
    expect(withoutHousehold.status).toBe(400);
    expect(textOf(withoutHousehold.html)).toContain('Danh hiệu hộ gia đình cần chọn hộ gia đình được đề nghị.');
  });

  it('refuses a person or collective of another unit (403, in Vietnamese) on the API and the page, and writes nothing', async () => {
    const count = async () => Number((await stack.dataSource.query(`SELECT count(*) FROM proposal WHERE body_id = $1 AND unit_id = $2`, [ward.bodyId, ward.unitIds['mn-ngo-quyen']]))[0].count);
    const before = await count();
    const unitHead = await api('truong.mamnon');
    const otherPerson = await unitHead.request('POST', '/api/v1/proposals', {
      clientKey: clientKey(), title: 'LAO_DONG_TIEN_TIEN', year: 2026, nomineeName: 'Tạ Văn Đức', nomineePersonId: ward.personIds['Tạ Văn Đức'],
      achievement: 'Hoàn thành tốt nhiệm vụ năm học 2025 - 2026', facts: { monthsWorkedInYear: 12, rating: 'HTTNV' },
    });
    expect(otherPerson.status).toBe(403);
    expect(otherPerson.body.message).toBe('Chỉ được đề nghị cá nhân, hộ gia đình hoặc tập thể thuộc đơn vị của mình.');
    const otherUnit = await unitHead.request('POST', '/api/v1/proposals', {
      clientKey: clientKey(), title: 'TAP_THE_LAO_DONG_TIEN_TIEN', year: 2026, nomineeName: 'Trường Tiểu học Ngô Quyền', nomineeUnitId: ward.unitIds['th-ngo-quyen'],
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025 - 2026', facts: { planCompleted: true, memberCount: 20, ldttMemberCount: 15 },
    });
    expect(otherUnit.status).toBe(403);
    const onPage = await (await page('truong.mamnon')).submit('/don-vi/de-nghi-moi', '/don-vi/de-nghi-moi', individual({ clientKey: clientKey(), nomineePersonId: ward.personIds['Tạ Văn Đức']! }));
    expect(onPage.status).toBe(403);
    expect(textOf(onPage.html)).toContain('Chỉ được đề nghị cá nhân, hộ gia đình hoặc tập thể thuộc đơn vị của mình.');
    expect(await count()).toBe(before);
    // The primary school's own proposal for its teacher is not blocked by anything the kindergarten tried.
    const own = await (await api('truong.tieuhoc')).request('POST', '/api/v1/proposals', {
      clientKey: clientKey(), title: 'LAO_DONG_TIEN_TIEN', year: 2026, nomineeName: 'Tạ Văn Đức', nomineePersonId: ward.personIds['Tạ Văn Đức'],
      achievement: 'Hoàn thành tốt nhiệm vụ năm học 2025 - 2026', facts: { monthsWorkedInYear: 12, rating: 'HTTNV' },
    });
    expect(own.status).toBe(201);
  });

  it('lets the officer nominate on behalf of the unit it chooses (API and page): the unit nominates, its head sees the proposal, the officer is recorded', async () => {
    const officer = await api('canbo.vp');
    const nomination = (extra: Record<string, unknown>) => ({
      clientKey: clientKey(), title: 'LAO_DONG_TIEN_TIEN', year: 2026, achievement: 'Hoàn thành tốt nhiệm vụ được giao năm 2026', facts: { monthsWorkedInYear: 12, rating: 'HTTNV' }, ...extra,
    });
    const noUnit = await officer.request('POST', '/api/v1/proposals', nomination({ nomineePersonId: ward.personIds['Quách Thị Hạnh'] }));
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.errors).toEqual([{ field: 'unitId', messages: ['Vui lòng chọn đơn vị đề nghị.'] }]);
    const notOfUnit = await officer.request('POST', '/api/v1/proposals', nomination({ unitId: ward.unitIds['mn-ngo-quyen'], nomineePersonId: ward.personIds['Quách Thị Hạnh'] }));
    expect(notOfUnit.status).toBe(403);
    expect(notOfUnit.body.errors).toEqual([{ field: 'nomineePersonId', messages: ['Chỉ được đề nghị cá nhân, hộ gia đình hoặc tập thể thuộc đơn vị đề nghị đã chọn.'] }]);
    const created = await officer.request('POST', '/api/v1/proposals', nomination({ unitId: ward.unitIds['tram-y-te'], nomineePersonId: ward.personIds['Quách Thị Hạnh'] }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ nomineeName: 'Quách Thị Hạnh', unitName: 'Trạm Y tế phường Ngô Quyền' });
    const enteredBy = async (id: string) => (await stack.dataSource.query(`SELECT unit_id, submitted_by FROM proposal WHERE id = $1`, [id]))[0];
    expect(await enteredBy(created.body.id)).toEqual({ unit_id: ward.unitIds['tram-y-te'], submitted_by: ward.userIds['canbo.vp'] });
    expect((await (await api('tram.yte')).request('GET', `/api/v1/proposals/${created.body.id}`)).status).toBe(200);
    expect((await (await api('truong.mamnon')).request('GET', `/api/v1/proposals/${created.body.id}`)).status).toBe(404);

    // The page: the unit first, then that unit's own people.
    const officerPage = await page('canbo.vp');
    const picker = await officerPage.get('/don-vi/de-nghi-moi');
    expect(picker.status).toBe(200);
    expect(picker.html).toContain(`<option value="${ward.unitIds['tram-y-te']}">Trạm Y tế phường Ngô Quyền</option>`);
    const formPath = `/don-vi/de-nghi-moi?donVi=${ward.unitIds['tram-y-te']}`;
    const form = await officerPage.get(formPath);
    expect(form.html).toContain(`<input type="hidden" name="unitId" value="${ward.unitIds['tram-y-te']}">`);
    expect(form.html).toContain(`<option value="${ward.personIds['Vũ Đức Thắng']}">Vũ Đức Thắng (Trạm trưởng)</option>`);
    expect(form.html).not.toContain(ward.personIds['Kiều Thị Yến']);
    const res = await officerPage.submit(formPath, '/don-vi/de-nghi-moi', individual({ clientKey: clientKey(), unitId: ward.unitIds['tram-y-te']!, nomineePersonId: ward.personIds['Vũ Đức Thắng']! }));
    expect(res.status).toBe(303);
    const id = idFrom(res.location)!;
    expect(await enteredBy(id)).toEqual({ unit_id: ward.unitIds['tram-y-te'], submitted_by: ward.userIds['canbo.vp'] });
    const headPage = await page('tram.yte');
    expect(textOf((await headPage.get('/don-vi/ho-so')).html)).toContain('Vũ Đức Thắng');
    expect(textOf((await headPage.get(`/ho-so/${id}`)).html)).toContain('(Lê Thị Thu Hà)');
  });

  it('refuses a unit head nominating for another unit (403 on the API, the page and a draft) and writes nothing', async () => {
    const count = async () => Number((await stack.dataSource.query(`SELECT (SELECT count(*) FROM proposal WHERE body_id = $1) + (SELECT count(*) FROM proposal_draft WHERE body_id = $1) AS count`, [ward.bodyId]))[0].count);
    const before = await count();
    const unitHead = await api('truong.mamnon');
    const forOther = { clientKey: clientKey(), unitId: ward.unitIds['th-ngo-quyen'], title: 'LAO_DONG_TIEN_TIEN', year: 2026, nomineePersonId: ward.personIds['Tạ Văn Đức'], achievement: 'Hoàn thành tốt nhiệm vụ năm học 2025 - 2026', facts: { monthsWorkedInYear: 12, rating: 'HTTNV' } };
    const refused = await unitHead.request('POST', '/api/v1/proposals', forOther);
    expect(refused.status).toBe(403);
    expect(refused.body.errors).toEqual([{ field: 'unitId', messages: ['Chỉ được lập đề nghị cho đơn vị của mình.'] }]);
    expect((await unitHead.request('POST', '/api/v1/proposal-drafts', { ...forOther, clientKey: clientKey() })).status).toBe(403);
    const onPage = await (await page('truong.mamnon')).submit('/don-vi/de-nghi-moi', '/don-vi/de-nghi-moi', individual({ clientKey: clientKey(), unitId: ward.unitIds['th-ngo-quyen']!, nomineePersonId: ward.personIds['Tạ Văn Đức']! }));
    expect(onPage.status).toBe(403);
    expect(textOf(onPage.html)).toContain('Chỉ được lập đề nghị cho đơn vị của mình.');
    expect(await count()).toBe(before);
  });

  it('shows only the fields of the chosen title (script from the site itself) and, without script, reads only those', async () => {
    const head = await page('truong.mamnon');
    const form = await head.get('/don-vi/de-nghi-moi');
    expect(form.html).toContain('<option value="LAO_DONG_TIEN_TIEN" data-kind="INDIVIDUAL">');
    expect(form.html).toContain('<option value="TAP_THE_LAO_DONG_TIEN_TIEN" data-kind="COLLECTIVE">');
    expect(form.html).toMatch(/<div data-for-kinds="COLLECTIVE">\s*<label for="memberCount">/);
    expect(form.html).toMatch(/<div data-for-kinds="INDIVIDUAL">\s*<label for="monthsWorkedInYear">/);
    expect(form.html).toContain('<script src="/static/nomination-form.js" defer></script>');
    expect(form.headers.get('content-security-policy')).toContain("script-src 'self';");
    const script = await fetch(`${stack.baseUrl}/static/nomination-form.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain('data-for-kinds');

    // An individual title ignores a collective field left filled in; a collective title checks it.
    const ignored = await head.submit('/don-vi/de-nghi-moi', '/don-vi/de-nghi-moi', individual({ clientKey: clientKey(), nomineePersonId: ward.personIds['Lương Thị Ngọc Ánh']!, memberCount: 'nhiều' }));
    expect(ignored.status).toBe(303);
    const checked = await head.submit('/don-vi/de-nghi-moi', '/don-vi/de-nghi-moi', {
      clientKey: clientKey(), title: 'TAP_THE_LAO_DONG_TIEN_TIEN', year: '2026', achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học', memberCount: 'nhiều', monthsWorkedInYear: 'mười hai',
    });
    expect(checked.status).toBe(400);
    expect(textOf(checked.html)).toContain('Số thành viên phải là số nguyên dương.');
    expect(textOf(checked.html)).not.toContain('Số tháng công tác phải là số nguyên');
  });

  it('imports a list with the same rule: the person column names the nominee, not the name column', async () => {
    const web = await page('truong.tieuhoc');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách đề nghị');
    sheet.addRow([...NOMINATION_COLUMNS]);
    sheet.addRow([1, 'Lao động tiên tiến', '2026', 'Trường Tiểu học Ngô Quyền', 'Nguyễn Thị Thanh Hương', 'Hoàn thành tốt nhiệm vụ năm học 2025 - 2026', '', '12', 'HTTNV', '', '', '', '']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const created = await postMultipart(web, '/don-vi/nhap-danh-sach', '/don-vi/nhap-danh-sach', {}, { bytes: file, name: 'danh-sach.xlsx', type: XLSX_TYPE });
    expect(created.status).toBe(200);
    const [row] = await stack.dataSource.query(`SELECT nominee_name FROM proposal WHERE body_id = $1 AND nominee_person_id = $2`, [ward.bodyId, ward.personIds['Nguyễn Thị Thanh Hương']]);
    expect(row.nominee_name).toBe('Nguyễn Thị Thanh Hương');
  });

  it('starts in the round taking nominations and shows its deadline', async () => {
    const head = await page('truong.mamnon');
    expect(textOf((await head.get('/don-vi/de-nghi-moi')).html)).not.toContain('Hạn nộp hồ sơ của đợt');
    const opened = await (await api('canbo.vp')).request('POST', '/api/v1/rounds', {
      clientKey: clientKey(), name: 'Đợt xét khen thưởng tổng kết năm 2026', kind: 'YEAR_END', year: 2026, nominationDeadline: '2099-12-30',
    });
    expect(opened.status).toBe(201);
    const form = await head.get('/don-vi/de-nghi-moi');
    expect(form.html).toContain(`<option value="${opened.body.round.id}" selected>Đợt xét khen thưởng tổng kết năm 2026 (hạn nộp 30/12/2099)</option>`);
    expect(textOf(form.html)).toContain('Hạn nộp hồ sơ của đợt: 30/12/2099');
  });
});
