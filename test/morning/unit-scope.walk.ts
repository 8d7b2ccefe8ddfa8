import { DEMO_DRAFT_KEY } from '@khenthuong/persistence';
import { MorningWalk, type MorningStack } from './page-checks';
import { dossier, dossierRows } from './walk-support';

export interface UnitMorning {
  login: string;
  role: string;
  /** The unit's own dossiers (scenario keys), all on its list; the first one is opened with its papers. */
  own: string[];
  /** Other units' dossiers: not on its list, and their pages and papers answer 404. */
  others: string[];
  /** The task this morning starts with: its wording, and the button it opens on. */
  task: { text: RegExp; button: string };
}

/** The kindergarten's draft: listed to its unit only. */
export async function kindergartenDraft(stack: MorningStack): Promise<string> {
  const [row] = await stack.dataSource.query(
    `SELECT d.id FROM proposal_draft d JOIN issuing_body b ON b.id = d.body_id WHERE b.code = $1 AND d.client_key = $2`,
    [stack.bodyCode, `demo-${stack.prefix}${DEMO_DRAFT_KEY}`],
  );
  return row.id as string;
}

/**
 * A unit head's morning within the unit's scope: the task by its deadline on its form, the unit's
 * own dossiers and nobody else's, an own dossier with its papers, the unit's drafts; another unit's
 * dossiers, their papers and the kindergarten's draft answer 404.
 */
export async function walkUnitScopeMorning(stack: MorningStack, unit: UnitMorning): Promise<MorningWalk> {
  const walk = await MorningWalk.signIn(stack, unit.role, unit.login);
  expect(await walk.unreadCount()).toBeGreaterThan(0);
  const task = (await walk.tasks()).find((t) => unit.task.text.test(t.text));
  expect(task?.text).toMatch(unit.task.text);
  expect(await walk.followTask('02-viec-dau-tien', task!)).toContain(unit.task.button);

  expect((await walk.notices('03-thong-bao')).length).toBeGreaterThan(0);
  await walk.visit('04-ho-so-don-vi', '/don-vi/ho-so');
  const listed = (await dossierRows(walk)).map((r) => r.href);
  expect(listed).toEqual(expect.arrayContaining(unit.own.map((key) => `/ho-so/${dossier(stack, key)}`)));
  expect(listed.filter((href) => unit.others.some((key) => href === `/ho-so/${dossier(stack, key)}`))).toEqual([]);

  await walk.visit('05-ho-so-cua-don-vi', `/ho-so/${dossier(stack, unit.own[0]!)}`);
  expect((await walk.papersIn('#giay-to')).length).toBeGreaterThan(0);
  await walk.visit('06-ho-so-nhap', '/don-vi/ho-so-nhap');

  const refused: string[] = [];
  for (const key of unit.others) {
    const id = dossier(stack, key);
    const papers: { id: string }[] = await stack.dataSource.query(`SELECT id FROM proposal_document WHERE proposal_id = $1`, [id]);
    const issued: { id: string }[] = await stack.dataSource.query(`SELECT id FROM archived_document WHERE proposal_id = $1`, [id]);
    const paths = [`/ho-so/${id}`, ...papers.map((p) => `/ho-so/${id}/giay-to/${p.id}`), ...issued.map((d) => `/ho-so/${id}/van-ban/${d.id}`)];
    for (const path of paths) if ((await walk.statusOf(path)) !== 404) refused.push(path);
  }
  if (unit.login !== 'truong.mamnon' && (await walk.statusOf(`/don-vi/ho-so-nhap/${await kindergartenDraft(stack)}`)) !== 404) refused.push('the kindergarten’s draft');
  expect(refused).toEqual([]);
  return walk;
}

/** The head of the primary school: the teacher's dossier returned for papers, its own dossiers only. */
export async function walkPrimarySchoolMorning(stack: MorningStack): Promise<void> {
  const walk = await walkUnitScopeMorning(stack, {
    login: 'truong.tieuhoc',
    role: 'unit-head-tieu-hoc',
    own: ['r-cur-th-ldtt-huong', 'r-cur-th-ldtt-duc', 'r-prev-th-ldtt'],
    others: ['r-cur-mn-ldtt', 'own-yt-dot-xuat', 'r-prev-yt-ldtt'],
    task: { text: /^Bổ sung hồ sơ theo yêu cầu: Nguyễn Thị Thanh Hương \(Lao động tiên tiến\) hạn \d{2}\/\d{1,2}\/\d{4} \(/, button: 'Nộp lại hồ sơ' },
  });
  await walk.finish();
}
