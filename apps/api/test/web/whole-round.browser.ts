import { createHash } from 'node:crypto';
/// <reference lib="dom" />  // page.evaluate callbacks run in the browser
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { pdfFlatText } from '../../../../libs/documents/test/pdf-inspect';
import { reloadUntil, screenshotsDir, signInAs, unlabelledControls } from '../../../../test/support/browser';
import { attachRequiredPapers } from '../../../../test/support/dossier-papers';
import { ApiClient, type ApiStack, eventually, type IsolatedWard, useStack } from '../../../../test/support/stack';

const SCREENSHOTS = screenshotsDir();

/**
 * A whole round (đợt) through the pages in Debian's Chromium: the officer opens it, two unit heads
 * nominate into it, the officer completes both and opens the council session, four members and the
 * chair vote on the list (one with an exception), the chair closes, the posting ends (2 s in tests),
 * the chairman decides and one decision per title is issued.
 */
describe('browser: a whole round from opening to one decision per title', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  let browser: Browser;
  const problems: string[] = [];

  useStack({ config: { POSTING_PERIOD_SECONDS: '2' } }, async (started) => {
    ({ stack, ward } = started);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Every visible control is labelled, and at 375 px the page never scrolls sideways. */
  async function check(page: Page, name: string): Promise<void> {
    problems.push(...(await unlabelledControls(page)).map((html) => `${page.url()}: unlabelled ${html}`));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`${page.url()}: ${overflow}px sideways scroll at width ${page.viewportSize()?.width}`);
    // With a select still focused, Chromium spends the first click after a full-page capture on
    // taking that focus away, and a phone-width form's submit button then seems dead.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: join(SCREENSHOTS, `dot-${name}.png`), fullPage: true });
  }

  const signIn = (user: string, width = 1280): Promise<Page> => signInAs(browser, stack.baseUrl, ward.prefix + user, problems, { width });

  const statusOf = async (id: string) => (await stack.dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [id]))[0]?.status as string;

  it('opens, nominates, completes, votes, posts and decides through the pages', async () => {
    // The officer opens a round closing today.
    const officer = await signIn('canbo.vp');
    await officer.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Đợt khen thưởng' }).click();
    await officer.getByLabel('Tên đợt').fill('Đợt xét khen thưởng tổng kết năm 2026');
    await officer.getByLabel('Loại đợt').selectOption('YEAR_END');
    await check(officer, '01-danh-sach-va-mo-dot');
    await officer.getByRole('button', { name: 'Mở đợt' }).click();
    await officer.waitForURL(/\/dot\/[0-9a-f-]{36}\?done=CREATE$/);
    const roundUrl = officer.url().replace(/\?.*$/, '');
    expect(await officer.getByRole('status').textContent()).toBe('Đã mở đợt khen thưởng; các đơn vị có thể gửi hồ sơ đề nghị.');
    await reloadUntil(officer, 'button', 'Kết thúc nhận hồ sơ');
    await check(officer, '02-trang-dot-dang-nhan');

    // Two unit heads nominate into it, each with the facts their title needs.
    const school = await signIn('truong.mamnon');
    await school.goto(`${stack.baseUrl}/don-vi/de-nghi-moi`);
    await school.getByLabel('Danh hiệu, hình thức khen thưởng').selectOption('TAP_THE_LAO_DONG_TIEN_TIEN');
    // The open round is preselected, its deadline beside it.
    expect(await school.getByLabel('Đợt khen thưởng').inputValue()).toBe(roundUrl.split('/').pop());
    expect(await school.locator('#roundId-han').textContent()).toMatch(/^Hạn nộp hồ sơ của đợt: \d{2}\/\d{2}\/\d{4}$/);
    // Only the title's own fields show: a collective title hides the person and the individual facts.
    expect(await school.getByLabel('Số tháng công tác trong năm (cá nhân)').isVisible()).toBe(false);
    expect(await school.getByLabel('Cá nhân được đề nghị').isVisible()).toBe(false);
    await school.getByLabel('Tóm tắt thành tích').fill('Hoàn thành xuất sắc nhiệm vụ năm học 2025 - 2026, 100% trẻ đạt chuẩn');
    await school.getByLabel('Tập thể hoàn thành nhiệm vụ, kế hoạch năm').check();
    await school.getByLabel('Số thành viên của tập thể').fill('24');
    await school.getByLabel('Số cá nhân đạt "Lao động tiên tiến"').fill('18');
    await check(school, '03-de-nghi-theo-dot');
    await school.getByRole('button', { name: 'Nộp hồ sơ đề nghị' }).click();
    await school.waitForURL(/\/ho-so\/[0-9a-f-]{36}\?done=SUBMIT$/);
    const schoolId = /\/ho-so\/([0-9a-f-]{36})/.exec(school.url())![1];

    const primary = await signIn('truong.tieuhoc', 375);
    await primary.goto(`${stack.baseUrl}/don-vi/de-nghi-moi`);
    await primary.getByLabel('Danh hiệu, hình thức khen thưởng').selectOption('LAO_DONG_TIEN_TIEN');
    await primary.getByLabel('Đợt khen thưởng').selectOption(roundUrl.split('/').pop()!);
    expect(await primary.getByLabel('Số thành viên của tập thể').isVisible()).toBe(false);
    await primary.getByLabel('Cá nhân được đề nghị').selectOption(ward.personIds['Nguyễn Thị Thanh Hương']);
    await primary.getByLabel('Tóm tắt thành tích').fill('Hoàn thành tốt nhiệm vụ giảng dạy năm học 2025 - 2026');
    await primary.getByLabel('Số tháng công tác trong năm (cá nhân)').fill('12');
    await primary.getByLabel('Kết quả đánh giá, xếp loại năm (cá nhân)').selectOption('HTTNV');
    await check(primary, '04-dien-thoai-de-nghi-theo-dot');
    await primary.getByRole('button', { name: 'Nộp hồ sơ đề nghị' }).click();
    await primary.waitForURL(/\/ho-so\/[0-9a-f-]{36}\?done=SUBMIT$/);
    const teacherId = /\/ho-so\/([0-9a-f-]{36})/.exec(primary.url())![1];
    const rows = await stack.dataSource.query(`SELECT count(*)::int AS n FROM proposal WHERE round_id = $1`, [roundUrl.split('/').pop()]);
    expect(rows[0].n).toBe(2);

    // Each unit attaches the papers its title requires; the officer completes both dossiers, closes nominations and opens the council session.
    await attachRequiredPapers(await ApiClient.login(stack.baseUrl, `${ward.prefix}truong.mamnon`), schoolId, 'TAP_THE_LAO_DONG_TIEN_TIEN');
    await attachRequiredPapers(await ApiClient.login(stack.baseUrl, `${ward.prefix}truong.tieuhoc`), teacherId, 'LAO_DONG_TIEN_TIEN');
    for (const id of [schoolId, teacherId]) {
      await officer.goto(`${stack.baseUrl}/ho-so/${id}`);
      await reloadUntil(officer, 'button', 'Xác nhận hồ sơ đầy đủ');
      await officer.getByRole('button', { name: 'Xác nhận hồ sơ đầy đủ' }).click();
      await eventually(async () => ((await statusOf(id)) === 'AWAITING_COUNCIL' ? true : undefined), `${id} awaiting the council`);
    }
    await officer.goto(roundUrl);
    await officer.getByRole('button', { name: 'Kết thúc nhận hồ sơ' }).click();
    expect(await officer.getByRole('status').textContent()).toBe('Đã kết thúc nhận hồ sơ của đợt.');
    await reloadUntil(officer, 'button', 'Mở phiên họp Hội đồng');
    await officer.getByRole('button', { name: 'Mở phiên họp Hội đồng' }).click();
    expect(await officer.getByRole('status').textContent()).toBe('Đã đưa các hồ sơ đầy đủ ra phiên họp Hội đồng.');
    await check(officer, '05-trang-dot-phien-hop');

    // Four members and the chair vote on the whole list; one agrees with all except the teacher.
    for (const [member, width] of [['hoidong.mttq', 1280], ['hoidong.congan', 1280], ['hoidong.vhxh', 375], ['canbo.vp', 1280], ['chutich', 1280]] as const) {
      const page = member === 'canbo.vp' ? officer : await signIn(member, width);
      if (member === 'hoidong.mttq') {
        // The inbox sends a round's dossiers to the round's ballot, not to a vote form they do not have.
        await page.goto(`${stack.baseUrl}/hoi-dong`);
        await page.getByRole('link', { name: 'Biểu quyết cùng danh sách của đợt.' }).first().click();
        await page.waitForURL(/\/dot\/[0-9a-f-]{36}\/phieu$/);
      }
      await page.goto(roundUrl);
      await reloadUntil(page, 'link', 'Biểu quyết danh sách của đợt');
      await page.getByRole('link', { name: 'Biểu quyết danh sách của đợt' }).click();
      await page.getByLabel('Đồng ý tất cả, trừ các trường hợp ghi dưới đây', { exact: true }).check();
      if (member === 'hoidong.vhxh') {
        await page.getByLabel('Biểu quyết cho Nguyễn Thị Thanh Hương').selectOption('DISAGREE');
        await page.getByLabel('Ý kiến về Nguyễn Thị Thanh Hương').fill('Đề nghị xem lại kết quả xếp loại');
        await check(page, '06-dien-thoai-phieu-dong-y-tat-ca-tru');
      }
      await page.getByRole('button', { name: 'Gửi phiếu cho cả danh sách' }).click();
      expect(await page.getByRole('status').textContent()).toBe('Đã ghi nhận phiếu biểu quyết của bạn cho cả danh sách.');
      if (member === 'hoidong.mttq') {
        // Each dossier's move into the session reaches the read model on its own: reload until both show it.
        await eventually(async () => {
          await page.goto(`${stack.baseUrl}/hoi-dong`);
          return (await page.getByText('Đã gửi phiếu biểu quyết danh sách của đợt.').count()) === 2 ? true : undefined;
        }, 'both round dossiers read as voted in the inbox');
        expect(await page.getByText('Bạn chưa biểu quyết.').count()).toBe(0);
      }
      if (member === 'chutich') {
        await check(page, '07-trang-dot-du-phieu');
        await page.getByRole('button', { name: 'Kết thúc phiên họp của đợt' }).click();
        expect(await page.getByRole('status').textContent()).toBe('Đã kết thúc phiên họp và kiểm phiếu.');
      }
      if (page !== officer) await page.context().close();
    }
    // The exception is the member's only recorded choice besides the default (open ballot).
    const [ballot] = await stack.dataSource.query(
      `SELECT b.default_choice, b.exceptions FROM round_ballot b JOIN app_user u ON u.id = b.member_user_id WHERE u.username = $1`,
      [`${ward.prefix}hoidong.vhxh`],
    );
    expect(ballot.default_choice).toBe('AGREE');
    expect(ballot.exceptions).toEqual([{ proposalId: teacherId, choice: 'DISAGREE', comment: 'Đề nghị xem lại kết quả xếp loại' }]);

    // Posting ends by itself (2 s); the chairman approves the list.
    const chairman = await signIn('chutich');
    await chairman.goto(roundUrl);
    await reloadUntil(chairman, 'link', 'Xem danh sách và quyết định');
    // The signing queue sends a round's dossiers to the round's page, where the list is decided.
    await chairman.goto(`${stack.baseUrl}/ky-duyet`);
    await chairman.getByRole('link', { name: 'Quyết định cùng danh sách của đợt.' }).first().click();
    await chairman.waitForURL((url) => url.pathname === new URL(roundUrl).pathname && url.hash === '#thao-tac-dot');
    await chairman.getByRole('link', { name: 'Xem danh sách và quyết định' }).click();
    await eventually(async () => {
      await chairman.reload();
      return (await chairman.getByRole('checkbox').count()) === 2 ? true : undefined;
    }, 'both nominees listed for decision');
    await check(chairman, '08-quyet-dinh-cua-dot');
    await chairman.getByLabel('Ký quyết định khen thưởng theo danh sách (trừ các trường hợp gạch tên)').check();
    await chairman.getByRole('button', { name: 'Ghi nhận quyết định của đợt' }).click();
    expect(await chairman.getByRole('status').textContent()).toBe('Đã ghi nhận quyết định của Chủ tịch cho danh sách của đợt.');

    // One decision per title, each listing its awardee; both proposals end with their number.
    const decisions = await eventually(async () => {
      await chairman.reload();
      const items = await chairman.locator('#danh-sach-quyet-dinh li').allTextContents();
      return items.length === 2 ? items : undefined;
    }, 'two decisions on the round page');
    expect(decisions.map((d) => d.replace(/ ngày [0-9/]+/, ''))).toEqual([
      'Quyết định số 01/QĐ-UBND: Lao động tiên tiến, 1 trường hợp',
      'Quyết định số 02/QĐ-UBND: Tập thể lao động tiên tiến, 1 trường hợp',
    ]);
    await check(chairman, '09-trang-dot-da-ban-hanh');
    for (const id of [schoolId, teacherId]) {
      await eventually(async () => (['DOCUMENTS_ISSUED', 'CLOSED'].includes(await statusOf(id)) ? true : undefined), `${id} issued`);
    }
    // Each awardee's "Xem quyết định (PDF)" is the round's decision for its title, with the annex listing it.
    for (const [id, numberText, awardee] of [
      [teacherId, '01/QĐ-UBND', 'Lao động tiên tiến'],
      [schoolId, '02/QĐ-UBND', 'Tập thể lao động tiên tiến'],
    ] as const) {
      const pdf = await chairman.request.get(`${stack.baseUrl}/ho-so/${id}/quyet-dinh.pdf`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-disposition']).toContain(`quyet-dinh-${numberText.replace('/QĐ-', '-qd-').toLowerCase()}.pdf`);
      const text = await pdfFlatText(await pdf.body());
      expect(text).toContain('QUYẾT ĐỊNH');
      expect(text).toContain(`Số: ${numberText}`);
      expect(text).toContain(awardee);
      expect(text).toContain('(có danh sách kèm theo)');
    }

    // Every paper of the round is listed on its page and downloads as archived; a unit sees what it is given.
    const roundId = new URL(roundUrl).pathname.split('/').pop()!;
    const archived: { id: string; kind: string; sha256: string }[] = await stack.dataSource.query(
      `SELECT id, kind, sha256 FROM archived_document
        WHERE subject_key = $1 OR decision_id IN (SELECT decision_id FROM proposal WHERE round_id = $1::uuid AND decision_id IS NOT NULL)`,
      [roundId],
    );
    const roundKinds = archived.filter((d) => d.kind !== 'CERTIFICATE' && d.kind !== 'HISTORY').map((d) => d.kind).sort();
    expect(roundKinds).toEqual(expect.arrayContaining(['DECISION', 'DECISION', 'MINUTES', 'POSTING_NOTICE', 'SUBMISSION']));
    const papersOf = async (page: Page) => {
      await page.goto(roundUrl);
      return page.locator('#danh-sach-van-ban a').evaluateAll((links) => links.map((a) => ({ name: a.textContent ?? '', href: a.getAttribute('href') ?? '' })));
    };
    const staffPapers = await papersOf(chairman);
    expect(staffPapers.map((p) => p.href.split('/').pop()).sort()).toEqual(archived.filter((d) => roundKinds.includes(d.kind) && d.kind !== 'CERTIFICATE' && d.kind !== 'HISTORY').map((d) => d.id).sort());
    expect(staffPapers.map((p) => p.name)).toEqual(expect.arrayContaining(['Quyết định khen thưởng số 01/QĐ-UBND', 'Quyết định khen thưởng số 02/QĐ-UBND']));
    expect(staffPapers.some((p) => p.name.startsWith('Biên bản họp Hội đồng'))).toBe(true);
    for (const paper of staffPapers) {
      const res = await chairman.request.get(stack.baseUrl + paper.href);
      expect(res.status()).toBe(200);
      const sha256 = createHash('sha256').update(await res.body()).digest('hex');
      expect(archived.find((d) => d.id === paper.href.split('/').pop())?.sha256).toBe(sha256);
    }
    const unitHead = await signIn('truong.mamnon');
    const unitPapers = await papersOf(unitHead);
    const unitKinds = unitPapers.map((p) => archived.find((d) => d.id === p.href.split('/').pop())!.kind);
    expect(unitKinds).toContain('DECISION');
    expect(unitKinds).toContain('POSTING_NOTICE');
    expect(unitKinds).not.toContain('MINUTES');
    expect(unitKinds).not.toContain('SUBMISSION');
    const minutes = archived.find((d) => d.kind === 'MINUTES')!;
    expect((await unitHead.request.get(`${stack.baseUrl}/dot/${roundId}/van-ban/${minutes.id}`)).status()).toBe(404);
    await unitHead.context().close();

    // The new pages at phone width.
    for (const [user, path, name] of [
      ['canbo.vp', '/dot', '10-dien-thoai-danh-sach-dot'],
      ['canbo.vp', new URL(roundUrl).pathname, '11-dien-thoai-trang-dot'],
      ['canbo.vp', '/thong-bao', '12-dien-thoai-thong-bao'],
    ] as const) {
      const page = await signIn(user, 375);
      await page.goto(stack.baseUrl + path);
      await check(page, name);
      await page.context().close();
    }
    const publicPage = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
    await publicPage.goto(`${stack.baseUrl}/cong-khai?body=${encodeURIComponent(`test-${ward.prefix}`)}`);
    await check(publicPage, '13-dien-thoai-cong-khai');
    expect(problems).toEqual([]);
    // A whole round through a real browser: minutes on a loaded 2-core machine.
  }, 300_000);
});
