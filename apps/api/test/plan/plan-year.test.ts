import { addDays, vietnamDateOf } from '@khenthuong/domain';
import { DecisionRepository, DecisionSubjectKey, DEMO_PLAN_2024, loadDemoData } from '@khenthuong/persistence';
import { type ApiStack, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { EVIDENCE, GOOD_RATINGS, PlanClient, ratingsWorkbook, readWorkbook, XLSX_TYPE } from './plan-test.helpers';

/**
 * The emulation year on real services: the seed's plan with its 17 targets → registrations (one
 * unit late and reminded) → two quarterly reports (one corrected) → overview → ratings from Excel →
 * candidates → proposals, created once.
 */
describe('emulation plan of a year, end to end', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  let officer: PlanClient;
  let planId: string;
  let targets: Array<{ id: string; ordinal: number; name: string; targetText: string }>;
  const as = (user: string) => PlanClient.as(stack.baseUrl, ward.prefix + user);
  const today = vietnamDateOf(new Date());
  // Last year: every quarter has ended, so the reported quarters and the late ones do not depend on today's date.
  const year = Number(today.slice(0, 4)) - 1;
  const target = (ordinal: number) => targets.find((t) => t.ordinal === ordinal)!;
  const JOBS = 9;
  const BHYT = 11;
  const SECURITY = 16;

  useStack({}, async (started) => {
    ({ stack, ward } = started);
    officer = await as('canbo.vp');
  });

  it('loads the seed 2024 plan with its 17 targets into the demo ward, once', async () => {
    await loadDemoData(stack.dataSource, { bodyCode: `test-${ward.prefix}`, usernamePrefix: ward.prefix });
    const plans = await officer.request('GET', '/api/v1/plans?year=2024');
    expect(plans.status).toBe(200);
    expect(plans.body.map((p: { title: string }) => p.title)).toEqual(['Phát động các phong trào thi đua năm 2024']);
    const plan = await officer.request('GET', `/api/v1/plans/${plans.body[0].id}`);
    expect(plan.body.motto).toBe('Rõ việc, quyết liệt, linh hoạt, về đích');
    expect(plan.body.targets).toHaveLength(17);
    expect(plan.body.targets.find((t: { name: string }) => t.name === 'Tỷ lệ hộ nghèo').targetText).toBe('< 0,08%');
    expect(plan.body.targets.find((t: { name: string }) => t.name === 'Giải quyết việc làm mới')).toMatchObject({ targetText: '≥ 172 lao động', responsibleUnitName: 'Bộ phận Văn hóa - Xã hội' });
  });

  it('creates the plan with the seed targets; refuses bad input in Vietnamese and other roles', async () => {
    const body = {
      kind: 'YEAR',
      year,
      title: `Phát động các phong trào thi đua năm ${year}`,
      motto: DEMO_PLAN_2024.motto,
      legalBases: DEMO_PLAN_2024.legalBases,
      movements: DEMO_PLAN_2024.movements,
      registrationDeadline: addDays(today, 30),
      targets: DEMO_PLAN_2024.targets.map(({ unitCode, ...t }) => ({ ...t, responsibleUnitId: ward.unitIds[unitCode] })),
    };
    const bad = await officer.request('POST', '/api/v1/plans', { ...body, targets: [{ ...body.targets[0], comparison: '≈', targetValue: -1 }] });
    expect(bad.status).toBe(400);
    const messages = bad.body.errors.flatMap((e: { messages: string[] }) => e.messages);
    expect(messages).toEqual(expect.arrayContaining(['Phép so sánh phải là GTE (≥), LTE (≤), LT (<), GT (>) hoặc EQ (=).', 'Giá trị chỉ tiêu không được âm.']));
    const unitHead = await as('truong.mamnon');
    expect((await unitHead.request('POST', '/api/v1/plans', body)).status).toBe(403);

    const created = await officer.request('POST', '/api/v1/plans', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'DRAFT', year, startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, reportGraceDays: 10 });
    planId = created.body.id;
    targets = created.body.targets;
    expect(targets.map((t) => t.ordinal)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(target(BHYT).targetText).toBe('≥ 99,7%');
  });

  it('takes registrations from unit heads for their own unit only, and lists the unit that has not registered', async () => {
    const kindergarten = await as('truong.mamnon');
    const station = await as('tram.yte');
    const first = await kindergarten.request('POST', `/api/v1/plans/${planId}/registrations`, {
      registrantKind: 'UNIT',
      titles: ['TAP_THE_LAO_DONG_TIEN_TIEN'],
      ownTargets: [{ name: 'Tỷ lệ trẻ ra lớp', value: '100%' }],
    });
    expect(first.status).toBe(201);
    const again = await kindergarten.request('POST', `/api/v1/plans/${planId}/registrations`, {
      registrantKind: 'UNIT',
      titles: ['TAP_THE_LAO_DONG_TIEN_TIEN'],
      ownTargets: [{ name: 'Tỷ lệ trẻ ra lớp', value: '100%' }, { name: 'Trẻ suy dinh dưỡng', value: 'dưới 2%' }],
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, registeredAt: first.body.registeredAt, late: false });
    expect(again.body.ownTargets).toHaveLength(2);

    const person = await kindergarten.request('POST', `/api/v1/plans/${planId}/registrations`, {
      registrantKind: 'PERSON',
      personId: ward.personIds['Lương Thị Ngọc Ánh'],
      titles: ['LAO_DONG_TIEN_TIEN', 'CHIEN_SI_THI_DUA_CO_SO'],
      ownTargets: [],
    });
    expect(person.status).toBe(201);
    expect(person.body.registrantName).toBe('Lương Thị Ngọc Ánh');
    expect((await station.request('POST', `/api/v1/plans/${planId}/registrations`, { registrantKind: 'UNIT', titles: ['TAP_THE_LAO_DONG_TIEN_TIEN'], ownTargets: [] })).status).toBe(201);

    const otherUnit = await station.request('POST', `/api/v1/plans/${planId}/registrations`, {
      registrantKind: 'UNIT', unitId: ward.unitIds['mn-ngo-quyen'], titles: ['TAP_THE_LAO_DONG_TIEN_TIEN'], ownTargets: [],
    });
    expect(otherUnit).toMatchObject({ status: 403, body: { code: 'NOT_OWN_UNIT', message: 'Bạn chỉ được thao tác cho đơn vị của mình.' } });
    const wrongTitle = await station.request('POST', `/api/v1/plans/${planId}/registrations`, { registrantKind: 'UNIT', titles: ['LAO_DONG_TIEN_TIEN'], ownTargets: [] });
    expect(wrongTitle.status).toBe(422);
    expect(wrongTitle.body.message).toBe('Danh hiệu "Lao động tiên tiến" không xét tặng cho tập thể (Luật Thi đua, khen thưởng 2022, Điều 24).');

    const overview = await officer.request('GET', `/api/v1/plans/${planId}/registrations`);
    expect(overview.body.units).toMatchObject({ total: 16, registered: 2 });
    expect(overview.body.registrations).toHaveLength(3);
    expect(overview.body.missing.map((u: { name: string }) => u.name)).toContain('Trường Tiểu học Ngô Quyền');
    expect(overview.body.missing.map((u: { name: string }) => u.name)).not.toContain('Trường Mầm non Ngô Quyền');
  });

  it('records a reminder for the late unit, refuses one for a unit that registered', async () => {
    const primary = ward.unitIds['th-ngo-quyen'];
    const reminded = await officer.request('POST', `/api/v1/plans/${planId}/reminders`, { unitIds: [primary] });
    expect(reminded.status).toBe(201);
    expect(reminded.body.reminded).toEqual([expect.objectContaining({ unitId: primary, unitName: 'Trường Tiểu học Ngô Quyền' })]);
    expect(reminded.body.reminded[0].message).toContain(`Kế hoạch "Phát động các phong trào thi đua năm ${year}"`);
    const registered = await officer.request('POST', `/api/v1/plans/${planId}/reminders`, { unitIds: [ward.unitIds['mn-ngo-quyen']] });
    expect(registered).toMatchObject({ status: 409, body: { code: 'ALREADY_REGISTERED' } });
    const rows = await stack.dataSource.query(`SELECT unit_id, kind FROM plan_notification WHERE plan_id = $1`, [planId]);
    expect(rows).toEqual([{ unit_id: primary, kind: 'REGISTRATION_REMINDER' }]);
    const seenByUnit = await (await as('truong.tieuhoc')).request('GET', `/api/v1/plans/${planId}/registrations`);
    expect(seenByUnit.body.reminders).toHaveLength(1);
    expect(seenByUnit.body.missing).toEqual([{ unitId: primary, name: 'Trường Tiểu học Ngô Quyền' }]);
  });

  it('closes registration for unit heads after the deadline; the officer registers late for them', async () => {
    const campaign = await officer.request('POST', '/api/v1/plans', {
      kind: 'CAMPAIGN', year, title: 'Đợt thi đua cao điểm 100 ngày', motto: 'Về đích sớm', legalBases: ['Căn cứ Kế hoạch thi đua năm của UBND phường;'],
      movements: [], startsOn: `${year}-09-01`, endsOn: `${year}-12-10`, registrationDeadline: `${year}-09-10`,
    });
    expect(campaign.status).toBe(201);
    const refused = await (await as('tdp1')).request('POST', `/api/v1/plans/${campaign.body.id}/registrations`, { registrantKind: 'UNIT', titles: ['GIAY_KHEN_TAP_THE'], ownTargets: [] });
    expect(refused).toMatchObject({ status: 409, body: { code: 'REGISTRATION_CLOSED', message: 'Đã hết hạn đăng ký thi đua của kế hoạch này; vui lòng liên hệ công chức Văn phòng - Thống kê.' } });
    const late = await officer.request('POST', `/api/v1/plans/${campaign.body.id}/registrations`, { registrantKind: 'UNIT', unitId: ward.unitIds['tdp-1'], titles: ['GIAY_KHEN_TAP_THE'], ownTargets: [] });
    expect(late.status).toBe(201);
    expect(late.body.late).toBe(true);
  });

  it('takes two quarterly reports with evidence, keeps the corrected value in the history', async () => {
    const station = await as('tram.yte');
    const path = (ordinal: number) => `/api/v1/plans/${planId}/targets/${target(ordinal).id}/reports`;
    const q1 = await officer.upload(path(JOBS), 'evidence', EVIDENCE.pdf('q1'), { periodKey: `${year}-Q1`, value: '30' });
    expect(q1.status).toBe(201);
    expect(q1.body).toMatchObject({ value: 30, periodKey: `${year}-Q1`, correctsReportId: null, evidence: { mime: 'application/pdf', name: 'bao-cao-q1.pdf' } });
    const corrected = await officer.upload(path(JOBS), 'evidence', EVIDENCE.pdf('q1-dinh-chinh'), { periodKey: `${year}-Q1`, value: '40', note: 'Đính chính số liệu quý I' });
    expect(corrected.body).toMatchObject({ value: 40, correctsReportId: q1.body.id });
    expect((await officer.upload(path(JOBS), 'evidence', EVIDENCE.pdf('q2'), { periodKey: `${year}-Q2`, value: '90' })).status).toBe(201);
    expect((await station.upload(path(BHYT), 'evidence', EVIDENCE.png(), { periodKey: `${year}-Q1`, value: '99.0' })).status).toBe(201);
    expect((await station.upload(path(BHYT), 'evidence', EVIDENCE.pdf('bhyt-q2'), { periodKey: `${year}-Q2`, value: '99.2' })).status).toBe(201);
    expect((await officer.upload(path(SECURITY), 'evidence', EVIDENCE.pdf('an-ninh'), { periodKey: `${year}-H1`, value: '100' })).status).toBe(201);

    const history = await officer.request('GET', `/api/v1/plans/${planId}/targets/${target(JOBS).id}/reports`);
    expect(history.body.map((r: { periodKey: string; value: number }) => [r.periodKey, r.value])).toEqual([[`${year}-Q1`, 30], [`${year}-Q1`, 40], [`${year}-Q2`, 90]]);
    const evidence = await officer.download(`/api/v1/plans/${planId}/reports/${q1.body.id}/evidence`);
    expect(evidence.type).toBe('application/pdf');
    expect(evidence.bytes.equals(EVIDENCE.pdf('q1').bytes)).toBe(true);
  });

  it('refuses reports of another unit, of a wrong period, without evidence or with a disguised file', async () => {
    const station = await as('tram.yte');
    const path = (ordinal: number) => `/api/v1/plans/${planId}/targets/${target(ordinal).id}/reports`;
    expect((await station.upload(path(JOBS), 'evidence', EVIDENCE.pdf('x'), { periodKey: `${year}-Q3`, value: '100' })).body.code).toBe('NOT_OWN_UNIT');
    expect((await officer.upload(path(JOBS), 'evidence', EVIDENCE.pdf('x'), { periodKey: `${year}-M07`, value: '100' })).body).toMatchObject({ code: 'INVALID_PERIOD' });
    expect((await officer.upload(path(JOBS), 'evidence', null, { periodKey: `${year}-Q3`, value: '100' })).body).toMatchObject({ code: 'FILE_REQUIRED', message: 'Vui lòng đính kèm tệp.' });
    const disguised = await officer.upload(path(JOBS), 'evidence', EVIDENCE.disguised(), { periodKey: `${year}-Q3`, value: '100' });
    expect(disguised).toMatchObject({ status: 415, body: { message: 'Tệp minh chứng phải là PDF, DOCX, PNG hoặc JPEG.' } });
    const notANumber = await officer.upload(path(JOBS), 'evidence', EVIDENCE.pdf('x'), { periodKey: `${year}-Q3`, value: 'một trăm' });
    expect(notANumber.status).toBe(400);
    const rows = await stack.dataSource.query(`SELECT count(*)::int AS n FROM plan_progress_report WHERE plan_id = $1`, [planId]);
    expect(rows[0].n).toBe(6);
  });

  it('shows each target against plan: value, percent, met, forecast, late periods', async () => {
    const res = await officer.request('GET', `/api/v1/plans/${planId}/progress`);
    expect(res.status).toBe(200);
    const jobs = res.body.targets.find((t: { ordinal: number }) => t.ordinal === JOBS);
    // 40 by Q1 (corrected from 30), 90 by Q2: 90/172 = 52,3%; line through the origin → 176 at year end.
    expect(jobs).toMatchObject({ currentValue: 90, currentPeriodKey: `${year}-Q2`, percent: 52.3, met: false, forecast: 176, forecastMet: true });
    expect(jobs.history.map((h: { value: number; current: boolean }) => [h.value, h.current])).toEqual([[30, false], [40, true], [90, true]]);
    expect(jobs.latePeriods.map((p: { key: string }) => p.key)).toContain(`${year}-Q3`);
    expect(jobs.latePeriods.map((p: { key: string }) => p.key)).not.toContain(`${year}-Q1`);
    const bhyt = res.body.targets.find((t: { ordinal: number }) => t.ordinal === BHYT);
    expect(bhyt).toMatchObject({ currentValue: 99.2, percent: 99.5, met: false, forecast: 99.6, forecastMet: false });
    expect(res.body.targets.find((t: { ordinal: number }) => t.ordinal === SECURITY)).toMatchObject({ currentValue: 100, percent: 100, met: true });
    expect(res.body.summary).toMatchObject({ targets: 17, reported: 3, met: 1, forecastMet: 2 });
    expect(res.body.summary.lateReports).toBeGreaterThanOrEqual(30);
  });

  it('exports targets, value history, registrations and the units not registered to Excel', async () => {
    const res = await officer.download(`/api/v1/plans/${planId}/export.xlsx`);
    expect(res.status).toBe(200);
    expect(res.type).toBe(XLSX_TYPE);
    const workbook = await readWorkbook(res.bytes);
    const progress = workbook.getWorksheet('Chỉ tiêu và tiến độ')!;
    expect(progress.rowCount).toBe(18);
    const jobsRow = progress.getRow(JOBS + 1);
    expect([jobsRow.getCell(2).text, jobsRow.getCell(4).text, jobsRow.getCell(8).value, jobsRow.getCell(10).value]).toEqual(['Giải quyết việc làm mới', '≥ 172 lao động', 90, 52.3]);
    expect(workbook.getWorksheet('Lịch sử số liệu')!.rowCount).toBe(1 + 6);
    expect(workbook.getWorksheet('Đăng ký thi đua')!.rowCount).toBe(1 + 3);
    const missing = workbook.getWorksheet('Chưa đăng ký')!.getColumn(1).values.slice(2);
    expect(missing).toContain('Trường Tiểu học Ngô Quyền');
  });

  const GOOD = GOOD_RATINGS;

  it('refuses a bad ratings file row by row and imports nothing of it', async () => {
    const bad = await ratingsWorkbook([
      GOOD[0]!,
      ['Người Không Có', 'vp-tk', 'HTTNV', 12, 'Không', 'Không'],
      ['Vũ Đức Thắng', 'tram-y-te', 'Tốt', 13, 'Có', 'Không'],
      ['Lê Thị Thu Hà', 'vp-tk', 'HTTNV', 12, 'Có lẽ', 'Không'],
    ]);
    const res = await officer.upload(`/api/v1/plans/${planId}/ratings/import`, 'file', { bytes: bad, name: 'xep-loai-loi.xlsx', type: XLSX_TYPE });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Tệp có dòng không hợp lệ; chưa nhập dòng nào. Vui lòng sửa các dòng được liệt kê rồi tải lên lại.');
    expect(res.body.errors).toEqual([
      { field: 'Dòng 3', messages: ['Không tìm thấy "Người Không Có" trong đơn vị có mã "vp-tk".'] },
      { field: 'Dòng 4', messages: ['Xếp loại "Tốt" không hợp lệ (HTXSNV, HTTNV, HTNV hoặc KHTNV).', 'Số tháng công tác "13" phải là số nguyên từ 0 đến 12.'] },
      { field: 'Dòng 5', messages: ['Cột "Sáng kiến được công nhận" phải là "Có" hoặc "Không".', 'Trùng với dòng 2.'] },
    ]);
    expect((await officer.request('GET', `/api/v1/plans/${planId}/ratings`)).body).toEqual([]);
    const notExcel = await officer.upload(`/api/v1/plans/${planId}/ratings/import`, 'file', EVIDENCE.pdf('khong-phai-excel'));
    expect(notExcel).toMatchObject({ status: 415, body: { code: 'NOT_AN_EXCEL_FILE' } });
  });

  it('imports a good ratings file exactly once when it is uploaded twice', async () => {
    const good = await ratingsWorkbook(GOOD);
    const first = await officer.upload(`/api/v1/plans/${planId}/ratings/import`, 'file', { bytes: good, name: 'xep-loai.xlsx', type: XLSX_TYPE });
    expect(first).toMatchObject({ status: 201, body: { imported: 13, duplicate: false } });
    const second = await officer.upload(`/api/v1/plans/${planId}/ratings/import`, 'file', { bytes: good, name: 'xep-loai (1).xlsx', type: XLSX_TYPE });
    expect(second).toMatchObject({ status: 200, body: { imported: 0, duplicate: true, importId: first.body.importId } });
    const [{ imports, ratings }] = await stack.dataSource.query(
      `SELECT (SELECT count(*)::int FROM staff_rating_import WHERE body_id = $1) AS imports, (SELECT count(*)::int FROM staff_rating WHERE body_id = $1) AS ratings`,
      [ward.bodyId],
    );
    expect({ imports, ratings }).toEqual({ imports: 1, ratings: 13 });
    const listed = await officer.request('GET', `/api/v1/plans/${planId}/ratings`);
    expect(listed.body.find((r: { fullName: string }) => r.fullName === 'Vũ Đức Thắng')).toMatchObject({ rating: 'HTXSNV', ratingName: 'Hoàn thành xuất sắc nhiệm vụ', initiativeRecognised: true });
  });

  it('derives LĐTT, CSTĐCS within the 15% quota and TTLĐTT from ratings and results', async () => {
    const res = await officer.request('GET', `/api/v1/plans/${planId}/candidates`);
    expect(res.status).toBe(200);
    expect(res.body.ldtt).toHaveLength(10);
    expect(res.body.ldtt.map((c: { name: string }) => c.name)).not.toContain('Lương Thị Ngọc Ánh');
    // 15% of 10 LĐTT = 1,5 → 1; both initiatives are rated HTXSNV, the name order decides.
    expect(res.body.cstdcsLimit).toBe(1);
    expect(res.body.cstdcs.map((c: { name: string }) => c.name)).toEqual(['Hoàng Thị Mai']);
    expect(res.body.cstdcsOverQuota.map((c: { name: string }) => c.name)).toEqual(['Vũ Đức Thắng']);
    // Công an: its one target met, its one member LĐTT. Trạm Y tế: BHYT below 99,7%.
    expect(res.body.ttldtt.map((c: { name: string }) => c.name)).toEqual(['Công an phường Ngô Quyền']);
    const reasons = (name: string) => res.body.notEligible.filter((n: { name: string }) => n.name === name).flatMap((n: { reasons: string[] }) => n.reasons);
    expect(reasons('Lương Thị Ngọc Ánh').join(' ')).toContain('(Luật Thi đua, khen thưởng 2022, Điều 24).');
    expect(reasons('Trạm Y tế phường Ngô Quyền').join(' ')).toContain('chưa hoàn thành nhiệm vụ, kế hoạch');
    expect(res.body.ldtt.every((c: { proposalId: string | null }) => c.proposalId === null)).toBe(true);
  });

  it('turns the candidates into proposals in one step, and a repeat creates nothing', async () => {
    const first = await officer.request('POST', `/api/v1/plans/${planId}/candidates/proposals`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: 12, existing: 0 });
    const again = await officer.request('POST', `/api/v1/plans/${planId}/candidates/proposals`);
    expect(again.body).toMatchObject({ created: 0, existing: 12 });
    expect(again.body.proposals.map((p: { proposalId: string }) => p.proposalId).sort()).toEqual(first.body.proposals.map((p: { proposalId: string }) => p.proposalId).sort());
    const rows = await stack.dataSource.query(`SELECT title, nominee_name, unit_id FROM proposal WHERE body_id = $1 AND client_key LIKE 'plan-%' ORDER BY title, nominee_name`, [ward.bodyId]);
    expect(rows).toHaveLength(12);
    expect(rows.filter((r: { title: string }) => r.title === 'CHIEN_SI_THI_DUA_CO_SO')).toEqual([{ title: 'CHIEN_SI_THI_DUA_CO_SO', nominee_name: 'Hoàng Thị Mai', unit_id: ward.unitIds['mn-ngo-quyen'] }]);
    const candidates = await officer.request('GET', `/api/v1/plans/${planId}/candidates`);
    expect([...candidates.body.ldtt, ...candidates.body.cstdcs, ...candidates.body.ttldtt].every((c: { proposalId: string | null }) => c.proposalId !== null)).toBe(true);
    expect((await (await as('truong.mamnon')).request('POST', `/api/v1/plans/${planId}/candidates/proposals`)).status).toBe(403);
  });

  it('counts decided awards by year, title, unit and gender, and exports them', async () => {
    // Two of the proposals decided (the chairman's step, recorded as the read model records it: a decision the proposal points at).
    const decided: Array<{ id: string }> = await stack.dataSource.query(
      `SELECT id FROM proposal WHERE body_id = $1 AND client_key LIKE 'plan-%'
          AND title IN ('CHIEN_SI_THI_DUA_CO_SO', 'TAP_THE_LAO_DONG_TIEN_TIEN') AND nominee_name IN ('Hoàng Thị Mai', 'Công an phường Ngô Quyền') ORDER BY nominee_name`,
      [ward.bodyId],
    );
    const decisions = new DecisionRepository(stack.dataSource);
    for (const [i, p] of decided.entries()) {
      const decisionId = await decisions.insert({
        bodyId: ward.bodyId, subjectKey: DecisionSubjectKey.ofProposal(p.id), year: year + 1, symbol: 'QĐ-UBND', sequence: 900 + i, numberText: `${900 + i}/QĐ-UBND`,
        decisionDate: today, signerUserId: ward.userIds['chutich']!,
      });
      await decisions.recordGrant(ward.bodyId, decisionId, [p.id]);
    }
    const res = await officer.request('GET', `/api/v1/plans/statistics/awards?year=${year}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.byGender).toEqual({ NU: 1, TAP_THE: 1 });
    expect(res.body.rows).toEqual(
      expect.arrayContaining([
        { year, title: 'CHIEN_SI_THI_DUA_CO_SO', titleName: 'Chiến sĩ thi đua cơ sở', unitName: 'Trường Mầm non Ngô Quyền', gender: 'NU', count: 1 },
        { year, title: 'TAP_THE_LAO_DONG_TIEN_TIEN', titleName: 'Tập thể lao động tiên tiến', unitName: 'Công an phường Ngô Quyền', gender: 'TAP_THE', count: 1 },
      ]),
    );
    const xlsx = await officer.download(`/api/v1/plans/statistics/awards.xlsx?year=${year}`);
    const sheet = (await readWorkbook(xlsx.bytes)).getWorksheet('Thống kê khen thưởng')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getColumn(4).values.slice(2)).toEqual(expect.arrayContaining(['Nữ', 'Tập thể']));
  });
});
