import { createHash } from 'node:crypto';
import { ApiClient, type ApiStack, eventually, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { EVIDENCE } from '../plan/plan-test.helpers';
import { csrfTokenIn, postMultipart, textOf, WebClient } from './web-client';
import { attachRequiredPapers } from '../../../../test/support/dossier-papers';

/**
 * The proposal page's forms between submission and decision, as the officer, the unit head and the
 * public use them: return with rows (blank ones ignored), resubmit, a written vote, the public
 * posting with an objection (and its rate limit), resolving it, extending the posting.
 */
describe('proposal page steps and the public posting', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  const as = (user: string) => WebClient.login(stack.baseUrl, ward.prefix + user);
  const api = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);
  const status = async (id: string) => (await stack.dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [id]))[0]?.status;
  const waitFor = (id: string, expected: string) => eventually(async () => ((await status(id)) === expected ? true : undefined), `${id} to be ${expected}`);

  // A long posting, so the public can object while it runs.
  useStack({ config: { POSTING_PERIOD_SECONDS: '600' } }, (started) => ({ stack, ward } = started));

  it('returns, resubmits, records a written vote, takes an objection from the public, resolves it and extends the posting', async () => {
    const unit = await api('truong.mamnon');
    const created = await unit.request('POST', '/api/v1/proposals', {
      title: 'TAP_THE_LAO_DONG_TIEN_TIEN', year: 2026, nomineeName: 'Trường Mầm non Ngô Quyền',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025 - 2026', facts: { planCompleted: true, memberCount: 24, ldttMemberCount: 18 },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await waitFor(id, 'SUBMITTED');

    // Return: two filled rows of five; a half-filled row is refused with the field's message.
    const officer = await as('canbo.vp');
    const page = `/ho-so/${id}`;
    const bad = await officer.submit(page, `${page}/buoc/return-for-papers`, { paper1: 'Báo cáo thành tích', reason1: 'x' });
    expect(bad.status).toBe(400);
    expect(textOf(bad.html)).toContain('Lý do dài từ 3 đến 2000 ký tự.');
    const returned = await officer.submit(page, `${page}/buoc/return-for-papers`, {
      paper1: 'Báo cáo thành tích', reason1: 'Thiếu xác nhận của thủ trưởng đơn vị',
      paper2: '', reason2: '',
      paper3: 'Biên bản bình xét', reason3: 'Chưa có chữ ký của thư ký cuộc họp',
      paper4: '', reason4: '', paper5: '', reason5: '',
    });
    expect(returned.status).toBe(303);
    expect(returned.location).toBe(`${page}?done=RETURN_FOR_PAPERS`);
    await waitFor(id, 'RETURNED');

    const head = await as('truong.mamnon');
    const shown = textOf((await head.get(page)).html);
    expect(shown).toContain('Yêu cầu bổ sung hồ sơ');
    expect(shown).toContain('Báo cáo thành tích Thiếu xác nhận của thủ trưởng đơn vị');
    expect(shown).toContain('Biên bản bình xét Chưa có chữ ký của thư ký cuộc họp');
    expect(shown).toMatch(/Hạn bổ sung hồ sơ \d{2}\/\d{1,2}\/\d{4} \((còn \d+ ngày làm việc|hạn cuối hôm nay)\)/);
    await attachRequiredPapers(unit, id, 'TAP_THE_LAO_DONG_TIEN_TIEN');
    const resubmitted = await head.submit(page, `${page}/buoc/resubmit`, { note: 'Đã bổ sung đủ chữ ký' });
    expect(resubmitted.status).toBe(303);
    await waitFor(id, 'SUBMITTED');

    const completed = await officer.submit(page, `${page}/hoan-thien`, {});
    expect(completed.status).toBe(303);
    await waitFor(id, 'IN_COUNCIL_REVIEW');

    // Three members and the chair vote; the vice-chairman, absent, voted on paper.
    for (const member of ['hoidong.mttq', 'hoidong.congan', 'hoidong.vhxh', 'chutich']) {
      const res = await (await api(member)).request('POST', `/api/v1/proposals/${id}/votes`, { choice: 'AGREE' });
      expect(res.status).toBe(200);
    }
    const form = await eventually(async () => {
      const html = (await officer.get(page)).html;
      return html.includes('Ghi nhận phiếu bằng văn bản') ? html : undefined;
    }, 'the written-vote form');
    const vice = /<option value="([0-9a-f-]{36})">Trần Thị Lan<\/option>/.exec(form)![1];
    // The scan is uploaded with the form: a file that is not a scan is refused and nothing is recorded.
    expect(form).toContain('enctype="multipart/form-data"');
    const fields = { memberUserId: vice, choice: 'AGREE', comment: '' };
    const notAScan = await postMultipart(officer, page, `${page}/phieu-van-ban`, fields, { bytes: Buffer.from('phieu bieu quyet'), name: 'phieu.pdf', type: 'application/pdf' });
    expect(notAScan.status).toBe(415);
    expect(textOf(notAScan.html)).toContain('Bản quét phiếu biểu quyết phải là tệp PDF, PNG hoặc JPEG.');
    const scan = EVIDENCE.png();
    const written = await postMultipart(officer, page, `${page}/phieu-van-ban`, fields, scan);
    expect(written.status).toBe(303);
    expect(written.location).toBe(`${page}?done=RECORD_WRITTEN_VOTE`);
    const recorded = await eventually(async () => {
      const rows = await stack.dataSource.query(`SELECT scan_sha256, written FROM proposal_vote WHERE proposal_id = $1 AND member_user_id = $2`, [id, vice]);
      return rows.length ? rows[0] : undefined;
    }, 'the written vote in the read model');
    expect(recorded).toEqual({ scan_sha256: createHash('sha256').update(scan.bytes).digest('hex'), written: true });
    const closed = await (await api('chutich')).request('POST', `/api/v1/proposals/${id}/council/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.tally.agree).toBe(5);
    await waitFor(id, 'PUBLICLY_POSTED');

    // The public sees it and objects with the pre-session's CSRF token; the sixth from one contact within the hour is refused.
    const visitor = new WebClient(stack.baseUrl);
    const posting = `/cong-khai?body=test-${ward.prefix}`;
    const listed = await visitor.get(posting);
    expect(listed.status).toBe(200);
    expect(textOf(listed.html)).toContain('Trường Mầm non Ngô Quyền – Tập thể lao động tiên tiến năm 2026');
    // A yearly title posted on its own is not an ad-hoc award (those are never posted).
    expect(textOf(listed.html)).toContain('Đề nghị khen thưởng xét riêng');
    expect(textOf(listed.html)).not.toContain('đột xuất');
    // The proposal's posting notice is one click away: its verification page serves the signed PDF.
    const notice = await eventually(async () => (await stack.dataSource.query(`SELECT id FROM archived_document WHERE kind = 'POSTING_NOTICE' AND subject_key = $1`, [id]))[0] as { id: string } | undefined, 'posting notice archived');
    expect((await visitor.get(posting)).html).toContain(`<a href="/xac-thuc/${notice.id}">Xem thông báo công khai (bản PDF có chữ ký số)</a>`);
    const noticePage = await visitor.get(`/xac-thuc/${notice.id}`);
    expect(noticePage.html).toContain(`/xac-thuc/${notice.id}/van-ban/${notice.id}`);
    const noticePdf = await fetch(`${stack.baseUrl}/xac-thuc/${notice.id}/van-ban/${notice.id}`);
    expect([noticePdf.status, noticePdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const objection = { body: `test-${ward.prefix}`, senderName: 'Nguyễn Văn Bình', contact: '0912345678', text: 'Đề nghị xem lại tỷ lệ trẻ đạt chuẩn của trường.' };
    const sent = await visitor.submit(posting, `/cong-khai/${id}/phan-anh`, objection);
    expect(sent.status).toBe(303);
    expect(textOf((await visitor.get(sent.location!)).html)).toContain('Đã ghi nhận ý kiến phản ánh của bạn.');
    const short = await visitor.submit(posting, `/cong-khai/${id}/phan-anh`, { ...objection, text: 'ngắn' });
    expect(short.status).toBe(400);
    expect(textOf(short.html)).toContain('Nội dung phản ánh dài từ 10 đến 5000 ký tự.');
    for (let i = 0; i < 4; i++) expect((await visitor.submit(posting, `/cong-khai/${id}/phan-anh`, objection)).status).toBe(303);
    const limited = await visitor.submit(posting, `/cong-khai/${id}/phan-anh`, objection);
    expect(limited.status).toBe(429);
    expect(textOf(limited.html)).toContain('Bạn đã gửi nhiều ý kiến trong thời gian ngắn; vui lòng thử lại sau.');

    // The officer sees who objected and how to reach them, and dismisses the first objection.
    const withObjections = await eventually(async () => {
      const html = (await officer.get(page)).html;
      return (html.match(/\/giai-quyet"/g) ?? []).length === 5 ? html : undefined;
    }, 'five open objections on the page');
    expect(textOf(withObjections)).toContain('Nguyễn Văn Bình (0912345678)');
    const [, objectionId] = /\/phan-anh\/([0-9a-f-]{36})\/giai-quyet/.exec(withObjections)!;
    const resolved = await officer.post(`${page}/phan-anh/${objectionId}/giai-quyet`, { _csrf: csrfTokenIn(withObjections), outcome: 'DISMISSED', reason: 'Đã xác minh, số liệu đúng' });
    expect(resolved.status).toBe(303);
    const [row] = await stack.dataSource.query(`SELECT outcome, resolution FROM proposal_objection WHERE id = $1`, [objectionId]);
    expect(row).toEqual({ outcome: 'DISMISSED', resolution: 'Đã xác minh, số liệu đúng' });

    const extended = await officer.submit(page, `${page}/buoc/extend-posting`, { workingDays: '3', reason: 'Còn phản ánh đang xác minh' });
    expect(extended.status).toBe(303);
    expect(extended.location).toBe(`${page}?done=EXTEND_POSTING`);
    const refused = await officer.submit(page, `${page}/buoc/extend-posting`, { workingDays: '99', reason: 'Quá dài' });
    expect(refused.status).toBe(400);
    expect(textOf(refused.html)).toContain('Gia hạn tối đa 30 ngày làm việc.');

    // The four still open are found groundless together, with one reason.
    const open = (await officer.get(page)).html;
    const ticked = [...open.matchAll(/name="objectionIds" value="([0-9a-f-]{36})" checked/g)].map((m) => m[1]);
    expect(ticked).toHaveLength(4);
    expect(ticked).not.toContain(objectionId);
    const none = await officer.submit(page, `${page}/buoc/dismiss-objections`, { reason: 'Trùng nội dung đã xác minh' });
    expect(none.status).toBe(400);
    expect(textOf(none.html)).toContain('Chọn ít nhất một ý kiến phản ánh.');
    const dismissed = await officer.submit(page, `${page}/buoc/dismiss-objections`, { objectionIds: ticked, reason: 'Trùng nội dung đã xác minh' });
    expect(dismissed.status).toBe(303);
    const rows = await stack.dataSource.query(`SELECT outcome, resolution FROM proposal_objection WHERE id = ANY($1::uuid[])`, [ticked]);
    expect(rows).toEqual(ticked.map(() => ({ outcome: 'DISMISSED', resolution: 'Trùng nội dung đã xác minh' })));
    const after = await officer.get(page);
    expect(after.html).not.toContain('/giai-quyet"');
    expect(after.html).not.toContain('/buoc/dismiss-objections"');
    expect(textOf(after.html)).toContain('Không có cơ sở (4 ý kiến phản ánh): Trùng nội dung đã xác minh');
  });
});
