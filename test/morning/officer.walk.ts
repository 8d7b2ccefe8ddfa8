import { MorningWalk, type MorningStack } from './page-checks';

/**
 * The officer of Văn phòng – Thống kê: the task list (the vote on the dossier before the council, as
 * the council's secretary), the notices, the dossier board, and last year's round with every paper
 * it issued, the council's and the office's own included.
 */
export async function walkOfficerMorning(stack: MorningStack): Promise<void> {
  const walk = await MorningWalk.signIn(stack, 'officer', 'canbo.vp');
  const { proposalIds, roundIds } = stack.scenario;

  expect(await walk.unreadCount()).toBeGreaterThan(0);
  const tasks = await walk.tasks();
  const vote = tasks.find((t) => t.href === `/ho-so/${proposalIds['own-tdp1-dot-xuat']}#thao-tac`);
  expect(vote?.text).toMatch(/^Biểu quyết: Ngô Văn Bình \(/);
  expect(await walk.followTask('02-bieu-quyet', vote!)).toContain('Gửi phiếu');

  expect((await walk.notices('03-thong-bao')).length).toBeGreaterThan(0);
  await walk.visit('04-bang-ho-so', '/can-bo/ho-so');

  await walk.visit('05-dot-nam-truoc', `/dot/${roundIds.previous}`);
  const papers = (await walk.papersIn('#danh-sach-van-ban')).map((p) => p.name);
  expect(papers).toEqual(expect.arrayContaining([expect.stringMatching(/^Quyết định khen thưởng số \d{2}\/QĐ-UBND$/), expect.stringMatching(/^Biên bản họp Hội đồng/), expect.stringMatching(/^Tờ trình/), expect.stringMatching(/^Thông báo công khai danh sách/)]));
  await walk.finish();
}
