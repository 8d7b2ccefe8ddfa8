import { ruleSetFor, vietnamDateOf, WorkingDayCalendar } from '@khenthuong/domain';
import { loadBodyCalendar, ruleSetOverridesFor } from '@khenthuong/persistence';
import { ApiClient, type ApiStack, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { csrfTokenIn, textOf, WebClient } from '../web/web-client';

/** Quản trị: each page as the ward's administrator; refusals to other roles are in the authz matrix. */
describe('administration pages', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  let admin: WebClient;

  useStack({ worker: false }, async (started) => {
    ({ stack, ward } = started);
    admin = await WebClient.login(stack.baseUrl, `${ward.prefix}quantri`);
  });

  const auditActions = async (): Promise<string[]> =>
    (await stack.dataSource.query(`SELECT action FROM audit_log WHERE body_id = $1 AND action LIKE 'ADMIN_%' ORDER BY id`, [ward.bodyId])).map((r: { action: string }) => r.action);

  it('creates a user who can sign in, changes roles, resets the password, and a deactivated user cannot sign in', async () => {
    const username = `${ward.prefix}moi.canbo`;
    const created = await admin.submit('/quan-tri/nguoi-dung', '/quan-tri/nguoi-dung', {
      username, displayName: 'Nguyễn Thị Mới', roles: 'OFFICER', unitId: ward.unitIds['vp-tk'], password: 'mat-khau-ban-dau-1',
    });
    expect(created.status).toBe(303);
    const userPage = created.location!.split('?')[0];
    const [row] = await stack.dataSource.query(`SELECT id, roles, unit_id, active, password_hash FROM app_user WHERE username = $1`, [username]);
    expect(row).toMatchObject({ roles: ['OFFICER'], unit_id: ward.unitIds['vp-tk'], active: true });
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(userPage).toBe(`/quan-tri/nguoi-dung/${row.id}`);
    const login = (password: string) => new ApiClient(stack.baseUrl).request('POST', '/api/v1/auth/login', { username, password });
    expect((await login('mat-khau-ban-dau-1')).status).toBe(200);

    // Same username again: 409 with the Vietnamese message, the form shown again.
    const taken = await admin.submit('/quan-tri/nguoi-dung', '/quan-tri/nguoi-dung', { username, displayName: 'Trùng tên', roles: 'OFFICER', password: 'mat-khau-ban-dau-2' });
    expect(taken.status).toBe(409);
    expect(textOf(taken.html)).toContain('Tên đăng nhập đã được sử dụng');
    // A unit head without a unit, no role: field errors in Vietnamese.
    const bad = await admin.submit('/quan-tri/nguoi-dung', '/quan-tri/nguoi-dung', { username: 'x', displayName: 'A', password: 'ngan' });
    expect(bad.status).toBe(400);
    expect(textOf(bad.html)).toContain('Vui lòng chọn ít nhất một vai trò.');
    expect(textOf(bad.html)).toContain('Mật khẩu ban đầu dài từ 10 đến 200 ký tự.');

    const page = await admin.get(userPage);
    const updated = await admin.post(userPage, { _csrf: csrfTokenIn(page.html), roles: 'UNIT_HEAD', unitId: ward.unitIds['tdp-1'] });
    expect(updated.status).toBe(303);
    const [after] = await stack.dataSource.query(`SELECT roles, unit_id FROM app_user WHERE id = $1`, [row.id]);
    expect(after).toEqual({ roles: ['UNIT_HEAD'], unit_id: ward.unitIds['tdp-1'] });

    expect((await admin.post(`${userPage}/mat-khau`, { _csrf: csrfTokenIn(page.html), password: 'mat-khau-moi-123' })).status).toBe(303);
    expect((await login('mat-khau-ban-dau-1')).status).toBe(401);
    const session = await login('mat-khau-moi-123');
    expect(session.status).toBe(200);

    expect((await admin.post(`${userPage}/khoa`, { _csrf: csrfTokenIn(page.html) })).status).toBe(303);
    const refused = await login('mat-khau-moi-123');
    expect(refused.status).toBe(401);
    expect(refused.body.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    // The session opened before the deactivation ends with it.
    expect((await new ApiClient(stack.baseUrl, session.body.token as string).request('GET', '/api/v1/proposals')).status).toBe(401);
    expect(textOf((await admin.get('/quan-tri/nguoi-dung')).html)).toContain('Đã khóa');

    expect(await auditActions()).toEqual(expect.arrayContaining(['ADMIN_USER_CREATED', 'ADMIN_USER_UPDATED', 'ADMIN_USER_PASSWORD_RESET', 'ADMIN_USER_DEACTIVATED']));
    const [audit] = await stack.dataSource.query(`SELECT actor_user_id, reason FROM audit_log WHERE body_id = $1 AND action = 'ADMIN_USER_PASSWORD_RESET'`, [ward.bodyId]);
    expect(audit.actor_user_id).toBe(ward.userIds['quantri']);
    expect(audit.reason).not.toContain('mat-khau');
  });

  it('adds and renames a unit; a taken code is refused', async () => {
    const added = await admin.submit('/quan-tri/don-vi', '/quan-tri/don-vi', { code: 'tdp-99', name: 'Tổ dân phố số 99', kind: 'TO_DAN_PHO' });
    expect(added.status).toBe(303);
    const [unit] = await stack.dataSource.query(`SELECT id, name FROM unit WHERE body_id = $1 AND code = 'tdp-99'`, [ward.bodyId]);
    expect(unit.name).toBe('Tổ dân phố số 99');
    const page = await admin.get('/quan-tri/don-vi');
    expect(textOf(page.html)).toContain('Tổ dân phố');
    expect((await admin.post(`/quan-tri/don-vi/${unit.id}`, { _csrf: csrfTokenIn(page.html), name: 'Tổ dân phố số 99 (mới)' })).status).toBe(303);
    const [renamed] = await stack.dataSource.query(`SELECT name FROM unit WHERE id = $1`, [unit.id]);
    expect(renamed.name).toBe('Tổ dân phố số 99 (mới)');
    const again = await admin.submit('/quan-tri/don-vi', '/quan-tri/don-vi', { code: 'tdp-99', name: 'Trùng mã', kind: 'TO_DAN_PHO' });
    expect(again.status).toBe(409);
    expect(textOf(again.html)).toContain('Mã đơn vị đã tồn tại');
    expect(await auditActions()).toEqual(expect.arrayContaining(['ADMIN_UNIT_CREATED', 'ADMIN_UNIT_RENAMED']));
  });

  it('stops and restarts a unit after confirmation, deleting nothing that points at it', async () => {
    const unitId = ward.unitIds['tram-y-te']!;
    await stack.dataSource.query(
      `INSERT INTO award_record (body_id, source, recipient_kind, unit_id, recipient_name, title, year, level, decision_number, decision_date, issuer, dedupe_key, recorded_by)
       VALUES ($1, 'IMPORTED', 'COLLECTIVE', $2, 'Trạm Y tế phường Ngô Quyền', 'TAP_THE_LAO_DONG_TIEN_TIEN', 2020, 'PHUONG', '5/QĐ-UBND', '2020-12-20', 'UBND phường Ngô Quyền', $3, $4)`,
      [ward.bodyId, unitId, `${unitId}|TAP_THE_LAO_DONG_TIEN_TIEN|2020`, ward.userIds['quantri']],
    );
    const pointing = () =>
      stack.dataSource.query(
        `SELECT (SELECT count(*)::int FROM person WHERE unit_id = $1) AS people, (SELECT count(*)::int FROM award_record WHERE unit_id = $1) AS awards,
                (SELECT count(*)::int FROM app_user WHERE unit_id = $1) AS users`,
        [unitId],
      );
    const before = await pointing();
    expect(textOf((await admin.get('/quan-tri/don-vi')).html)).toContain('Đang hoạt động · Ngừng hoạt động…');
    const confirm = await admin.get(`/quan-tri/don-vi/${unitId}/ngung-hoat-dong`);
    expect(confirm.status).toBe(200);
    const text = textOf(confirm.html);
    expect(text).toContain('Ngừng hoạt động đơn vị: Trạm Y tế phường Ngô Quyền');
    expect(text).toContain('Cá nhân đang theo dõi: 2');
    expect(text).toContain('Khen thưởng của tập thể đơn vị ghi trong sổ theo dõi: 1');
    // Only after confirming is the unit stopped.
    expect((await stack.dataSource.query(`SELECT active FROM unit WHERE id = $1`, [unitId]))[0].active).toBe(true);
    const stopped = await admin.submit(`/quan-tri/don-vi/${unitId}/ngung-hoat-dong`, `/quan-tri/don-vi/${unitId}/ngung-hoat-dong`, {});
    expect(stopped).toMatchObject({ status: 303, location: '/quan-tri/don-vi?done=DEACTIVATED' });
    expect((await stack.dataSource.query(`SELECT active FROM unit WHERE id = $1`, [unitId]))[0].active).toBe(false);
    expect(await pointing()).toEqual(before);
    expect(textOf((await admin.get('/quan-tri/don-vi?done=DEACTIVATED')).html)).toContain('Ngừng hoạt động · Hoạt động lại…');
    // Out of new choices, still in the register.
    const officer = await WebClient.login(stack.baseUrl, `${ward.prefix}canbo.vp`);
    expect((await officer.get('/danh-sach-ca-nhan')).html).not.toContain(`<option value="${unitId}"`);
    expect(textOf((await officer.get(`/so-khen-thuong/tap-the/${unitId}`)).html)).toContain('Tập thể lao động tiên tiến');

    expect(textOf((await admin.get(`/quan-tri/don-vi/${unitId}/ngung-hoat-dong`)).html)).toContain('Đơn vị này đã ngừng hoạt động.');
    const restarted = await admin.submit(`/quan-tri/don-vi/${unitId}/hoat-dong-lai`, `/quan-tri/don-vi/${unitId}/hoat-dong-lai`, {});
    expect(restarted).toMatchObject({ status: 303, location: '/quan-tri/don-vi?done=REACTIVATED' });
    expect((await stack.dataSource.query(`SELECT active FROM unit WHERE id = $1`, [unitId]))[0].active).toBe(true);
    expect(await auditActions()).toEqual(expect.arrayContaining(['ADMIN_UNIT_DEACTIVATED', 'ADMIN_UNIT_REACTIVATED']));
    expect((await admin.get(`/quan-tri/don-vi/not-a-uuid/ngung-hoat-dong`)).status).toBe(400);
  });

  it('creates a council for a term, allows one chair, and makes exactly one council active', async () => {
    const created = await admin.submit('/quan-tri/hoi-dong', '/quan-tri/hoi-dong', { name: 'Hội đồng Thi đua - Khen thưởng phường nhiệm kỳ mới', fromYear: '2026', toYear: '2031' });
    expect(created.status).toBe(303);
    const [council] = await stack.dataSource.query(`SELECT id, term, active FROM council WHERE body_id = $1 AND term = '2026-2031'`, [ward.bodyId]);
    expect(council.active).toBe(false);
    const page = await admin.get('/quan-tri/hoi-dong');
    const csrf = csrfTokenIn(page.html);
    const add = (user: string, councilRole: string) => admin.post(`/quan-tri/hoi-dong/${council.id}/thanh-vien`, { _csrf: csrf, userId: ward.userIds[user], councilRole });
    // A seat its holder's roles could never use (no vote, no closing the session) is refused.
    const unitHeadAsChair = await add('truong.mamnon', 'CHAIR');
    expect(unitHeadAsChair.status).toBe(400);
    expect(textOf(unitHeadAsChair.html)).toContain('không có vai trò biểu quyết');
    expect((await add('chutich', 'CHAIR')).status).toBe(303);
    const second = await add('phochutich', 'CHAIR');
    expect(second.status).toBe(409);
    expect(textOf(second.html)).toContain('mỗi Hội đồng chỉ có một Chủ tịch');
    expect((await add('phochutich', 'MEMBER')).status).toBe(303);
    const [member] = await stack.dataSource.query(`SELECT id FROM council_member WHERE council_id = $1 AND user_id = $2`, [council.id, ward.userIds['phochutich']]);
    expect((await admin.post(`/quan-tri/hoi-dong/${council.id}/thanh-vien/${member.id}/xoa`, { _csrf: csrf })).status).toBe(303);
    const members = await stack.dataSource.query(`SELECT council_role FROM council_member WHERE council_id = $1`, [council.id]);
    expect(members).toEqual([{ council_role: 'CHAIR' }]);

    expect((await admin.post(`/quan-tri/hoi-dong/${council.id}/kich-hoat`, { _csrf: csrf })).status).toBe(303);
    const active = await stack.dataSource.query(`SELECT id FROM council WHERE body_id = $1 AND active`, [ward.bodyId]);
    expect(active).toEqual([{ id: council.id }]);
    expect(await auditActions()).toEqual(expect.arrayContaining(['ADMIN_COUNCIL_CREATED', 'ADMIN_COUNCIL_MEMBER_ADDED', 'ADMIN_COUNCIL_MEMBER_REMOVED', 'ADMIN_COUNCIL_ACTIVATED']));
  });

  it('stores a valid override, and refuses a bad one with the domain’s Vietnamese message storing nothing', async () => {
    const page = await admin.get('/quan-tri/tham-so');
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('Thời gian niêm yết công khai (ngày làm việc)');
    // The rule set by its name; its code and the legal notes' markers stay out of the page.
    const ruleSetId = ruleSetFor(vietnamDateOf(new Date())).id;
    expect(textOf(page.html)).toContain(`Bộ quy tắc đang áp dụng: ${ruleSetFor(vietnamDateOf(new Date())).nameVi}`);
    expect(textOf(page.html)).not.toContain(ruleSetId);
    expect(textOf(page.html)).not.toContain('(U)');

    const bad = await admin.post('/quan-tri/tham-so', { _csrf: csrfTokenIn(page.html), postingPeriodWorkingDays: '400' });
    expect(bad.status).toBe(400);
    expect(textOf(bad.html)).toContain('Tham số postingPeriodWorkingDays không hợp lệ: phải là số nguyên từ 0 đến 366');
    expect(await stack.dataSource.query(`SELECT 1 FROM rule_set_override WHERE body_id = $1`, [ward.bodyId])).toEqual([]);
    const ratio = await admin.post('/quan-tri/tham-so', { _csrf: csrfTokenIn(page.html), cstdcsQuotaRatio: '1.5' });
    expect(ratio.status).toBe(400);
    expect(textOf(ratio.html)).toContain('phải là tỷ lệ từ 0 đến 1');
    const shape = await admin.post('/quan-tri/tham-so', { _csrf: csrfTokenIn(page.html), postingPeriodWorkingDays: 'năm' });
    expect(shape.status).toBe(400);
    expect(textOf(shape.html)).toContain('phải là số nguyên không âm');

    const ok = await admin.post('/quan-tri/tham-so', { _csrf: csrfTokenIn(page.html), postingPeriodWorkingDays: '7', printLdttCertificate: 'true' });
    expect(ok.status).toBe(303);
    expect(await ruleSetOverridesFor(stack.dataSource, ward.bodyId, ruleSetId)).toEqual({ postingPeriodWorkingDays: 7, printLdttCertificate: true });
    expect(textOf((await admin.get('/quan-tri/tham-so')).html)).toContain('7 (phường điều chỉnh)');
    expect(await auditActions()).toContain('ADMIN_RULE_SET_OVERRIDDEN');
  });

  it('writes ratios with a decimal comma and money with thousands separators, as typed back into the form', async () => {
    const page = await admin.get('/quan-tri/tham-so');
    const defaults = textOf(page.html);
    // Defaults: CSTĐCS quota 0.15, TTLĐTT share 0.5, rounding step 10 000 đồng.
    expect(defaults).toContain('0,15');
    expect(defaults).toContain('0,5');
    expect(defaults).toContain('10.000 đồng');
    expect(defaults).not.toMatch(/\b0\.\d/);

    const saved = await admin.post('/quan-tri/tham-so', { _csrf: csrfTokenIn(page.html), cstdcsQuotaRatio: '0,2', rewardRoundingStepVnd: '1000000' });
    expect(saved.status).toBe(303);
    const after = await admin.get('/quan-tri/tham-so');
    expect(textOf(after.html)).toContain('0,2 (phường điều chỉnh)');
    expect(textOf(after.html)).toContain('1.000.000 đồng (phường điều chỉnh)');
    expect(after.html).toContain('id="cstdcsQuotaRatio" name="cstdcsQuotaRatio" value="0,2"');
  });

  it('lists a year’s days off, and an added swap changes addWorkingDays of the body’s calendar', async () => {
    const page = await admin.get('/quan-tri/lich-nghi?nam=2026');
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('Giỗ Tổ Hùng Vương');
    // Days read as the documents write them, never as stored.
    expect(textOf(page.html)).toContain('26/4/2026 Lễ, Tết trùng ngày nghỉ hằng tuần Giỗ Tổ Hùng Vương');
    expect(textOf(page.html)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // Friday 2026-06-12 becomes a swapped day off: 5 working days after Monday 2026-06-08 move from Mon 15 to Tue 16.
    const builtIn = WorkingDayCalendar.vietnam();
    expect(builtIn.addWorkingDays('2026-06-08', 5)).toBe('2026-06-15');
    expect((await loadBodyCalendar(stack.dataSource, ward.bodyId)).addWorkingDays('2026-06-08', 5)).toBe('2026-06-15');

    const weekend = await admin.post('/quan-tri/lich-nghi', { _csrf: csrfTokenIn(page.html), date: '2026-06-13', status: 'S', occasion: 'Hoán đổi sai ngày' });
    expect(weekend.status).toBe(400);
    expect(textOf(weekend.html)).toContain('13/6/2026 là ngày nghỉ hằng tuần, không thể là ngày nghỉ hoán đổi');
    expect(await stack.dataSource.query(`SELECT 1 FROM calendar_day WHERE body_id = $1`, [ward.bodyId])).toEqual([]);

    const added = await admin.post('/quan-tri/lich-nghi', { _csrf: csrfTokenIn(page.html), date: '2026-06-12', status: 'S', occasion: 'Nghỉ hoán đổi của phường', source: 'Thông báo số 1/TB-UBND' });
    expect(added.status).toBe(303);
    const calendar = await loadBodyCalendar(stack.dataSource, ward.bodyId);
    expect(calendar.addWorkingDays('2026-06-08', 5)).toBe('2026-06-16');
    expect(calendar.isWorkingDay('2026-06-12')).toBe(false);
    // The built-in holidays of the year stay.
    expect(calendar.isWorkingDay('2026-04-30')).toBe(false);
    expect(textOf((await admin.get('/quan-tri/lich-nghi?nam=2026')).html)).toContain('Phường bổ sung: Thông báo số 1/TB-UBND');
    expect(await auditActions()).toContain('ADMIN_CALENDAR_DAY_ADDED');
  });
});
