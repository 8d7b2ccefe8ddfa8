import { MorningWalk, type MorningStack } from './page-checks';
import { dossier, dossierRows } from './walk-support';

/**
 * The vice-chairman, the council's vice-chair: the decision due on the dossier awaiting the chairman
 * (the vice-chairman signs it on the chairman's behalf, "KT. CHỦ TỊCH") before the vote; the signing
 * queue; the council's inbox with the ballot not cast yet; the notices.
 */
export async function walkViceChairmanMorning(stack: MorningStack): Promise<void> {
  const walk = await MorningWalk.signIn(stack, 'vice-chairman', 'phochutich');
  const awaiting = dossier(stack, 'own-yt-dot-xuat');
  const beforeCouncil = dossier(stack, 'own-tdp1-dot-xuat');

  expect(await walk.unreadCount()).toBeGreaterThan(0);
  const tasks = await walk.tasks();
  const decide = tasks.findIndex((t) => t.href === `/ho-so/${awaiting}#thao-tac`);
  const vote = tasks.findIndex((t) => t.href === `/ho-so/${beforeCouncil}#thao-tac`);
  expect(tasks[decide]?.text).toMatch(/^Quyết định khen thưởng: Vũ Đức Thắng \(.*\) hạn \d{2}\/\d{1,2}\/\d{4} \(/);
  expect(tasks[vote]?.text).toMatch(/^Biểu quyết: Ngô Văn Bình \(/);
  expect(decide).toBeLessThan(vote);
  expect(await walk.followTask('02-quyet-dinh', tasks[decide]!)).toContain('Ghi nhận quyết định');
  expect(await walk.page.locator('#ky-thay').textContent()).toContain('KT. CHỦ TỊCH');
  expect(await walk.followTask('03-bieu-quyet', tasks[vote]!)).toContain('Gửi phiếu');

  await walk.visit('04-ho-so-cho-ky', '/ky-duyet');
  expect((await dossierRows(walk)).map((r) => r.href)).toContain(`/ho-so/${awaiting}`);
  await walk.visit('05-hoi-dong', '/hoi-dong');
  expect((await dossierRows(walk)).find((r) => r.href === `/ho-so/${beforeCouncil}`)?.status).toContain('Bạn chưa biểu quyết.');
  const notices = await walk.notices('06-thong-bao');
  expect(notices).toEqual(expect.arrayContaining([expect.stringMatching(/^Hồ sơ chờ Chủ tịch quyết định: Vũ Đức Thắng/)]));
  await walk.finish();
}
