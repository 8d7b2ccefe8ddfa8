import { MorningWalk, type MorningStack } from './page-checks';

/**
 * A member of the council (Ủy ban MTTQ): the vote on the dossier before the council opens on the
 * ballot form; the notices; the council's inbox; last year's round with its minutes among its papers.
 */
export async function walkCouncilMemberMorning(stack: MorningStack): Promise<void> {
  const walk = await MorningWalk.signIn(stack, 'council-member', 'hoidong.mttq');
  const { proposalIds, roundIds } = stack.scenario;

  expect(await walk.unreadCount()).toBeGreaterThan(0);
  const tasks = await walk.tasks();
  const vote = tasks.find((t) => t.href === `/ho-so/${proposalIds['own-tdp1-dot-xuat']}#thao-tac`);
  expect(vote?.text).toMatch(/^Biểu quyết: Ngô Văn Bình \(/);
  expect(await walk.followTask('02-bieu-quyet', vote!)).toContain('Gửi phiếu');
  // The dossier's papers are there to read before voting.
  expect((await walk.papersIn('#giay-to')).length).toBeGreaterThan(0);

  expect((await walk.notices('03-thong-bao')).length).toBeGreaterThan(0);
  await walk.visit('04-phieu-bieu-quyet', '/hoi-dong');
  await walk.visit('05-dot-nam-truoc', `/dot/${roundIds.previous}`);
  const papers = (await walk.papersIn('#danh-sach-van-ban')).map((p) => p.name);
  expect(papers).toEqual(expect.arrayContaining([expect.stringMatching(/^Biên bản họp Hội đồng/), expect.stringMatching(/^Quyết định khen thưởng số/)]));
  await walk.finish();
}
