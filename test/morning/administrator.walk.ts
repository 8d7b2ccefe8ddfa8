import { vietnamDateOf } from '@khenthuong/domain';
import { MorningWalk, type MorningStack } from './page-checks';

/**
 * The ward's administrator on a December morning: next year's days off are not announced in the
 * built-in data and the ward has recorded none, so the task list asks for them, due before the year
 * begins, and opens the calendar of that year at the form that records a day; then the users and the
 * rule parameters.
 */
export async function walkAdministratorMorning(stack: MorningStack): Promise<void> {
  const walk = await MorningWalk.signIn(stack, 'administrator', 'quantri');
  const today = vietnamDateOf(new Date());
  // From October the coming year is due; before, the current one while it is only estimated.
  const year = Number(today.slice(0, 4)) + (Number(today.slice(5, 7)) >= 10 ? 1 : 0);

  const tasks = await walk.tasks();
  const calendar = tasks.find((t) => t.href === `/quan-tri/lich-nghi?nam=${year}#bo-sung-lich`);
  expect(calendar?.text).toMatch(new RegExp(`^Cập nhật lịch nghỉ theo thông báo chính thức: Lịch nghỉ năm ${year} \\(.*\\) hạn 31/12/${year - 1} \\(`));
  expect(await walk.followTask('02-lich-nghi', calendar!)).toContain('Thêm vào lịch');
  expect(await walk.page.getByRole('heading', { level: 1 }).textContent()).toBe(`Lịch nghỉ năm ${year}`);
  // The estimate the deadlines run on until then is on the page, with its days as the documents write them.
  expect(await walk.page.getByText('(ước tính, chưa có thông báo chính thức)').count()).toBe(1);

  await walk.visit('03-nguoi-dung', '/quan-tri/nguoi-dung');
  // The parameters the deadlines are counted with, beside the calendar.
  await walk.visit('04-tham-so', '/quan-tri/tham-so');
  expect(await walk.page.getByRole('button', { name: 'Lưu tham số' }).isEnabled()).toBe(true);
  // Ratios with the decimal comma, money grouped by dots, as Vietnamese writes them.
  const row = (label: string) => walk.page.locator('tr', { has: walk.page.getByText(label, { exact: true }) }).locator('td[data-label="Mặc định"]').textContent();
  expect(await row('Tập thể LĐTT: tỷ lệ thành viên đạt LĐTT phải vượt quá')).toBe('0,5');
  expect(await row('Làm tròn tiền thưởng lên bội số (đồng)')).toBe('10.000 đồng');
  await walk.finish();
}
