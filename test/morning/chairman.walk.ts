import { MorningWalk, type MorningStack } from './page-checks';

/**
 * The chairman: the decision due on the dossier awaiting him comes before his vote as chair of the
 * council, each opening on its form; the signing queue; the notices; an awardee of last year's round
 * with the decision issued for it.
 */
export async function walkChairmanMorning(stack: MorningStack): Promise<void> {
  const walk = await MorningWalk.signIn(stack, 'chairman', 'chutich');
  const { proposalIds } = stack.scenario;

  expect(await walk.unreadCount()).toBeGreaterThan(0);
  const tasks = await walk.tasks();
  const decide = tasks.findIndex((t) => t.href === `/ho-so/${proposalIds['own-yt-dot-xuat']}#thao-tac`);
  const vote = tasks.findIndex((t) => t.href === `/ho-so/${proposalIds['own-tdp1-dot-xuat']}#thao-tac`);
  expect(tasks[decide]?.text).toMatch(/^Quyết định khen thưởng: Vũ Đức Thắng \(.*\) hạn \d{2}\/\d{1,2}\/\d{4} \(/);
  expect(tasks[vote]?.text).toMatch(/^Biểu quyết: Ngô Văn Bình \(/);
  // A task with a deadline comes before one without.
  expect(decide).toBeLessThan(vote);
  expect(await walk.followTask('02-quyet-dinh', tasks[decide]!)).toContain('Ghi nhận quyết định');
  // The chairman signs in his own name; only a vice-chairman is told of signing on his behalf.
  expect(await walk.page.locator('#ky-thay').count()).toBe(0);
  expect(await walk.followTask('03-bieu-quyet', tasks[vote]!)).toContain('Gửi phiếu');

  await walk.visit('04-ho-so-cho-ky', '/ky-duyet');
  expect((await walk.notices('05-thong-bao')).length).toBeGreaterThan(0);
  await walk.visit('06-ho-so-da-khen-thuong', `/ho-so/${proposalIds['r-prev-th-ldtt']}`);
  expect(await walk.page.getByRole('link', { name: 'Xem quyết định (PDF)' }).count()).toBe(1);
  const papers = (await walk.papersIn('#danh-sach-van-ban')).map((p) => p.name);
  expect(papers).toEqual(expect.arrayContaining([expect.stringMatching(/^Quyết định khen thưởng số \d{2}\/QĐ-UBND$/)]));
  await walk.finish();
}
