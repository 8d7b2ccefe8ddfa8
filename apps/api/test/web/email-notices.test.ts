import type { INestApplicationContext } from '@nestjs/common';
import { ApiClient, eventually, seedIsolatedWard, startApi, startWorker, testConfig, type ApiStack } from '../../../../test/support/stack';
import { councilAgrees, councilClients, submitSchoolCollective, waitForStatus } from '../../../../test/support/adhoc-proposal';
import { startLoopbackSmtp, type LoopbackSmtp } from '../../../../test/support/smtp';
import { textOf, WebClient } from './web-client';

/**
 * Every hand-off of an ad-hoc proposal notifies the next person in the app and, for users with an
 * address, by e-mail through a real SMTP server on loopback: the officer when a dossier arrives, the
 * council when it is ready, the chairman when it awaits the decision, the unit head at each outcome.
 */
describe('hand-off notices reach the next person in the app and by e-mail', () => {
  let smtp: LoopbackSmtp;
  let stack: ApiStack;
  let worker: INestApplicationContext;
  let ward: Awaited<ReturnType<typeof seedIsolatedWard>>;
  const as = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);
  const mailTo = (address: string) => smtp.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((v) => v.address === address));
  const noticesOf = async (user: string): Promise<{ kind: string; message: string; email_sent_at: Date | null; email_skipped_reason: string | null }[]> =>
    stack.dataSource.query(
      `SELECT n.kind, n.message, n.email_sent_at, n.email_skipped_reason FROM notification n WHERE n.user_id = $1 ORDER BY n.created_at`,
      [ward.userIds[user]],
    );

  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    const config = testConfig({ SMTP_URL: smtp.url, EMAIL_POLL_SECONDS: '1', PUBLIC_BASE_URL: 'https://khenthuong.phuong.example' });
    stack = await startApi(config);
    worker = await startWorker(config);
    ward = await seedIsolatedWard(stack.dataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await stack?.close();
    await smtp?.close();
  });

  it('the administrator records an address on the user page; a bad one is refused in Vietnamese', async () => {
    const admin = await WebClient.login(stack.baseUrl, `${ward.prefix}quantri`);
    const headId = ward.userIds['truong.mamnon'];
    const page = `/quan-tri/nguoi-dung/${headId}`;
    const bad = await admin.submit(page, page, { roles: 'UNIT_HEAD', unitId: ward.unitIds['mn-ngo-quyen'], email: 'hoang.mai@' });
    expect(bad.status).toBe(400);
    expect(textOf(bad.html)).toContain('Địa chỉ thư điện tử không hợp lệ');
    const saved = await admin.submit(page, page, { roles: 'UNIT_HEAD', unitId: ward.unitIds['mn-ngo-quyen'], email: ` Hoang.Mai.${ward.prefix}mn@truong.example ` });
    expect(saved.status).toBe(303);
    const [row] = await stack.dataSource.query(`SELECT email FROM app_user WHERE id = $1`, [headId]);
    expect(row.email).toBe(`hoang.mai.${ward.prefix}mn@truong.example`);
    expect(textOf((await admin.get(page)).html)).toContain(`hoang.mai.${ward.prefix}mn@truong.example`);
  });

  it('an ad-hoc proposal notifies each next person; those with an address also get an e-mail with a link', async () => {
    const officerMail = `canbo.${ward.prefix}vp@phuong.example`;
    const chairmanMail = `chutich.${ward.prefix}ct@phuong.example`;
    const headMail = `hoang.mai.${ward.prefix}mn@truong.example`;
    await stack.dataSource.query(`UPDATE app_user SET email = $2 WHERE id = $1`, [ward.userIds['canbo.vp'], officerMail]);
    await stack.dataSource.query(`UPDATE app_user SET email = $2 WHERE id = $1`, [ward.userIds['chutich'], chairmanMail]);
    // The server refuses the chairman's mailbox for good: that notice is set aside, not retried forever.
    smtp.refuse(chairmanMail);

    const council = await councilClients(stack.baseUrl, ward.prefix);
    const { officer, chairman } = council;
    const id = await submitSchoolCollective(council.unit, `email-${ward.prefix}`);

    // The officer: a new dossier to check, in the app and by e-mail, with a link to it.
    const arrived = await eventually(async () => mailTo(officerMail).find((m) => m.subject?.includes('Hồ sơ mới')), 'officer e-mail');
    expect(arrived.subject).toBe('[Thi đua – Khen thưởng] Hồ sơ mới: Trường Mầm non Ngô Quyền (Tập thể lao động tiên tiến); cần kiểm tra tính đầy đủ.');
    expect(arrived.text).toContain(`https://khenthuong.phuong.example/ho-so/${id}`);
    expect(arrived.text).toContain('Kính gửi Lê Thị Thu Hà,');
    expect(arrived.from?.text).toContain('Thi đua – Khen thưởng');

    await waitForStatus(officer, id, 'SUBMITTED');
    expect((await officer.request('POST', `/api/v1/proposals/${id}/complete`)).status).toBe(200);
    // The council: a dossier ready for the vote (the officer sits on it too).
    const councilNotice = await eventually(async () => (await noticesOf('hoidong.mttq')).find((n) => n.message.startsWith('Hồ sơ chờ Hội đồng')), 'council notice');
    expect(councilNotice).toMatchObject({ kind: 'HANDOFF', message: 'Hồ sơ chờ Hội đồng Thi đua – Khen thưởng xét: Trường Mầm non Ngô Quyền (Tập thể lao động tiên tiến).' });
    await councilAgrees(council, id);
    await waitForStatus(officer, id, 'AWAITING_DECISION');
    const awaiting = await eventually(async () => (await noticesOf('chutich')).find((n) => n.message.startsWith('Hồ sơ chờ Chủ tịch quyết định') && (n.email_skipped_reason ?? n.email_sent_at)), 'chairman notice handled');
    expect(awaiting.email_sent_at).toBeNull();
    expect(awaiting.email_skipped_reason).toMatch(/^refused: /);

    expect((await chairman.request('POST', `/api/v1/proposals/${id}/decision`, { approve: true })).status).toBe(200);
    await waitForStatus(officer, id, 'CLOSED');
    // The unit head: each outcome, ending with the papers to download.
    const outcomes = await eventually(async () => {
      const mails = mailTo(headMail).map((m) => m.subject ?? '');
      return mails.some((s) => s.includes('Đã ban hành văn bản khen thưởng')) ? mails : undefined;
    }, 'unit head e-mails');
    expect(outcomes).toEqual(
      expect.arrayContaining([
        '[Thi đua – Khen thưởng] Hội đồng Thi đua – Khen thưởng đã đề nghị khen thưởng Trường Mầm non Ngô Quyền (Tập thể lao động tiên tiến).',
        '[Thi đua – Khen thưởng] Chủ tịch UBND phường đã quyết định khen thưởng Trường Mầm non Ngô Quyền (Tập thể lao động tiên tiến).',
        '[Thi đua – Khen thưởng] Đã ban hành văn bản khen thưởng Trường Mầm non Ngô Quyền (Tập thể lao động tiên tiến); tải tại trang hồ sơ.',
      ]),
    );
    // Each notice is mailed once, however many passes ran.
    expect(new Set(outcomes).size).toBe(outcomes.length);
    // A member without an address has the notice in the app only.
    const memberNotices = await noticesOf('hoidong.mttq');
    expect(memberNotices.every((n) => n.email_sent_at === null)).toBe(true);
    await eventually(async () => ((await noticesOf('hoidong.mttq')).every((n) => n.email_skipped_reason === 'no address') ? true : undefined), 'set aside');
    // The app's notices page shows them to the unit head, dates in Vietnamese form.
    const head = await WebClient.login(stack.baseUrl, `${ward.prefix}truong.mamnon`);
    const page = textOf((await head.get('/thong-bao')).html);
    expect(page).toContain('Chủ tịch UBND phường đã quyết định khen thưởng Trường Mầm non Ngô Quyền');
    expect(page).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('opening a round tells every unit head its deadline in dd/mm/yyyy', async () => {
    const officer = await as('canbo.vp');
    const opened = await officer.request('POST', '/api/v1/rounds', {
      clientKey: `email-round-${ward.prefix}`,
      name: 'Khen thưởng tổng kết năm 2026',
      kind: 'YEAR_END',
      year: 2026,
      nominationDeadline: '2026-12-11',
    });
    expect([200, 201]).toContain(opened.status);
    const notice = await eventually(async () => (await noticesOf('tram.yte')).find((n) => n.message.includes('Khen thưởng tổng kết năm 2026')), 'round notice');
    expect(notice.message).toBe('Đã mở đợt "Khen thưởng tổng kết năm 2026"; hạn nộp hồ sơ đề nghị 11/12/2026.');
    const mail = await eventually(async () => mailTo(`hoang.mai.${ward.prefix}mn@truong.example`).find((m) => m.subject?.includes('Đã mở đợt')), 'round e-mail');
    expect(mail.text).toContain('https://khenthuong.phuong.example/thong-bao');
  });
});
