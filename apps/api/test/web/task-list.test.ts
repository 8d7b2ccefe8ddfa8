import { addDays, isWeekend, vietnamDateOf } from '@khenthuong/domain';
import { calendarYearsToRecord } from '../../src/tasks/calendar-years';
import { ApiClient, type ApiStack, eventually, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { councilAgrees, councilClients, submitSchoolCollective, waitForStatus } from '../../../../test/support/adhoc-proposal';
import { textOf, WebClient } from './web-client';

/**
 * "Việc cần làm" through the pages, on real PostgreSQL and Temporal: each role's start page lists what
 * waits for that user, overdue first, each row linking to the form that acts, and a task leaves the
 * list once done.
 */
describe('the task list is every role’s start page', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  const as = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);
  const tasksOf = async (user: string) => {
    const web = await WebClient.login(stack.baseUrl, ward.prefix + user);
    const start = await web.get('/');
    expect(start.location).toBe('/viec-can-lam');
    const page = await web.get('/viec-can-lam');
    expect(page.status).toBe(200);
    const list = /<ol class="task-list card" id="danh-sach-viec">([\s\S]*?)<\/ol>/.exec(page.html)?.[1] ?? '';
    const rows = [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => ({ text: textOf(m[1]!), href: /href="([^"]+)"/.exec(m[1]!)?.[1]?.replace(/&#x3D;/g, '=') ?? null }));
    return { rows, text: textOf(page.html) };
  };
  const submitPerson = (unit: ApiClient) =>
    unit.request('POST', '/api/v1/proposals', {
      clientKey: `person-${ward.prefix}`,
      title: 'LAO_DONG_TIEN_TIEN',
      year: 2026,
      nomineePersonId: ward.personIds['Hoàng Thị Mai'],
      nomineeName: 'Hoàng Thị Mai',
      achievement: 'Hoàn thành tốt nhiệm vụ năm học 2025 - 2026',
      facts: { monthsWorkedInYear: 12, rating: 'HTTNV' },
    });

  useStack({}, (started) => ({ stack, ward } = started));

  it('walks a dossier from the officer to the council to the chairman, and a return back to the unit', async () => {
    const council = await councilClients(stack.baseUrl, ward.prefix);
    const { unit, officer, members } = council;
    const kept = await submitSchoolCollective(unit, `collective-${ward.prefix}`);
    const returned = (await submitPerson(unit)).body.id as string;
    const state = async (id: string) => (await officer.request('GET', `/api/v1/proposals/${id}`)).body.state;
    await eventually(async () => ((await state(kept))?.status === 'SUBMITTED' && (await state(returned))?.status === 'SUBMITTED' ? true : undefined), 'submitted');

    // The officer: both dossiers to check, each linking to the form on its page.
    const officerTasks = await tasksOf('canbo.vp');
    expect(officerTasks.rows).toEqual(
      expect.arrayContaining([
        { text: expect.stringMatching(/^Kiểm tra tính đầy đủ của hồ sơ: Trường Mầm non Ngô Quyền \(Tập thể lao động tiên tiến\) \(chờ từ \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}\)$/), href: `/ho-so/${kept}#thao-tac` },
        { text: expect.stringContaining('Kiểm tra tính đầy đủ của hồ sơ: Hoàng Thị Mai (Lao động tiên tiến)'), href: `/ho-so/${returned}#thao-tac` },
      ]),
    );
    // Nothing for the unit head yet; no developer codes anywhere.
    expect((await tasksOf('truong.mamnon')).text).toContain('Không có việc nào đang chờ bạn.');
    expect(officerTasks.text).not.toMatch(/TAP_THE|SUBMITTED|\d{4}-\d{2}-\d{2}/);

    expect((await officer.request('POST', `/api/v1/proposals/${returned}/return`, { items: [{ paper: 'Biên bản bình xét', reason: 'Thiếu chữ ký của Hiệu trưởng' }] })).status).toBe(200);
    expect((await officer.request('POST', `/api/v1/proposals/${kept}/complete`)).status).toBe(200);
    await eventually(async () => ((await state(kept)).status === 'IN_COUNCIL_REVIEW' && (await state(returned)).status === 'RETURNED' ? true : undefined), 'moved');

    // The unit head: the papers to add, by their deadline in working days.
    const unitTasks = await tasksOf('truong.mamnon');
    expect(unitTasks.rows).toEqual([
      { text: expect.stringMatching(/^Bổ sung hồ sơ theo yêu cầu: Hoàng Thị Mai \(Lao động tiên tiến\) hạn \d{2}\/\d{2}\/\d{4} \(còn \d+ ngày làm việc\)$/), href: `/ho-so/${returned}#thao-tac` },
    ]);
    // A council member: the vote; once cast, it leaves the list.
    const vote = { text: expect.stringContaining('Biểu quyết: Trường Mầm non Ngô Quyền'), href: `/ho-so/${kept}#thao-tac` };
    expect((await tasksOf('hoidong.mttq')).rows).toEqual([vote]);
    expect((await tasksOf('canbo.vp')).rows).toEqual([vote]);
    expect((await members[1]!.request('POST', `/api/v1/proposals/${kept}/votes`, { choice: 'AGREE' })).status).toBe(200);
    expect((await tasksOf('hoidong.mttq')).rows).toEqual([]);

    // The rest vote (the member's vote stays as cast) and the chairman closes the session.
    await councilAgrees({ ...council, members: [members[0]!, members[2]!, members[3]!] }, kept);
    await waitForStatus(officer, kept, 'AWAITING_DECISION');
    // The chairman: the decision, with its deadline.
    const decide = (await tasksOf('chutich')).rows.find((r) => r.href === `/ho-so/${kept}#thao-tac`);
    expect(decide?.text).toMatch(/^Quyết định khen thưởng: Trường Mầm non Ngô Quyền \(Tập thể lao động tiên tiến\) hạn \d{2}\/\d{2}\/\d{4} \((còn \d+ ngày làm việc|hạn cuối hôm nay)\)$/);
  });

  it('the administrator: the days off of a year still only estimated, linking to the calendar form; gone once the ward records that year', async () => {
    const today = vietnamDateOf(new Date());
    // From October the next year is due, and any year the built-in data only estimates (docs/calendar.md).
    const years = calendarYearsToRecord(today, []).map((y) => y.year);
    expect(years.length).toBeGreaterThan(0);
    const rows = (await tasksOf('quantri')).rows;
    expect(rows).toEqual(
      years.map((year) => ({
        text: expect.stringMatching(new RegExp(`^Cập nhật lịch nghỉ theo thông báo chính thức: Lịch nghỉ năm ${year} \\(chưa có thông báo, các thời hạn đang tính theo lịch ước tính\\) hạn 31/12/${year - 1} \\((còn \\d+ ngày làm việc|hạn cuối hôm nay|quá hạn)\\)$`)),
        href: `/quan-tri/lich-nghi?nam=${year}#bo-sung-lich`,
      })),
    );
    // The link opens the year's page at the form that records a day.
    const admin = await WebClient.login(stack.baseUrl, `${ward.prefix}quantri`);
    const page = await admin.get(rows[0]!.href!.replace(/#.*$/, ''));
    expect(page.html).toMatch(/<h2 id="bo-sung-lich">[^<]*<\/h2>\s*<form class="stack card" method="post" action="\/quan-tri\/lich-nghi"/);

    // The announcement's swapped day, recorded through that form, settles the year.
    const year = years[years.length - 1]!;
    let day = `${year}-06-01`;
    while (isWeekend(day)) day = addDays(day, 1);
    const recorded = await admin.submit(`/quan-tri/lich-nghi?nam=${year}`, '/quan-tri/lich-nghi', { date: day, status: 'S', occasion: 'Nghỉ hoán đổi theo thông báo', source: 'Thông báo số 9/TB-BNV' });
    expect(recorded.status).toBe(303);
    expect((await tasksOf('quantri')).rows.map((r) => r.href)).toEqual(years.filter((y) => y !== year).map((y) => `/quan-tri/lich-nghi?nam=${y}#bo-sung-lich`));
    // Other roles never see it.
    expect((await tasksOf('canbo.vp')).text).not.toContain('Cập nhật lịch nghỉ');
  });

  it('a round: unit heads see where and by when to nominate, and follow it on its page; the officer sees an overdue close first', async () => {
    const officer = await as('canbo.vp');
    const opened = await officer.request('POST', '/api/v1/rounds', {
      clientKey: `tasks-round-${ward.prefix}`,
      name: 'Khen thưởng chuyên đề phòng, chống thiên tai',
      kind: 'CAMPAIGN',
      year: 2026,
      nominationDeadline: '2026-12-30',
    });
    expect(opened.status).toBe(201);
    const roundId = opened.body.round.id as string;
    const nominate = { text: 'Gửi hồ sơ đề nghị: Đợt "Khen thưởng chuyên đề phòng, chống thiên tai" hạn 30/12/2026', href: '/don-vi/de-nghi-moi' };
    await eventually(async () => ((await tasksOf('tram.yte')).rows.some((r) => r.text.startsWith(nominate.text)) ? true : undefined), 'round task');
    expect((await tasksOf('tram.yte')).rows).toEqual([{ text: expect.stringMatching(/^Gửi hồ sơ đề nghị: Đợt "Khen thưởng chuyên đề phòng, chống thiên tai" hạn 30\/12\/2026 \(còn \d+ ngày làm việc\)$/), href: nominate.href }]);

    // The unit head follows the round on its page: the deadline, the way to nominate, and only the unit's own dossiers.
    const station = await as('tram.yte');
    const stationDossier = await station.request('POST', '/api/v1/proposals', {
      clientKey: `round-station-${ward.prefix}`,
      roundId,
      title: 'TAP_THE_LAO_DONG_TIEN_TIEN',
      facts: { planCompleted: true, memberCount: 12, ldttMemberCount: 9 },
      year: 2026,
      nomineeName: 'Trạm Y tế phường Ngô Quyền',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
    });
    expect(stationDossier.status).toBe(201);
    const school = await WebClient.login(stack.baseUrl, `${ward.prefix}truong.mamnon`);
    const roundPage = await school.get(`/dot/${roundId}`);
    expect(roundPage.status).toBe(200);
    expect(textOf(roundPage.html)).toContain('Hạn nhận hồ sơ: 30/12/2026.');
    expect(roundPage.html).toContain('href="/don-vi/de-nghi-moi"');
    expect(roundPage.html).not.toContain(stationDossier.body.id);
    expect((await WebClient.login(stack.baseUrl, `${ward.prefix}tram.yte`).then((w) => w.get(`/dot/${roundId}`))).html).toContain(stationDossier.body.id);
    // Having nominated, the station has nothing left to do for it; the school still has.
    expect((await tasksOf('tram.yte')).rows).toEqual([]);
    expect((await tasksOf('truong.mamnon')).rows.some((r) => r.text.startsWith('Gửi hồ sơ đề nghị: Đợt "Khen thưởng chuyên đề'))).toBe(true);

    // Its deadline passed: for the officer, closing it comes before anything without a deadline.
    await stack.dataSource.query(`UPDATE round SET nomination_deadline = current_date - 3 WHERE id = $1`, [roundId]);
    const first = (await tasksOf('canbo.vp')).rows[0];
    expect(first).toEqual({ text: expect.stringMatching(/^Kết thúc nhận hồ sơ: Đợt "Khen thưởng chuyên đề phòng, chống thiên tai" hạn \d{2}\/\d{2}\/\d{4} \(quá hạn\)$/), href: `/dot/${roundId}#thao-tac-dot` });
    expect((await tasksOf('canbo.vp')).text).toContain('trong đó 1 việc quá hạn');
  });
});
