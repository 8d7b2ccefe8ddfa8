/// <reference lib="dom" />  // page.evaluate callbacks run in the browser
import { join } from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { addDays, vietnamDateOf } from '@khenthuong/domain';
import { loadDemoData } from '@khenthuong/persistence';
import { pdfFlatText, pdfText } from '../../../../libs/documents/test/pdf-inspect';
import { reloadUntil, screenshotsDir, signInAs, unlabelledControls } from '../../../../test/support/browser';
import { type ApiStack, type IsolatedWard, useStack } from '../../../../test/support/stack';
import { EVIDENCE, GOOD_RATINGS, PlanClient, ratingsWorkbook, XLSX_TYPE } from './plan-test.helpers';

const SCREENSHOTS = screenshotsDir();

const GOOD = GOOD_RATINGS;

/**
 * The emulation year through the pages in Debian's Chromium: the officer makes a plan with the seed's
 * 17 targets and issues it → a unit head registers → two quarterly reports with evidence → the charts →
 * ratings from Excel (a bad file first) → candidates → proposals into an open round → the summary
 * report and the registration list as PDFs.
 */
describe('browser: the emulation plan from plan to proposals in a round', () => {
  let stack: ApiStack;
  let ward: IsolatedWard;
  let browser: Browser;
  const problems: string[] = [];
  const today = vietnamDateOf(new Date());
  // Last year: every quarter has started, so both quarters can be reported whatever today is.
  const year = Number(today.slice(0, 4)) - 1;

  useStack({}, async (started) => {
    ({ stack, ward } = started);
    await loadDemoData(stack.dataSource, { bodyCode: `test-${ward.prefix}`, usernamePrefix: ward.prefix });
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function shot(page: Page, name: string): Promise<void> {
    problems.push(...(await unlabelledControls(page)).map((html) => `${page.url()}: unlabelled ${html}`));
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  // Refused forms answer 400/422 on purpose; Chromium's own /favicon.ico probe may 404.
  const expectedError = (m: ConsoleMessage) => /status of (400|422) /.test(m.text()) || m.location().url.endsWith('/favicon.ico');
  const signIn = (user: string, width = 1280): Promise<Page> => signInAs(browser, stack.baseUrl, ward.prefix + user, problems, { width, expectedError });
  /** The worker's paper shows up as a link one workflow later. */
  const reloadUntilLink = (page: Page, name: string) => reloadUntil(page, 'link', name);

  async function pdfAt(page: Page, href: string): Promise<Buffer> {
    const res = await page.request.get(stack.baseUrl + href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    return Buffer.from(await res.body());
  }

  it('runs the year through the pages', async () => {
    // 1. The officer makes the plan, its targets taken from the seed's 2024 plan, and issues it.
    const officer = await signIn('canbo.vp');
    await officer.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Kế hoạch thi đua' }).click();
    await officer.getByLabel('Năm kế hoạch', { exact: true }).fill(String(year));
    await officer.getByLabel('Tên kế hoạch').fill(`Phát động các phong trào thi đua năm ${year}`);
    await officer.getByLabel('Phương châm').fill('Rõ việc, quyết liệt, linh hoạt, về đích');
    await officer.getByLabel('Hạn đăng ký thi đua').fill(addDays(today, 30));
    expect(await officer.getByLabel('Lấy các chỉ tiêu từ kế hoạch').locator('option:checked').textContent()).toBe('Phát động các phong trào thi đua năm 2024 (2024)');
    await shot(officer, 'plan-01-lap-ke-hoach');
    await officer.getByRole('button', { name: 'Lập kế hoạch' }).click();
    await officer.waitForURL(/\/ke-hoach\/[0-9a-f-]{36}\?done=CREATED$/);
    const planPath = new URL(officer.url()).pathname;
    expect(await officer.getByRole('status').textContent()).toBe('Đã lập kế hoạch thi đua.');
    expect(await officer.locator('table').first().locator('tbody tr').count()).toBe(17);
    await officer.getByRole('button', { name: 'Ban hành kế hoạch (cấp số, in PDF)' }).click();
    await reloadUntilLink(officer, 'Tải văn bản kế hoạch (PDF)');
    expect(await officer.locator('#so-ke-hoach').textContent()).toBe('01/KH-UBND');
    const planPdf = await pdfAt(officer, `${planPath}/ke-hoach.pdf`);
    const planLines = (await pdfText(planPdf)).split('\n').map((l) => l.trim());
    for (const line of ['KẾ HOẠCH', 'Số: 01/KH-UBND', `Phát động các phong trào thi đua năm ${year}`]) expect(planLines).toContain(line);
    expect(await pdfFlatText(planPdf)).toContain('Giải quyết việc làm mới ≥ 172 lao động Bộ phận Văn hóa - Xã hội Hằng quý');
    await shot(officer, 'plan-02-ke-hoach-da-ban-hanh');

    // 2. The health station's head registers the station.
    const station = await signIn('tram.yte');
    await station.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Kế hoạch thi đua' }).click();
    await station.getByRole('link', { name: `Phát động các phong trào thi đua năm ${year}` }).click();
    await station.getByRole('link', { name: 'Đăng ký thi đua của đơn vị' }).click();
    await station.getByLabel('Tập thể lao động tiên tiến (tập thể)').check();
    await station.getByLabel('Chỉ tiêu đơn vị đăng ký').fill('Tỷ lệ tiêm chủng mở rộng: 98%');
    await shot(station, 'plan-03-dang-ky-thi-dua');
    await station.getByRole('button', { name: 'Gửi đăng ký thi đua' }).click();
    expect(await station.getByRole('status').textContent()).toBe('Đã ghi nhận đăng ký thi đua.');
    expect(await station.locator('#ty-le-dang-ky').textContent()).toBe('Đã đăng ký: 1/1 đơn vị.');

    // The officer sees who has not registered and reminds them.
    await officer.goto(stack.baseUrl + planPath);
    expect(await officer.locator('#ty-le-dang-ky').textContent()).toBe('Đã đăng ký: 1/16 đơn vị.');
    expect(await officer.locator('#chua-dang-ky li').allTextContents()).not.toContain('Trạm Y tế phường Ngô Quyền');
    await officer.getByRole('button', { name: 'Nhắc đơn vị chưa đăng ký' }).click();
    expect(await officer.getByRole('status').textContent()).toBe('Đã gửi nhắc nhở tới các đơn vị chưa đăng ký thi đua.');
    expect(await officer.locator('#nhac-nho li').count()).toBe(15);

    // 3. Two quarterly reports of the BHYT target with their evidence; a report without a file is refused beside the form.
    await station.goto(stack.baseUrl + planPath);
    await station.getByRole('link', { name: 'Báo cáo số liệu: Tỷ lệ tham gia BHYT toàn dân' }).click();
    await station.getByLabel('Kỳ báo cáo').selectOption(`${year}-Q1`);
    await station.getByLabel(/^Giá trị thực hiện/).fill('99');
    await station.getByRole('button', { name: 'Gửi báo cáo' }).click();
    expect(await station.locator('#evidence-loi').textContent()).toBe('Vui lòng đính kèm tệp.');
    const png = EVIDENCE.png();
    await station.getByLabel(/^Tệp minh chứng/).setInputFiles({ name: png.name, mimeType: png.type, buffer: png.bytes });
    await station.getByRole('button', { name: 'Gửi báo cáo' }).click();
    expect(await station.getByRole('status').textContent()).toBe('Đã ghi nhận số liệu báo cáo.');
    const pdf = EVIDENCE.pdf('bhyt-q2');
    await station.getByLabel('Kỳ báo cáo').selectOption(`${year}-Q2`);
    await station.getByLabel(/^Giá trị thực hiện/).fill('99,2');
    await station.getByLabel('Ghi chú').fill('Số liệu của Bảo hiểm xã hội phường');
    await station.getByLabel(/^Tệp minh chứng/).setInputFiles({ name: pdf.name, mimeType: pdf.type, buffer: pdf.bytes });
    await station.getByRole('button', { name: 'Gửi báo cáo' }).click();
    expect(await station.locator('tbody tr td[data-label="Giá trị"]').allTextContents()).toEqual(['99', '99,2']);
    const evidence = await station.request.get(stack.baseUrl + (await station.getByRole('link', { name: pdf.name }).getAttribute('href'))!);
    expect(Buffer.from(await evidence.body()).equals(pdf.bytes)).toBe(true);
    await shot(station, 'plan-04-bao-cao-so-lieu');
    // The police's half-year security target, reported by the officer: met, so the police may become TTLĐTT.
    await officer.goto(stack.baseUrl + planPath);
    await officer.getByRole('link', { name: /^Báo cáo số liệu: Giữ vững ổn định an ninh/ }).click();
    await officer.getByLabel('Kỳ báo cáo').selectOption(`${year}-H1`);
    await officer.getByLabel(/^Giá trị thực hiện/).fill('100');
    await officer.getByLabel(/^Tệp minh chứng/).setInputFiles({ name: 'an-ninh.pdf', mimeType: 'application/pdf', buffer: EVIDENCE.pdf('an-ninh').bytes });
    await officer.getByRole('button', { name: 'Gửi báo cáo' }).click();
    expect(await officer.getByRole('status').textContent()).toBe('Đã ghi nhận số liệu báo cáo.');

    // 4. The dashboard: one chart per target with the reported bars, the overview of all 17, late reports, forecast.
    await officer.goto(`${stack.baseUrl}${planPath}/tien-do`);
    const bhytChart = officer.locator('figure#chi-tieu-11');
    expect(await bhytChart.getAttribute('data-points')).toBe('Q1: 99, Q2: 99,2');
    const bars = await bhytChart.locator('svg rect').evaluateAll((rects) => rects.map((r) => ({ fill: r.getAttribute('fill'), height: Number(r.getAttribute('height')) })));
    // Two reported bars and the hollow forecast bar (99,6 by the line through the origin).
    expect(bars.map((b) => b.fill)).toEqual(['#8c8c8c', '#8c8c8c', 'none']);
    expect(bars[1]!.height).toBeGreaterThan(bars[0]!.height);
    expect(await bhytChart.locator('svg text').allTextContents()).toEqual(expect.arrayContaining(['99', '99,2', 'Q1', 'Q2', 'Dự báo', '99,6']));
    expect(await officer.locator('figure.plan-chart svg').count()).toBe(18);
    expect(await officer.locator('#bieu-do-tong-quan svg rect').count()).toBe(17);
    expect(await officer.locator('#tom-tat').textContent()).toContain(`Có số liệu: 2/17 chỉ tiêu · Đạt: 1`);
    expect(await officer.locator('#danh-sach-cham li').count()).toBeGreaterThan(10);
    await shot(officer, 'plan-05-tien-do');

    // 5. Year-end: a bad ratings file is refused row by row, the good one imported.
    await officer.goto(`${stack.baseUrl}${planPath}/danh-gia`);
    const bad = await ratingsWorkbook([GOOD[0]!, ['Người Không Có', 'vp-tk', 'HTTNV', 12, 'Không', 'Không'], ['Vũ Đức Thắng', 'tram-y-te', 'Tốt', 13, 'Có', 'Không']]);
    await officer.getByLabel(/^Tệp Excel xếp loại/).setInputFiles({ name: 'xep-loai-loi.xlsx', mimeType: XLSX_TYPE, buffer: bad });
    await officer.getByRole('button', { name: 'Tải lên kết quả xếp loại' }).click();
    expect(await officer.getByRole('alert').locator('p').textContent()).toBe('Tệp có dòng không hợp lệ; chưa nhập dòng nào. Vui lòng sửa các dòng được liệt kê rồi tải lên lại.');
    expect(await officer.locator('#loi-tep-xep-loai tbody td[data-label="Dòng"]').allTextContents()).toEqual(['Dòng 3', 'Dòng 4']);
    await shot(officer, 'plan-06-tep-xep-loai-loi');
    await officer.getByLabel(/^Tệp Excel xếp loại/).setInputFiles({ name: 'xep-loai.xlsx', mimeType: XLSX_TYPE, buffer: await ratingsWorkbook(GOOD) });
    await officer.getByRole('button', { name: 'Tải lên kết quả xếp loại' }).click();
    expect(await officer.getByRole('status').textContent()).toBe('Đã nhập kết quả xếp loại.');
    expect(await officer.locator('#bang-xep-loai tbody tr').count()).toBe(13);
    expect(await officer.locator('#ung-vien-ldtt li').count()).toBe(10);
    expect(await officer.locator('#ung-vien-cstdcs li').allTextContents()).toEqual(['Hoàng Thị Mai']);
    expect(await officer.locator('#ung-vien-ttldtt li').allTextContents()).toEqual(['Công an phường Ngô Quyền']);

    // 6. Proposals into the open year-end round.
    const api = await PlanClient.as(stack.baseUrl, `${ward.prefix}canbo.vp`);
    const round = await api.request('POST', '/api/v1/rounds', { name: `Đợt xét khen thưởng tổng kết năm ${year}`, kind: 'YEAR_END', year, nominationDeadline: addDays(today, 20) });
    expect(round.status).toBe(201);
    const roundId = round.body.round.id as string;
    await officer.reload();
    await officer.getByLabel(/^Đưa vào đợt khen thưởng/).selectOption(roundId);
    await shot(officer, 'plan-07-danh-gia-cuoi-nam');
    await officer.getByRole('button', { name: 'Tạo hồ sơ đề nghị (12)' }).click();
    expect(await officer.getByRole('status').textContent()).toBe('Đã tạo 12 hồ sơ đề nghị mới (0 hồ sơ đã có từ trước).');
    expect(await officer.getByRole('link', { name: 'đã có hồ sơ đề nghị' }).count()).toBe(12);
    const inRound = await stack.dataSource.query(`SELECT count(*)::int AS n FROM proposal WHERE body_id = $1 AND round_id = $2 AND year = $3`, [ward.bodyId, roundId, year]);
    expect(inRound[0].n).toBe(12);

    // 7. The summary report (Số: 01/BC-UBND) and the registration list, from the plan page.
    await officer.goto(stack.baseUrl + planPath);
    await officer.getByRole('button', { name: 'Ban hành báo cáo tổng kết' }).click();
    await reloadUntilLink(officer, 'Tải báo cáo tổng kết (PDF)');
    expect(await officer.locator('#so-bao-cao').textContent()).toBe('01/BC-UBND');
    const summary = await pdfAt(officer, `${planPath}/bao-cao-tong-ket.pdf`);
    const summaryLines = (await pdfText(summary)).split('\n').map((l) => l.trim());
    for (const line of ['BÁO CÁO', 'Số: 01/BC-UBND', `Tổng kết phong trào thi đua năm ${year}`]) expect(summaryLines).toContain(line);
    const summaryText = await pdfFlatText(summary);
    expect(summaryText).toContain('Có 1/17 chỉ tiêu thi đua chủ yếu đạt và vượt kế hoạch.');
    expect(summaryText).toContain('Đề nghị công nhận danh hiệu "Lao động tiên tiến" cho 10 cá nhân.');
    await officer.getByRole('button', { name: 'In danh sách đăng ký (PDF)' }).click();
    await reloadUntilLink(officer, 'Tải danh sách đăng ký (PDF)');
    const list = await pdfFlatText(await pdfAt(officer, `${planPath}/danh-sach-dang-ky.pdf`));
    expect(list).toContain('DANH SÁCH ĐĂNG KÝ THI ĐUA');
    expect(list).toContain('Trạm Y tế phường Ngô Quyền');
    expect(list).toContain('Tỷ lệ tiêm chủng mở rộng: 98%');
    await shot(officer, 'plan-08-van-ban');
    expect(problems).toEqual([]);
  });

  it('fits a 375 px phone on the plan pages without sideways scrolling', async () => {
    const officer = await signIn('canbo.vp', 375);
    await officer.goto(`${stack.baseUrl}/ke-hoach`);
    const planHref = (await officer.getByRole('link', { name: `Phát động các phong trào thi đua năm ${year}` }).getAttribute('href'))!;
    for (const [path, name] of [
      ['/ke-hoach', 'plan-11-dien-thoai-danh-sach'],
      [planHref, 'plan-12-dien-thoai-ke-hoach'],
      [`${planHref}/tien-do`, 'plan-13-dien-thoai-tien-do'],
      [`${planHref}/danh-gia`, 'plan-14-dien-thoai-danh-gia'],
    ] as const) {
      await officer.goto(stack.baseUrl + path);
      const overflow = await officer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      await shot(officer, name);
    }
    expect(problems).toEqual([]);
  });
});
