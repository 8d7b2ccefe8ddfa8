import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { AwardTitle, formatShortVietnameseDate, formatVietnameseDate, rewardAmount, ruleSetFor, vndInWords } from '@khenthuong/domain';
import { pdfsig } from '../../../libs/documents/test/pdfsig';
import { ApiClient, type ApiStack, eventually, type IsolatedWard, useStack } from '../../../test/support/stack';
import { WebClient } from './web/web-client';
import { attachRequiredPapers } from '../../../test/support/dossier-papers';

// Line breaks of the layout are folded, so phrases match wherever the page wraps them.
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const pdfFonts = (file: string) => execFileSync('pdffonts', [file], { encoding: 'utf8' });

describe('one "Tập thể lao động tiên tiến" proposal, end to end on real services', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  const as = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);

  useStack({}, (started) => ({ stack, ward } = started));

  const proposalCount = async () => Number((await stack.dataSource.query(`SELECT count(*) FROM proposal WHERE body_id = $1`, [ward.bodyId]))[0].count);

  it('refuses malformed proposals with 400 naming each field, writing nothing', async () => {
    const unit = await as('truong.mamnon');
    const res = await unit.request('POST', '/api/v1/proposals', { title: 'KHONG_CO', year: 'hai nghìn', achievement: 'ngắn', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('Dữ liệu gửi lên không hợp lệ.');
    const fields = (res.body.errors as { field: string; messages: string[] }[]).map((e) => e.field).sort();
    // The nominee's name is optional: the registry names the nominee.
    expect(fields).toEqual(['achievement', 'extra', 'title', 'year']);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'title').messages).toContain('Danh hiệu/hình thức khen thưởng không hợp lệ.');
    expect(await proposalCount()).toBe(0);
  });

  it('runs submission → completeness → council vote → posting → decision → numbered PDF', async () => {
    const unit = await as('truong.mamnon');
    const officer = await as('canbo.vp');
    const chairman = await as('chutich');
    const members = await Promise.all(['phochutich', 'canbo.vp', 'hoidong.mttq', 'hoidong.congan', 'hoidong.vhxh'].map(as));
    const body = {
      clientKey: `path-${ward.prefix}`,
      title: 'TAP_THE_LAO_DONG_TIEN_TIEN',
      facts: { planCompleted: true, memberCount: 24, ldttMemberCount: 18 },
      year: 2026,
      nomineeName: 'Trường Mầm non Ngô Quyền',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025 - 2026, 100% trẻ đạt chuẩn phát triển',
    };

    const created = await unit.request('POST', '/api/v1/proposals', body);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body.workflowId).toBe(`proposal-${id}`);
    // A double submit with the same key starts nothing new.
    const again = await unit.request('POST', '/api/v1/proposals', body);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(id);
    expect(await proposalCount()).toBe(1);

    const state = async () => (await officer.request('GET', `/api/v1/proposals/${id}`)).body.state;
    expect(await eventually(async () => ((await state())?.status === 'SUBMITTED' ? true : undefined), 'SUBMITTED')).toBe(true);
    expect((await state()).allowedActions).toEqual(['MARK_COMPLETE', 'RETURN_FOR_PAPERS', 'WITHDRAW']);

    // Voting before the officer's check is refused by the workflow's validator, in Vietnamese.
    const early = await members[0].request('POST', `/api/v1/proposals/${id}/votes`, { choice: 'AGREE' });
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('Hồ sơ không ở bước cho phép thao tác này.');
    // A unit head has no voting role at all.
    expect((await unit.request('POST', `/api/v1/proposals/${id}/votes`, { choice: 'AGREE' })).status).toBe(403);

    await attachRequiredPapers(unit, id, body.title);
    const complete = await officer.request('POST', `/api/v1/proposals/${id}/complete`);
    expect(complete.body).toEqual({ status: 'IN_COUNCIL_REVIEW' });
    expect((await state()).council.council.members).toHaveLength(6);

    // A council-member role outside this council is refused by the validator, not recorded.
    const outsiderId = (
      await stack.dataSource.query(
        `INSERT INTO app_user (body_id, username, password_hash, roles, display_name)
         SELECT body_id, $1, password_hash, ARRAY['COUNCIL_MEMBER'], 'Người ngoài hội đồng' FROM app_user WHERE id = $2 RETURNING id`,
        [`${ward.prefix}outsider`, ward.userIds['chutich']],
      )
    )[0].id;
    expect(outsiderId).toBeDefined();
    const outsider = await as('outsider');
    const refused = await outsider.request('POST', `/api/v1/proposals/${id}/votes`, { choice: 'AGREE' });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('Chỉ thành viên Hội đồng Thi đua - Khen thưởng mới được biểu quyết.');
    expect((await members[0].request('POST', `/api/v1/proposals/${id}/votes`, { choice: 'MAYBE' })).status).toBe(400);

    // The chair cannot close before a quorum has voted.
    expect((await chairman.request('POST', `/api/v1/proposals/${id}/council/close`)).status).toBe(409);
    for (const member of [chairman, ...members]) {
      expect((await member.request('POST', `/api/v1/proposals/${id}/votes`, { choice: 'AGREE', comment: 'Đủ tiêu chuẩn' })).status).toBe(200);
    }
    const votes = await stack.dataSource.query(`SELECT choice FROM proposal_vote WHERE proposal_id = $1`, [id]);
    expect(votes).toHaveLength(6);

    const closed = await chairman.request('POST', `/api/v1/proposals/${id}/council/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.tally).toMatchObject({ agree: 6, disagree: 0, passed: true });

    await eventually(async () => ((await state()).status === 'AWAITING_DECISION' ? true : undefined), 'posting to end');
    expect((await state()).posting).toEqual(expect.objectContaining({ startsOn: expect.any(String), endsOn: expect.any(String) }));

    expect((await officer.request('POST', `/api/v1/proposals/${id}/decision`, { approve: true })).status).toBe(403);
    const decided = await chairman.request('POST', `/api/v1/proposals/${id}/decision`, { approve: true });
    expect(decided.body).toEqual({ status: 'DECIDED' });

    const final = await eventually(async () => {
      const s = await state();
      return s.status === 'CLOSED' ? s : undefined;
    }, 'documents to be issued');
    expect(final.decision.numberText).toBe('01/QĐ-UBND');
    // Coefficient × base salary on the decision date, rounded (domain rules, tested there with figures).
    const reward = rewardAmount(AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, final.decision.decisionDate, ruleSetFor(final.decision.decisionDate));
    expect(reward?.coefficient).toBe(0.8);
    expect(final.decision.amountVnd).toBe(reward!.amountVnd);
    expect(final.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'SUBMITTED',
      'IN_COUNCIL_REVIEW',
      'APPROVED_BY_COUNCIL',
      'PUBLICLY_POSTED',
      'AWAITING_DECISION',
      'DECIDED',
      'DOCUMENTS_ISSUED',
      'CLOSED',
    ]);

    // The read model and the audit log mirror every transition (an activity, just after the workflow's own state).
    await eventually(async () => {
      const [row] = await stack.dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [id]);
      return row.status === 'CLOSED' ? true : undefined;
    }, 'the read model to mirror CLOSED');
    const audit = await stack.dataSource.query(`SELECT action, from_state, to_state FROM audit_log WHERE proposal_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: { to_state: string }) => a.to_state)).toEqual(final.history.map((h: { toStatus: string }) => h.toStatus));
    expect(audit[1]).toEqual({ action: 'MARK_COMPLETE', from_state: 'SUBMITTED', to_state: 'IN_COUNCIL_REVIEW' });

    // The closed proposal's event history is archived as JSON beside its PDF (Temporal deletes histories after retention).
    const [history] = await eventually(async () => {
      const rows = await stack.dataSource.query(`SELECT sha256 FROM archived_document WHERE proposal_id = $1 AND kind = 'HISTORY'`, [id]);
      return rows.length ? rows : undefined;
    }, 'the exported history');
    const exported = JSON.parse(readFileSync(join(stack.config.ARCHIVE_DIR, history.sha256.slice(0, 2), `${history.sha256}.pdf`), 'utf8'));
    expect(exported.events[0].workflowExecutionStartedEventAttributes.workflowType.name).toBe('proposalWorkflow');
    expect(JSON.stringify(exported)).toContain('exportHistory');

    // One decision, one archived PDF whose bytes match the recorded SHA-256.
    const docs = await stack.dataSource.query(`SELECT sha256, size_bytes, storage_key FROM archived_document WHERE proposal_id = $1 AND kind = 'DECISION'`, [id]);
    expect(docs).toHaveLength(1);
    const file = join(stack.config.ARCHIVE_DIR, docs[0].sha256.slice(0, 2), `${docs[0].sha256}.pdf`);
    const bytes = readFileSync(file);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(docs[0].sha256);
    expect(bytes.length).toBe(docs[0].size_bytes);

    const fonts = pdfFonts(file).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
    const text = pdfText(file);
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('Tập thể lao động tiên tiến');
    expect(text).toContain('Số: 01/QĐ-UBND');
    expect(text).toContain('cho Trường Mầm non Ngô Quyền, phường Ngô Quyền, đã có thành tích: Hoàn thành xuất sắc nhiệm vụ năm học 2025 - 2026');
    expect(text).toContain(vndInWords(reward!.amountVnd));
    expect(text).toContain(formatVietnameseDate(final.decision.decisionDate));

    // Issued by the worker as configured (demo keys): the chairman's signature, then the agency's, both valid for poppler.
    const signatures = await pdfsig(bytes);
    expect(signatures.map((s) => [s.fieldName, s.type, s.validation])).toEqual([
      ['ChuKyNguoiCoThamQuyen', 'ETSI.CAdES.detached', 'Signature is Valid.'],
      ['ChuKyCoQuan', 'ETSI.CAdES.detached', 'Signature is Valid.'],
    ]);

    // The award register lists it as decided here, linking the archived decision (and the certificate when one was issued).
    const register = await officer.request('GET', `/api/v1/register/tap-the/${ward.unitIds['mn-ngo-quyen']}`);
    const certificates = await stack.dataSource.query(`SELECT 1 FROM archived_document WHERE proposal_id = $1 AND kind = 'CERTIFICATE'`, [id]);
    expect(register.body.awards).toEqual([
      expect.objectContaining({
        title: 'TAP_THE_LAO_DONG_TIEN_TIEN',
        source: 'DECIDED_HERE',
        sourceName: 'Quyết định trên hệ thống',
        decisionNumber: '01/QĐ-UBND',
        decisionDateText: formatShortVietnameseDate(final.decision.decisionDate),
        decisionUrl: `/ho-so/${id}/quyet-dinh.pdf`,
        certificateUrl: certificates.length ? `/so-khen-thuong/ho-so/${id}/giay-chung-nhan.pdf` : null,
      }),
    ]);
    const page = await WebClient.login(stack.baseUrl, ward.prefix + 'canbo.vp');
    const linked = await page.get(register.body.awards[0].decisionUrl);
    expect(linked.status).toBe(200);
    expect(linked.headers.get('content-type')).toBe('application/pdf');

    // Every paper issued about it is listed on its page and downloads as the archived, recorded bytes.
    const listed = async (client: WebClient) =>
      [...(await client.get(`/ho-so/${id}`)).html.matchAll(/<li><a href="(\/ho-so\/[^"]+\/van-ban\/[^"]+)">([^<]+)<\/a>/g)].map((m) => ({ href: m[1]!, name: m[2]! }));
    const officerPapers = await listed(page);
    expect(officerPapers.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'Quyết định khen thưởng số 01/QĐ-UBND',
        expect.stringMatching(/^Biên bản họp Hội đồng Thi đua – Khen thưởng số \d+\/BB-HĐTĐKT$/),
        expect.stringMatching(/^Tờ trình số \d+\/TTr-/),
        expect.stringMatching(/^Thông báo công khai danh sách số \d+\/TB-/),
      ]),
    );
    for (const paper of officerPapers) {
      const res = await fetch(stack.baseUrl + paper.href, { headers: { cookie: [...page.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const sha = createHash('sha256').update(Buffer.from(await res.arrayBuffer())).digest('hex');
      const [row] = await stack.dataSource.query(`SELECT sha256 FROM archived_document WHERE id = $1`, [paper.href.split('/').pop()]);
      expect(sha).toBe(row.sha256);
    }
    // The unit sees the decision and what was made public, not the council's and the office's internal papers.
    const head = await WebClient.login(stack.baseUrl, ward.prefix + 'truong.mamnon');
    const headPapers = (await listed(head)).map((p) => p.name);
    expect(headPapers).toContain('Quyết định khen thưởng số 01/QĐ-UBND');
    expect(headPapers.some((n) => n.startsWith('Biên bản') || n.startsWith('Tờ trình'))).toBe(false);
    const minutes = officerPapers.find((p) => p.name.startsWith('Biên bản'))!;
    expect((await head.get(minutes.href)).status).toBe(404);
    const otherHead = await WebClient.login(stack.baseUrl, ward.prefix + 'truong.tieuhoc');
    expect((await otherHead.get(officerPapers[0]!.href)).status).toBe(404);
  });
});
