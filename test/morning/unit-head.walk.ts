import { MorningWalk, type MorningStack } from './page-checks';
import { kindergartenDraft } from './unit-scope.walk';

/** The council's minutes and the office's tờ trình of a round or a dossier: listed to staff, never to a unit. */
async function internalPapers(stack: MorningStack, of: { roundId: string } | { proposalId: string }): Promise<string[]> {
  const [where, value] = 'roundId' in of ? ['subject_key = $1', of.roundId] : ['proposal_id = $1::uuid', of.proposalId];
  const rows: { id: string }[] = await stack.dataSource.query(`SELECT id FROM archived_document WHERE ${where} AND kind IN ('MINUTES', 'SUBMISSION')`, [value]);
  return rows.map((r) => r.id);
}

/**
 * The head of the kindergarten: the dossier returned for papers, by its deadline, opens on the form
 * that sends it back; the notices; the unit's dossiers; the posted dossier with its papers; last
 * year's round with the papers a unit is given, and not the council's or the office's.
 */
export async function walkUnitHeadMorning(stack: MorningStack): Promise<void> {
  const walk = await MorningWalk.signIn(stack, 'unit-head', 'truong.mamnon');
  const { proposalIds, roundIds } = stack.scenario;

  expect(await walk.unreadCount()).toBeGreaterThan(0);
  const tasks = await walk.tasks();
  const returned = tasks.find((t) => t.href === `/ho-so/${proposalIds['r-cur-mn-ldtt']}#thao-tac`);
  expect(returned?.text).toMatch(/^Bổ sung hồ sơ theo yêu cầu: Lương Thị Ngọc Ánh \(Lao động tiên tiến\) hạn \d{2}\/\d{1,2}\/\d{4} \(/);
  expect(await walk.followTask('02-bo-sung-ho-so', returned!)).toContain('Nộp lại hồ sơ');
  expect(await walk.page.getByRole('button', { name: 'Đính kèm giấy tờ' }).isEnabled()).toBe(true);

  expect((await walk.notices('03-thong-bao')).length).toBeGreaterThan(0);
  await walk.visit('04-ho-so-don-vi', '/don-vi/ho-so');
  await walk.visit('04-ho-so-nhap', '/don-vi/ho-so-nhap');
  expect(await walk.page.locator(`a[href="/don-vi/ho-so-nhap/${await kindergartenDraft(stack)}"]`).count()).toBe(1);
  const posted = proposalIds['own-mn-giay-khen']!;
  await walk.visit('05-ho-so-cong-khai', `/ho-so/${posted}`);
  expect((await walk.papersIn('#giay-to')).length).toBeGreaterThan(0);
  expect((await walk.papersIn('#danh-sach-van-ban')).map((p) => p.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^Thông báo công khai danh sách/)]));
  for (const id of await internalPapers(stack, { proposalId: posted })) expect(await walk.statusOf(`/ho-so/${posted}/van-ban/${id}`)).toBe(404);

  await walk.visit('06-dot-nam-truoc', `/dot/${roundIds.previous}`);
  const papers = (await walk.papersIn('#danh-sach-van-ban')).map((p) => p.name);
  expect(papers).toEqual(expect.arrayContaining([expect.stringMatching(/^Quyết định khen thưởng số/), expect.stringMatching(/^Thông báo công khai danh sách/)]));
  expect(papers.filter((name) => /^(Biên bản|Tờ trình)/.test(name))).toEqual([]);
  const internal = await internalPapers(stack, { roundId: roundIds.previous });
  expect(internal.length).toBeGreaterThan(0);
  for (const id of internal) expect(await walk.statusOf(`/dot/${roundIds.previous}/van-ban/${id}`)).toBe(404);
  await walk.finish();
}

/** The head of residential group 1: this year's round still takes nominations, and the link opens the nomination form. */
export async function walkResidentialGroupMorning(stack: MorningStack): Promise<void> {
  const walk = await MorningWalk.signIn(stack, 'residential-group', 'tdp1');
  expect(await walk.unreadCount()).toBeGreaterThan(0);
  const tasks = await walk.tasks();
  const nominate = tasks.find((t) => t.text.startsWith('Gửi hồ sơ đề nghị: Đợt "Đợt xét khen thưởng tổng kết năm'));
  expect(nominate?.href).toBe('/don-vi/de-nghi-moi');
  expect(await walk.followTask('02-de-nghi-moi', nominate!)).toContain('Nộp hồ sơ đề nghị');
  // The round is preselected in the form the task opened.
  expect(await walk.page.getByLabel('Đợt khen thưởng').inputValue()).toBe(stack.scenario.roundIds.current);
  await walk.visit('03-ho-so-don-vi', '/don-vi/ho-so');
  await walk.finish();
}
