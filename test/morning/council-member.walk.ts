import { MorningWalk, type MorningStack } from './page-checks';
import { dossierRows } from './walk-support';

/**
 * A member of the council (Ủy ban MTTQ, Công an, Văn hóa – Xã hội): the vote on the dossier before the
 * council opens on the ballot form; the notices; the council's inbox with the ballot not cast yet;
 * last year's round with its minutes among its papers.
 */
export async function walkCouncilMemberMorning(stack: MorningStack, login = 'hoidong.mttq'): Promise<void> {
  const walk = await MorningWalk.signIn(stack, `council-member-${login.replace('hoidong.', '')}`, login);
  const { proposalIds, roundIds } = stack.scenario;
  const beforeCouncil = proposalIds['own-tdp1-dot-xuat'];

  expect(await walk.unreadCount()).toBeGreaterThan(0);
  const tasks = await walk.tasks();
  const vote = tasks.find((t) => t.href === `/ho-so/${beforeCouncil}#thao-tac`);
  expect(vote?.text).toMatch(/^Biểu quyết: Ngô Văn Bình \(/);
  expect(await walk.followTask('02-bieu-quyet', vote!)).toContain('Gửi phiếu');
  // The dossier's papers are there to read before voting.
  expect((await walk.papersIn('#giay-to')).length).toBeGreaterThan(0);

  const notices = await walk.notices('03-thong-bao');
  expect(notices).toEqual(expect.arrayContaining([expect.stringMatching(/^Hồ sơ chờ Hội đồng Thi đua – Khen thưởng xét: Ngô Văn Bình/)]));
  await walk.visit('04-phieu-bieu-quyet', '/hoi-dong');
  expect((await dossierRows(walk)).find((r) => r.href === `/ho-so/${beforeCouncil}`)?.status).toContain('Bạn chưa biểu quyết.');
  await walk.visit('05-dot-nam-truoc', `/dot/${roundIds.previous}`);
  const papers = (await walk.papersIn('#danh-sach-van-ban')).map((p) => p.name);
  expect(papers).toEqual(expect.arrayContaining([expect.stringMatching(/^Biên bản họp Hội đồng/), expect.stringMatching(/^Quyết định khen thưởng số/)]));
  await walk.finish();
}
