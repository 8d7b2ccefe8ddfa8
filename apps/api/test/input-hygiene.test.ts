import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { TEXT_LIMITS } from '@khenthuong/domain';
import { castVoteUpdate, proposalWorkflowId } from '@khenthuong/temporal';
import { signInAs } from '../../../test/support/browser';
import { ApiClient, type ApiStack, eventually, type IsolatedWard, useStack } from '../../../test/support/stack';
import { TemporalClientHolder } from '../src/temporal/temporal-client.provider';
import { attachRequiredPapers } from '../../../test/support/dossier-papers';

const pdftotext = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
const pdfPageSize = (file: string) => /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))!.slice(1).map(Number);

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/**
 * The input-hygiene policy at every edge, on the real stack: control characters refused with a
 * Vietnamese 400 naming the field before anything is written (API, Update sent straight to the
 * workflow, public objection, login, every route), invisible formatting removed from names, and a
 * name of the api's maximum length, unbroken, printed whole on the decision and the certificate.
 */
describe('input hygiene at every edge', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  const as = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);
  const proposalCount = async () => Number((await stack.dataSource.query(`SELECT count(*) FROM proposal WHERE body_id = $1`, [ward.bodyId]))[0].count);
  const collective = { planCompleted: true, memberCount: 24, ldttMemberCount: 18 };
  // A collective's name of the api's maximum length with no space to break at.
  const longName = `Trường${'Đ'.repeat(TEXT_LIMITS.nomineeName - 'Trường'.length)}`;

  useStack({}, (started) => ({ stack, ward } = started));

  it('refuses NUL in proposal fields with 400 naming the field, writing nothing', async () => {
    const head = await as('truong.mamnon');
    for (const field of ['nomineeName', 'achievement']) {
      const body = { title: 'TAP_THE_LAO_DONG_TIEN_TIEN', year: 2026, nomineeName: 'Trường Mầm non Ngô Quyền', achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học', facts: collective };
      const res = await head.request('POST', '/api/v1/proposals', { ...body, [field]: `${body[field as 'nomineeName']}\u0000x` });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field, messages: [`Trường "${field}" chứa ký tự điều khiển không được phép (U+0000); vui lòng xóa ký tự đó và gửi lại.`] }]);
    }
    // A line break is for multi-line fields only.
    const tabbed = await head.request('POST', '/api/v1/proposals', { title: 'TAP_THE_LAO_DONG_TIEN_TIEN', year: 2026, nomineeName: 'Trường Mầm non', achievement: 'Hoàn thành xuất sắc', facts: collective, clientKey: 'key\tkey\tkey' });
    expect(tabbed.status).toBe(400);
    expect(tabbed.body.errors[0].field).toBe('clientKey');
    expect(await proposalCount()).toBe(0);
  });

  it('refuses NUL in a login name and in a public objection with 400, not 500', async () => {
    const login = await fetch(`${stack.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'chu\u0000tich', password: 'x' }) });
    expect(login.status).toBe(400);
    const page = await fetch(`${stack.baseUrl}/dang-nhap`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=chu%00tich&password=x' });
    expect(page.status).toBe(400);
    const objection = await fetch(`${stack.baseUrl}/api/v1/public/proposals/${randomUUID()}/objections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ senderName: 'Nguyễn Văn Bình', contact: '0912345678', text: 'Nội dung phản ánh\u0000 có ký tự lạ' }),
    });
    expect(objection.status).toBe(400);
    expect(((await objection.json()) as { errors: Array<{ field: string }> }).errors[0]!.field).toBe('text');
  });

  it('refuses a control character on every route before anything else runs', async () => {
    const instance = stack.api.getHttpAdapter().getInstance() as { router?: { stack: ExpressLayer[] }; _router?: { stack: ExpressLayer[] } };
    // The OpenAPI document and its viewer are static files mounted by Swagger, outside Nest's routes.
    const routes = (instance.router ?? instance._router)!.stack
      .filter((l) => l.route && !l.route.path.startsWith('/api/docs'))
      .flatMap((l) => Object.keys(l.route!.methods).map((m) => ({ method: m.toUpperCase(), path: l.route!.path })));
    expect(routes.length).toBeGreaterThan(100);
    const answers: string[] = [];
    for (const { method, path } of routes) {
      const url = `${stack.baseUrl}${path.replace(/:[A-Za-z]+/g, randomUUID()).replace(/\*.*$/, 'x')}?q=%00`;
      const res = await fetch(url, { method, redirect: 'manual', ...(method === 'GET' || method === 'HEAD' ? {} : { headers: { 'content-type': 'application/json' }, body: '{"x":"\\u0000"}' }) });
      if (res.status !== 400) answers.push(`${method} ${path}: ${res.status}`);
    }
    expect(answers).toEqual([]);
  });

  it('removes bidirectional overrides and zero-width characters from a nominee name', async () => {
    const head = await as('tram.yte');
    const res = await head.request('POST', '/api/v1/proposals', {
      title: 'TAP_THE_LAO_DONG_TIEN_TIEN',
      year: 2026,
      nomineeName: '\u202eTrạm Y tế\u200b phường\u2066 Ngô Quyền\u2069',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
      facts: collective,
    });
    expect(res.status).toBe(201);
    const [row] = await stack.dataSource.query(`SELECT nominee_name FROM proposal WHERE id = $1`, [res.body.id]);
    expect(row.nominee_name).toBe('Trạm Y tế phường Ngô Quyền');
  });

  it('refuses NUL in a vote comment (API and Update), records nothing, and a 200-character name reaches CLOSED with its papers', async () => {
    const head = await as('truong.tieuhoc');
    const officer = await as('canbo.vp');
    const chairman = await as('chutich');
    const members = await Promise.all(['phochutich', 'canbo.vp', 'hoidong.mttq', 'hoidong.congan', 'hoidong.vhxh'].map(as));
    // The nominee's name comes from the registry: the unit itself carries the longest name allowed.
    await stack.dataSource.query(`UPDATE unit SET name = $1 WHERE id = $2`, [longName, ward.unitIds['th-ngo-quyen']]);
    // A Giấy khen prints a certificate under the default rule set.
    const created = await head.request('POST', '/api/v1/proposals', {
      title: 'GIAY_KHEN_TAP_THE',
      year: 2026,
      nomineeName: longName,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025 - 2026',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const state = async () => (await officer.request('GET', `/api/v1/proposals/${id}`)).body.state;
    await eventually(async () => ((await state())?.status === 'SUBMITTED' ? true : undefined), 'SUBMITTED');
    await attachRequiredPapers(head, id, 'GIAY_KHEN_TAP_THE');
    expect((await officer.request('POST', `/api/v1/proposals/${id}/complete`)).status).toBe(200);

    const bad = await chairman.request('POST', `/api/v1/proposals/${id}/votes`, { choice: 'AGREE', comment: 'Đồng ý\u0000' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('comment');
    // Straight to the workflow, as another client could: its validator refuses before history.
    const handle = stack.api.get(TemporalClientHolder).client.workflow.getHandle(proposalWorkflowId(id));
    const actor = { userId: ward.userIds['chutich']!, displayName: 'Chủ tịch', roles: ['CHAIRMAN' as const, 'COUNCIL_MEMBER' as const], unitId: null };
    await expect(handle.executeUpdate(castVoteUpdate, { args: [{ actor, choice: 'AGREE', comment: 'Đồng ý\u0000' }] })).rejects.toMatchObject({ cause: { type: 'INVALID_ARGUMENT' } });
    expect(JSON.stringify(await handle.fetchHistory())).not.toContain('\\u0000');
    expect(await stack.dataSource.query(`SELECT 1 FROM proposal_vote WHERE proposal_id = $1`, [id])).toEqual([]);

    // The proposal goes on: every member votes (a line break is fine in a comment), the chair closes.
    for (const member of [chairman, ...members]) {
      expect((await member.request('POST', `/api/v1/proposals/${id}/votes`, { choice: 'AGREE', comment: 'Đủ tiêu chuẩn.\nĐề nghị khen.' })).status).toBe(200);
    }
    expect((await chairman.request('POST', `/api/v1/proposals/${id}/council/close`)).body.tally).toMatchObject({ agree: 6, passed: true });
    await eventually(async () => ((await state()).status === 'AWAITING_DECISION' ? true : undefined), 'posting to end');
    expect((await chairman.request('POST', `/api/v1/proposals/${id}/decision`, { approve: true })).body).toEqual({ status: 'DECIDED' });
    await eventually(async () => ((await state()).status === 'CLOSED' ? true : undefined), 'papers to be issued', 120_000);

    // The certificate belongs to the decision (one per awardee), the decision to the proposal.
    const docs: Array<{ kind: string; sha256: string }> = await eventually(async () => {
      const rows = await stack.dataSource.query(
        `SELECT kind, sha256 FROM archived_document
          WHERE kind IN ('DECISION', 'CERTIFICATE') AND decision_id = (SELECT decision_id FROM archived_document WHERE proposal_id = $1 AND kind = 'DECISION')
          ORDER BY kind`,
        [id],
      );
      return rows.length === 2 ? rows : undefined;
    }, 'the decision and the certificate');
    expect(docs.map((d) => d.kind)).toEqual(['CERTIFICATE', 'DECISION']);
    for (const doc of docs) {
      const file = join(stack.config.ARCHIVE_DIR, doc.sha256.slice(0, 2), `${doc.sha256}.pdf`);
      // Wrapped lines of the unbroken name come back joined once white space is folded.
      expect(pdftotext(file)).toContain(longName);
      const [width, height] = pdfPageSize(file);
      // A4: portrait for the decision, landscape for the certificate; never widened by the name.
      expect([Math.round(Math.min(width!, height!)), Math.round(Math.max(width!, height!))]).toEqual([595, 842]);
    }

    // The proposal page wraps the name instead of growing wider than the window.
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: ['--no-sandbox'] });
    try {
      const page = await signInAs(browser, stack.baseUrl, `${ward.prefix}canbo.vp`, [], { width: 1280 });
      await page.goto(`${stack.baseUrl}/ho-so/${id}`);
      expect(await page.getByText(longName.slice(0, 20)).count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    } finally {
      await browser.close();
    }
  });
});
