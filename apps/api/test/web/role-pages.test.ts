import { attachRequiredPapers } from '../../../../test/support/dossier-papers';
import { ApiClient, type ApiStack, eventually, type IsolatedWard, seedIsolatedWard, useStack } from '../../../../test/support/stack';
import { textOf, WebClient } from './web-client';

describe('role pages: nomination form, officer dashboard, council inbox, scope and recusal', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  let otherWard: Awaited<ReturnType<typeof seedIsolatedWard>>;
  const as = (user: string, w = ward) => WebClient.login(stack.baseUrl, w.prefix + user);

  useStack({}, async (started) => {
    ({ stack, ward } = started);
    otherWard = await seedIsolatedWard(stack.dataSource);
  });

  const status = async (id: string) => (await stack.dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [id]))[0]?.status;
  const waitFor = (id: string, expected: string) => eventually(async () => ((await status(id)) === expected ? true : undefined), `${id} to be ${expected}`);
  const idFrom = (location: string | null) => /^\/ho-so\/([0-9a-f-]{36})\?done=SUBMIT$/.exec(location ?? '')![1];

  /** Fills the nomination form as a unit head would; returns the new proposal's id. */
  async function nominate(unitHead: WebClient, fields: Record<string, string>): Promise<string> {
    const form = await unitHead.get('/don-vi/de-nghi-moi');
    const clientKey = /name="clientKey" value="([^"]+)"/.exec(form.html)![1];
    const res = await unitHead.submit('/don-vi/de-nghi-moi', '/don-vi/de-nghi-moi', { clientKey, year: '2026', ...fields });
    expect(res.status).toBe(303);
    return idFrom(res.location);
  }

  let schoolId: string;

  it('re-renders a bad nomination with Vietnamese field errors (400) and creates nothing', async () => {
    const unitHead = await as('truong.mamnon');
    const res = await unitHead.submit('/don-vi/de-nghi-moi', '/don-vi/de-nghi-moi', { clientKey: 'khoa-gui-123', title: 'KHONG_CO', year: 'hai', nomineeName: 'X', achievement: 'ngắn' });
    expect(res.status).toBe(400);
    const text = textOf(res.html);
    expect(text).toContain('Vui lòng chọn danh hiệu thuộc thẩm quyền của Chủ tịch UBND phường.');
    expect(text).toContain('Năm xét khen thưởng phải là số nguyên.');
    expect(text).toContain('Tóm tắt thành tích dài từ 10 đến 4000 ký tự.');
    expect(res.html).toContain('<textarea id="achievement" name="achievement" required maxlength="4000" aria-invalid="true" aria-describedby="achievement-loi">ngắn</textarea>');
    // An individual title without a person is refused by ProposalService, shown on the form.
    const noPerson = await unitHead.submit('/don-vi/de-nghi-moi', '/don-vi/de-nghi-moi', {
      clientKey: 'khoa-gui-456', title: 'LAO_DONG_TIEN_TIEN', year: '2026', nomineeName: 'Kiều Thị Yến', achievement: 'Hoàn thành tốt nhiệm vụ được giao',
    });
    expect(noPerson.status).toBe(400);
    expect(textOf(noPerson.html)).toContain('Danh hiệu cá nhân cần chọn cá nhân được đề nghị.');
    const [{ count }] = await stack.dataSource.query(`SELECT count(*) FROM proposal WHERE body_id = $1`, [ward.bodyId]);
    expect(Number(count)).toBe(0);
  });

  it('lets the officer open a round from the form once per form (a second click opens the same round)', async () => {
    const officer = await as('canbo.vp');
    const form = await officer.get('/dot');
    const clientKey = /name="clientKey" value="([^"]+)"/.exec(form.html)![1];
    const fields = { clientKey, name: 'Đợt xét khen thưởng tổng kết năm 2026', kind: 'YEAR_END', year: '2026', nominationDeadline: '2099-12-31', reminderWorkingDaysBefore: '2' };
    const first = await officer.submit('/dot', '/dot', fields);
    const again = await officer.submit('/dot', '/dot', fields);
    expect([first.status, again.status]).toEqual([303, 303]);
    expect(again.location).toBe(first.location);
    const [{ n }] = await stack.dataSource.query(`SELECT count(*)::int AS n FROM round WHERE body_id = $1 AND client_key = $2`, [ward.bodyId, clientKey]);
    expect(n).toBe(1);
    // A fresh form is a new key: the officer can open another round.
    expect(/name="clientKey" value="([^"]+)"/.exec((await officer.get('/dot')).html)![1]).not.toBe(clientKey);
  });

  it('lets a unit head nominate from the form, once per form, and see it in their unit only', async () => {
    const unitHead = await as('truong.mamnon');
    const form = await unitHead.get('/don-vi/de-nghi-moi');
    const clientKey = /name="clientKey" value="([^"]+)"/.exec(form.html)![1];
    const fields = {
      clientKey, title: 'TAP_THE_LAO_DONG_TIEN_TIEN', year: '2026', nomineeName: 'Trường Mầm non Ngô Quyền', achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025 - 2026',
      planCompleted: 'on', memberCount: '24', ldttMemberCount: '18',
    };
    const first = await unitHead.submit('/don-vi/de-nghi-moi', '/don-vi/de-nghi-moi', fields);
    schoolId = idFrom(first.location);
    const again = await unitHead.submit('/don-vi/de-nghi-moi', '/don-vi/de-nghi-moi', fields);
    expect(idFrom(again.location)).toBe(schoolId);

    const page = await unitHead.get(first.location!);
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain('Đã nộp hồ sơ đề nghị.');
    expect(text).toContain('Tập thể lao động tiên tiến năm 2026');
    expect(text).toContain('Tập thể: Trường Mầm non Ngô Quyền');
    expect(page.html).toContain(`action="/ho-so/${schoolId}/buoc/withdraw"`);
    expect(page.html).not.toContain('/hoan-thien');
    expect(textOf((await unitHead.get('/don-vi/ho-so')).html)).toContain('Trường Mầm non Ngô Quyền');

    const otherHead = await as('truong.tieuhoc');
    expect((await otherHead.get(`/ho-so/${schoolId}`)).status).toBe(404);
    expect((await otherHead.get(`/ho-so/${schoolId}/quyet-dinh.pdf`)).status).toBe(404);
    expect(textOf((await otherHead.get('/don-vi/ho-so')).html)).toContain('Đơn vị chưa có hồ sơ đề nghị nào.');
    // Withdrawing another unit's proposal: not visible, so not found.
    expect((await otherHead.submit('/don-vi/ho-so', `/ho-so/${schoolId}/buoc/withdraw`, { reason: 'Thử rút hộ' })).status).toBe(404);
    // Another ward's officer sees nothing of this ward.
    const foreignOfficer = await as('canbo.vp', otherWard);
    expect((await foreignOfficer.get(`/ho-so/${schoolId}`)).status).toBe(404);
    expect(textOf((await foreignOfficer.get('/can-bo/ho-so')).html)).toContain('Không có hồ sơ nào phù hợp.');
  });

  it('gives the officer filters and a diacritic-free name search, and a timeline from the audit log', async () => {
    const officer = await as('canbo.vp');
    await waitFor(schoolId, 'SUBMITTED');
    const hit = textOf((await officer.get('/can-bo/ho-so?q=truong+mam+non&status=SUBMITTED&year=2026&title=&unitId=')).html);
    expect(hit).toContain('Trường Mầm non Ngô Quyền');
    expect(hit).toContain('Đã nộp, chờ kiểm tra hồ sơ');
    expect(textOf((await officer.get('/can-bo/ho-so?q=tieu+hoc')).html)).toContain('Không có hồ sơ nào phù hợp.');
    expect(textOf((await officer.get('/can-bo/ho-so?status=DOCUMENTS_ISSUED')).html)).toContain('Không có hồ sơ nào phù hợp.');
    const bad = await officer.get('/can-bo/ho-so?status=XYZ&year=abc');
    expect(bad.status).toBe(400);
    expect(textOf(bad.html)).toContain('Tình trạng không hợp lệ.');
    expect(textOf(bad.html)).toContain('Năm phải là số nguyên.');

    const page = await officer.get(`/ho-so/${schoolId}`);
    expect(textOf(page.html)).toMatch(/Đơn vị nộp hồ sơ đề nghị – Hoàng Thị Mai → Đã nộp, chờ kiểm tra hồ sơ/);
    await attachRequiredPapers(await ApiClient.login(stack.baseUrl, `${ward.prefix}truong.mamnon`), schoolId, 'TAP_THE_LAO_DONG_TIEN_TIEN');
    const done = await officer.submit(`/ho-so/${schoolId}`, `/ho-so/${schoolId}/hoan-thien`, {});
    expect(done.status).toBe(303);
    expect(done.location).toBe(`/ho-so/${schoolId}?done=MARK_COMPLETE`);
    await waitFor(schoolId, 'IN_COUNCIL_REVIEW');
    // Done twice: the workflow refuses, the page says why in Vietnamese with the API's status.
    const twice = await officer.submit(`/ho-so/${schoolId}`, `/ho-so/${schoolId}/hoan-thien`, {});
    expect(twice.status).toBe(409);
    expect(textOf(twice.html)).toContain('Hồ sơ không ở bước cho phép thao tác này.');
  });

  it('keeps ballots from a council member named in the proposal, and every other ward out of the inbox', async () => {
    // A unit head for the culture section nominates its own civil servant, who sits on the council.
    await stack.dataSource.query(
      `INSERT INTO app_user (body_id, username, password_hash, roles, unit_id, display_name)
       SELECT body_id, $1, password_hash, ARRAY['UNIT_HEAD'], $2, 'Trưởng bộ phận VH-XH' FROM app_user WHERE id = $3`,
      [`${ward.prefix}truong.vhxh`, ward.unitIds['vh-xh'], ward.userIds['chutich']],
    );
    const cultureHead = await as('truong.vhxh');
    const form = await cultureHead.get('/don-vi/de-nghi-moi');
    expect(form.html).toContain(`<option value="${ward.personIds['Đặng Thị Hồng Nhung']}">Đặng Thị Hồng Nhung (Công chức Văn hóa - Xã hội)</option>`);
    const id = await nominate(cultureHead, {
      title: 'LAO_DONG_TIEN_TIEN', nomineePersonId: ward.personIds['Đặng Thị Hồng Nhung'], nomineeName: 'Đặng Thị Hồng Nhung', achievement: 'Hoàn thành tốt nhiệm vụ năm 2026',
      monthsWorkedInYear: '12', rating: 'HTTNV',
    });
    const officer = await as('canbo.vp');
    await waitFor(id, 'SUBMITTED');
    await attachRequiredPapers(await ApiClient.login(stack.baseUrl, `${ward.prefix}truong.vhxh`), id, 'LAO_DONG_TIEN_TIEN');
    await officer.submit(`/ho-so/${id}`, `/ho-so/${id}/hoan-thien`, {});
    await waitFor(id, 'IN_COUNCIL_REVIEW');

    const member = await as('hoidong.mttq');
    const badVote = await member.submit(`/ho-so/${id}`, `/ho-so/${id}/bieu-quyet`, { choice: 'MAYBE' });
    expect(badVote.status).toBe(400);
    expect(textOf(badVote.html)).toContain('Phiếu phải là Đồng ý (AGREE), Không đồng ý (DISAGREE) hoặc Không biểu quyết (ABSTAIN).');
    const voted = await member.submit(`/ho-so/${id}`, `/ho-so/${id}/bieu-quyet`, { choice: 'AGREE', comment: 'Xứng đáng' });
    expect(voted.location).toBe(`/ho-so/${id}?done=CAST_VOTE`);
    const memberHtml = (await member.get(`/ho-so/${id}`)).html;
    const memberPage = textOf(memberHtml);
    expect(memberPage).toContain('Phiếu của bạn: Đồng ý .');
    // A ballot is cast once: the form is gone for this member while the session stays open to the others.
    expect(memberHtml).not.toContain(`action="/ho-so/${id}/bieu-quyet"`);
    const otherMember = await as('hoidong.congan');
    expect((await otherMember.get(`/ho-so/${id}`)).html).toContain(`action="/ho-so/${id}/bieu-quyet"`);
    expect(memberPage).toContain('Phạm Văn Minh Đồng ý Xứng đáng');
    const inbox = textOf((await member.get('/hoi-dong')).html);
    expect(inbox).toContain('Đặng Thị Hồng Nhung');
    expect(inbox).toContain('Phiếu của bạn: Đồng ý');

    const nominee = await as('hoidong.vhxh');
    const nomineeHtml = (await nominee.get(`/ho-so/${id}`)).html;
    expect(textOf(nomineeHtml)).toContain('Bạn có tên trong hồ sơ này nên không biểu quyết và không xem phiếu của các thành viên.');
    expect(nomineeHtml).not.toContain('Phạm Văn Minh');
    expect(nomineeHtml).not.toContain('Xứng đáng');
    expect(nomineeHtml).not.toContain('/bieu-quyet');
    expect(textOf((await nominee.get('/hoi-dong')).html)).toContain('Bạn có tên trong hồ sơ này nên không biểu quyết.');
    // Posting a ballot anyway is refused by the workflow.
    const forced = await nominee.submit(`/ho-so/${id}`, `/ho-so/${id}/bieu-quyet`, { choice: 'AGREE' });
    expect(forced.status).toBe(403);
    expect(textOf(forced.html)).toContain('Thành viên có tên trong hồ sơ đề nghị không được biểu quyết hồ sơ này.');

    const foreignMember = await as('hoidong.mttq', otherWard);
    expect(textOf((await foreignMember.get('/hoi-dong')).html)).toContain('Không có hồ sơ nào đang chờ Hội đồng xét.');
    expect((await foreignMember.get(`/ho-so/${id}`)).status).toBe(404);
  });

  it('lets the officer enter a nomination for a unit and keep it as that unit’s draft; other units and roles never see it', async () => {
    const officer = await as('canbo.vp');
    const menu = textOf((await officer.get('/viec-can-lam')).html);
    expect(menu).toContain('Lập đề nghị mới');
    expect(menu).toContain('Hồ sơ nháp');
    const formPath = `/don-vi/de-nghi-moi?donVi=${ward.unitIds['tram-y-te']}`;
    const saved = await officer.submit(formPath, '/don-vi/de-nghi-moi', {
      clientKey: 'khoa-nhap-tram-y-te', hanhDong: 'luu-nhap', unitId: ward.unitIds['tram-y-te']!, title: 'LAO_DONG_TIEN_TIEN', year: '2026', nomineePersonId: ward.personIds['Quách Thị Hạnh']!,
    });
    expect(saved.status).toBe(303);
    const draftPath = saved.location!.replace(/\?.*$/, '');
    expect(textOf((await officer.get('/don-vi/ho-so-nhap')).html)).toContain('Lao động tiên tiến Quách Thị Hạnh Trạm Y tế phường Ngô Quyền');
    expect(textOf((await (await as('tram.yte')).get('/don-vi/ho-so-nhap')).html)).toContain('Quách Thị Hạnh');
    const school = await as('truong.mamnon');
    expect(textOf((await school.get('/don-vi/ho-so-nhap')).html)).not.toContain('Quách Thị Hạnh');
    expect((await school.get(draftPath)).status).toBe(404);
    expect((await (await as('hoidong.mttq')).get(draftPath)).status).toBe(403);
    expect((await (await as('canbo.vp', otherWard)).get(draftPath)).status).toBe(404);
  });
});
