import { randomUUID } from 'node:crypto';
import { ApiClient, type ApiStack, eventually, type IsolatedWard, useStack } from '../../../test/support/stack';
import { attachRequiredPapers } from '../../../test/support/dossier-papers';

/**
 * The process through the REST API on the real stack: eligibility at submission (refusals with their
 * article, Điều 5 one achievement once, the CSTĐCS quota as a warning), escalation to the higher
 * level and its recorded result, and a public objection upheld by the officer.
 */
describe('the commendation process through the API', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  const as = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);
  const statusOf = async (id: string) => (await stack.dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [id]))[0]?.status as string;
  const reach = (id: string, status: string) => eventually(async () => ((await statusOf(id)) === status ? true : undefined), `${status}`);
  const collective = { planCompleted: true, memberCount: 24, ldttMemberCount: 18 };

  useStack({ config: { POSTING_PERIOD_SECONDS: '600' } }, async (started) => {
    ({ stack, ward } = started);
    // A posting long enough to object during it; it is ended by the objection's outcome, not the clock.
  });

  async function throughCouncil(id: string, unitHead: ApiClient, title: string): Promise<void> {
    const officer = await as('canbo.vp');
    await attachRequiredPapers(unitHead, id, title);
    expect((await officer.request('POST', `/api/v1/proposals/${id}/complete`)).status).toBe(200);
    for (const user of ['chutich', 'phochutich', 'canbo.vp', 'hoidong.mttq']) {
      expect((await (await as(user)).request('POST', `/api/v1/proposals/${id}/votes`, { choice: 'AGREE' })).status).toBe(200);
    }
    expect((await (await as('chutich')).request('POST', `/api/v1/proposals/${id}/council/close`)).status).toBe(200);
  }

  it('refuses an ineligible nominee with each reason and its article, writing nothing', async () => {
    const head = await as('truong.mamnon');
    const before = await stack.dataSource.query(`SELECT count(*)::int AS n FROM proposal WHERE body_id = $1`, [ward.bodyId]);
    const res = await head.request('POST', '/api/v1/proposals', {
      title: 'LAO_DONG_TIEN_TIEN',
      year: 2026,
      nomineePersonId: ward.personIds['Hoàng Thị Mai'],
      nomineeName: 'Hoàng Thị Mai',
      achievement: 'Hoàn thành nhiệm vụ năm học 2025 - 2026',
      facts: { rating: 'HTNV', monthsWorkedInYear: 4 },
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('NOT_ELIGIBLE');
    const reasons: string[] = res.body.errors[0].messages;
    expect(reasons.some((r) => r.includes('Hoàn thành nhiệm vụ') && r.includes('Điều 24'))).toBe(true);
    expect(reasons.some((r) => r.includes('tháng'))).toBe(true);
    // Each reason names its article once, in plain words, with no developer markers.
    for (const reason of reasons) expect(reason.match(/\((Luật|Thông tư|Nghị định)/g) ?? []).toHaveLength(1);
    expect(reasons.join(' ')).not.toMatch(/chưa xác nhận|chưa đối chiếu|tham số|\.md/);
    const after = await stack.dataSource.query(`SELECT count(*)::int AS n FROM proposal WHERE body_id = $1`, [ward.bodyId]);
    expect(after).toEqual(before);
  });

  it('rewards one achievement once (Luật TĐKT 2022 Điều 5) and warns when CSTĐCS would pass the quota', async () => {
    const head = await as('truong.tieuhoc');
    const body = { title: 'TAP_THE_LAO_DONG_TIEN_TIEN', year: 2026, nomineeName: 'Trường Tiểu học Ngô Quyền', achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học', facts: collective };
    expect((await head.request('POST', '/api/v1/proposals', { ...body, clientKey: randomUUID() })).status).toBe(201);
    const twice = await head.request('POST', '/api/v1/proposals', { ...body, clientKey: randomUUID() });
    expect(twice.status).toBe(422);
    expect(twice.body.errors[0].messages.join(' ')).toContain('Điều 5');

    const cstdcs = await head.request('POST', '/api/v1/proposals', {
      title: 'CHIEN_SI_THI_DUA_CO_SO',
      year: 2026,
      nomineePersonId: ward.personIds['Nguyễn Thị Thanh Hương'],
      nomineeName: 'Nguyễn Thị Thanh Hương',
      achievement: 'Sáng kiến đổi mới phương pháp dạy học được công nhận',
      facts: { rating: 'HTXSNV', monthsWorkedInYear: 12, initiativeRecognised: true },
    });
    expect(cstdcs.status).toBe(201);
    // No LĐTT proposed yet this year: 15% of 0 is 0 (Nghị định 91/2017; U now), so a warning, not a refusal.
    expect(cstdcs.body.warnings.some((w: string) => w.includes('vượt quá'))).toBe(true);
  });

  it('escalates a title beyond the ward after the council, and closes with the higher level result', async () => {
    const head = await as('tram.yte');
    const res = await head.request('POST', '/api/v1/proposals', {
      title: 'TAP_THE_LAO_DONG_XUAT_SAC',
      year: 2026,
      nomineeName: 'Trạm Y tế phường Ngô Quyền',
      achievement: 'Hai năm liền Tập thể lao động tiên tiến, đi đầu tiêm chủng',
      facts: collective,
    });
    expect(res.status).toBe(201);
    expect(res.body.warnings.join(' ')).toContain('cấp trên');
    const id = res.body.id as string;
    await reach(id, 'SUBMITTED');
    await throughCouncil(id, head, 'TAP_THE_LAO_DONG_XUAT_SAC');
    await reach(id, 'ESCALATED');
    const officer = await as('canbo.vp');
    // The tờ trình to the higher level is archived with the dossier.
    await eventually(async () => {
      const rows = await stack.dataSource.query(`SELECT 1 FROM archived_document WHERE kind = 'SUBMISSION' AND subject_key = $1`, [id]);
      return rows.length ? true : undefined;
    }, 'the submission to the higher level');
    const bad = await officer.request('POST', `/api/v1/proposals/${id}/higher-level-result`, { approved: true, issuer: 'UBND thành phố' });
    expect(bad.status).toBe(400);
    const done = await officer.request('POST', `/api/v1/proposals/${id}/higher-level-result`, {
      approved: true,
      issuer: 'Ủy ban nhân dân thành phố Hải Phòng',
      decisionNumber: '125/QĐ-UBND',
      decisionDate: '2026-12-20',
    });
    expect(done.body).toEqual({ status: 'CLOSED' });
    const [audit] = await stack.dataSource.query(`SELECT reason FROM audit_log WHERE proposal_id = $1 AND action = 'RECORD_HIGHER_LEVEL_RESULT'`, [id]);
    expect(audit.reason).toContain('125/QĐ-UBND');
  });

  it('takes an objection from the public during posting; upheld, it refuses the award', async () => {
    // The rate limit counts per contact across the database: a number of this test's own.
    const contact = `09${String(Date.now()).slice(-8)}`;
    const head = await as('truong.mamnon');
    const res = await head.request('POST', '/api/v1/proposals', {
      title: 'TAP_THE_LAO_DONG_TIEN_TIEN',
      year: 2026,
      nomineeName: 'Trường Mầm non Ngô Quyền',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025 - 2026',
      facts: collective,
    });
    const id = res.body.id as string;
    await reach(id, 'SUBMITTED');
    // Anyone may object, without an account: a plain request.
    const object = () =>
      fetch(`${stack.baseUrl}/api/v1/public/proposals/${id}/objections`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ senderName: 'Nguyễn Văn Bình', contact, text: 'Trường còn nợ báo cáo tài chính quý III.' }),
      });
    const early = await object();
    expect(early.status).toBe(409);
    await throughCouncil(id, head, 'TAP_THE_LAO_DONG_TIEN_TIEN');
    await reach(id, 'PUBLICLY_POSTED');

    const objection = await object();
    expect(objection.status).toBe(201);
    const { id: objectionId } = (await objection.json()) as { id: string };
    const officer = await as('canbo.vp');
    const listed = await eventually(async () => {
      const s = (await officer.request('GET', `/api/v1/proposals/${id}`)).body.state;
      return s.objections.length === 1 ? s : undefined;
    }, 'the objection in the workflow');
    expect(listed.allowedActions).toContain('RESOLVE_OBJECTION');
    // The workflow holds the text; the contact stays in the database, for the officer only.
    expect(JSON.stringify(listed)).not.toContain(contact);
    const contacts = await officer.request('GET', `/api/v1/proposals/${id}/objections`);
    expect(contacts.body[0]).toMatchObject({ senderName: 'Nguyễn Văn Bình', contact });

    const resolved = await officer.request('POST', `/api/v1/proposals/${id}/objections/${objectionId}/resolve`, { outcome: 'UPHELD_REJECT', reason: 'Xác minh đúng phản ánh' });
    expect(resolved.body).toEqual({ status: 'REJECTED' });
    const [row] = await stack.dataSource.query(`SELECT outcome, resolved_by FROM proposal_objection WHERE id = $1`, [objectionId]);
    expect(row).toEqual({ outcome: 'UPHELD_REJECT', resolved_by: ward.userIds['canbo.vp'] });
  });

  it('opens a round session over its complete dossiers and refuses to complete one afterwards (it would wait for a session that took its list)', async () => {
    const officer = await as('canbo.vp');
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const round = await officer.request('POST', '/api/v1/rounds', { name: 'Đợt xét khen thưởng tổng kết năm 2026', kind: 'YEAR_END', year: 2026, nominationDeadline: today });
    expect(round.status).toBe(201);
    const roundId = round.body.round.id as string;
    const nominate = async (user: string, nomineeName: string) => {
      const res = await (await as(user)).request('POST', '/api/v1/proposals', {
        title: 'GIAY_KHEN_TAP_THE', year: 2026, nomineeName, achievement: 'Thành tích xuất sắc trong phong trào thi đua năm 2026', roundId,
      });
      expect([res.status, res.body.errors]).toEqual([201, undefined]);
      await reach(res.body.id, 'SUBMITTED');
      return res.body.id as string;
    };
    const early = await nominate('tdp1', 'Tổ dân phố số 1');
    const late = await nominate('truong.tieuhoc', 'Trường Tiểu học Ngô Quyền (tập thể giáo viên)');
    await attachRequiredPapers(await as('tdp1'), early, 'GIAY_KHEN_TAP_THE');
    expect((await officer.request('POST', `/api/v1/proposals/${early}/complete`)).body).toEqual({ status: 'AWAITING_COUNCIL' });
    expect((await officer.request('POST', `/api/v1/rounds/${roundId}/close-nominations`)).status).toBe(200);
    const opened = await officer.request('POST', `/api/v1/rounds/${roundId}/council/open`);
    expect(opened.body).toEqual({ result: 1 });
    await reach(early, 'IN_COUNCIL_REVIEW');

    const refused = await officer.request('POST', `/api/v1/proposals/${late}/complete`);
    expect([refused.status, refused.body.code]).toEqual([409, 'ROUND_SESSION_STARTED']);
    expect(await statusOf(late)).toBe('SUBMITTED');
  });

  it('refuses a shortened demo posting on a server without DEMO_ROUNDS, opening no round', async () => {
    const officer = await as('canbo.vp');
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const refused = await officer.request('POST', '/api/v1/rounds', { name: 'Đợt niêm yết rút ngắn', kind: 'YEAR_END', year: 2025, nominationDeadline: today, demoPostingPeriodSeconds: 15 });
    expect([refused.status, refused.body.errors]).toEqual([400, [{ field: 'demoPostingPeriodSeconds', messages: ['Thời gian niêm yết rút ngắn chỉ dùng cho dữ liệu mẫu; máy chủ này không cho phép.'] }]]);
    expect(await stack.dataSource.query(`SELECT id FROM round WHERE body_id = $1 AND name = $2`, [ward.bodyId, 'Đợt niêm yết rút ngắn'])).toEqual([]);
  });
});
