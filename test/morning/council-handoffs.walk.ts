import { MorningWalk, type MorningStack } from './page-checks';
import { ballotRecorded, dossier, dossierRows, reaches, reloadUntil } from './walk-support';

/**
 * The officer confirms the kindergarten's new dossier complete from its page: the check leaves the
 * officer's list, and a council member finds the vote on its list and the notice that asks for it.
 */
export async function walkOfficerConfirmsComplete(stack: MorningStack): Promise<void> {
  const id = dossier(stack, 'own-mn-dot-xuat');
  const officer = await MorningWalk.signIn(stack, 'officer-confirms', 'canbo.vp');
  const check = (await officer.tasks()).find((t) => t.href === `/ho-so/${id}#thao-tac`);
  expect(check?.text).toMatch(/^Kiểm tra tính đầy đủ của hồ sơ: Kiều Thị Yến \(Giấy khen.*\) \(chờ từ /);
  expect(await officer.followTask('02-kiem-tra-ho-so', check!)).toContain('Xác nhận hồ sơ đầy đủ');
  await officer.page.getByRole('button', { name: 'Xác nhận hồ sơ đầy đủ' }).click();
  await officer.page.waitForURL(/\?done=MARK_COMPLETE/);
  await officer.check('03-da-xac-nhan');
  expect(await officer.page.getByText('Đã xác nhận hồ sơ đầy đủ và chuyển Hội đồng xét.').count()).toBe(1);
  await reaches(stack, id, 'IN_COUNCIL_REVIEW');
  expect((await officer.tasks('04-viec-can-lam')).filter((t) => t.text.startsWith('Kiểm tra tính đầy đủ của hồ sơ: Kiều Thị Yến'))).toEqual([]);
  await officer.finish();

  const member = await MorningWalk.signIn(stack, 'council-member-after-check', 'hoidong.vhxh');
  const vote = (await member.tasks()).find((t) => t.href === `/ho-so/${id}#thao-tac`);
  expect(vote?.text).toMatch(/^Biểu quyết: Kiều Thị Yến \(/);
  expect(await member.notices('02-thong-bao')).toEqual(expect.arrayContaining([expect.stringMatching(/^Hồ sơ chờ Hội đồng Thi đua – Khen thưởng xét: Kiều Thị Yến/)]));
  await member.finish();
}

/**
 * A council member votes from the dossier's page: the page then shows the ballot cast instead of the
 * form, the vote leaves the member's list and the inbox says where the ballot stands; the council's
 * secretary sees the count and the member's ballot.
 */
export async function walkCouncilMemberVotes(stack: MorningStack): Promise<void> {
  const id = dossier(stack, 'own-mn-dot-xuat');
  const member = await MorningWalk.signIn(stack, 'council-member-votes', 'hoidong.congan');
  const vote = (await member.tasks()).find((t) => t.href === `/ho-so/${id}#thao-tac`);
  expect(await member.followTask('02-bieu-quyet', vote!)).toContain('Gửi phiếu');
  await member.page.getByLabel('Đồng ý', { exact: true }).check();
  await member.page.getByLabel('Ý kiến (không bắt buộc)').fill('Thành tích đột xuất, đề nghị khen thưởng kịp thời.');
  await member.page.getByRole('button', { name: 'Gửi phiếu' }).click();
  await member.page.waitForURL(/\?done=CAST_VOTE/);
  await reloadUntil(member, 'the ballot cast on the page', async () => (await member.page.locator('#phieu-cua-ban').count()) > 0);
  await member.check('03-da-bieu-quyet');
  expect(await member.page.locator('#phieu-cua-ban').textContent()).toBe('Phiếu của bạn: Đồng ý.');
  expect(await member.page.getByRole('button', { name: 'Gửi phiếu' }).count()).toBe(0);

  await ballotRecorded(stack, id, 'hoidong.congan');
  const tasks = await member.tasks('04-viec-can-lam');
  expect(tasks.map((t) => t.href)).not.toContain(`/ho-so/${id}#thao-tac`);
  // The other dossier before the council still waits for this member's ballot.
  expect(tasks.map((t) => t.href)).toContain(`/ho-so/${dossier(stack, 'own-tdp1-dot-xuat')}#thao-tac`);
  await member.visit('05-hoi-dong', '/hoi-dong');
  expect((await dossierRows(member)).find((r) => r.href === `/ho-so/${id}`)?.status).toContain('Phiếu của bạn: Đồng ý');
  await member.finish();

  const secretary = await MorningWalk.signIn(stack, 'secretary-after-vote', 'canbo.vp');
  await secretary.visit('01-ho-so', `/ho-so/${id}`);
  expect(await secretary.page.locator('#hoi-dong').locator('..').innerText()).toMatch(/Đã có 1\/6 thành viên biểu quyết/);
  await secretary.finish();
}
