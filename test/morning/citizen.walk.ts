import { MorningWalk, type MorningStack } from './page-checks';

/** Papers listed on a verification page but kept inside the ward (the council's, the office's, the payment list). */
async function internalPapersOf(stack: MorningStack, decisionId: string): Promise<string[]> {
  const rows: { id: string }[] = await stack.dataSource.query(
    `SELECT id FROM archived_document WHERE (decision_id = $1 OR subject_key = $1::text) AND kind NOT IN ('DECISION', 'CORRECTIVE_DECISION', 'CERTIFICATE', 'POSTING_NOTICE')`,
    [decisionId],
  );
  return rows.map((r) => r.id);
}

/**
 * A citizen, not signed in: the ward's start page with last year's decisions, the posting with the
 * dossier open to objections and its notice, and a decision's verification page, where the public
 * papers download as PDF and the ward's internal ones are listed without a link.
 */
export async function walkCitizenMorning(stack: MorningStack): Promise<void> {
  const walk = await MorningWalk.anonymous(stack, 'citizen');
  const body = `?body=${encodeURIComponent(stack.bodyCode)}`;
  const [{ decision_id: decisionId, number_text: numberText }] = await stack.dataSource.query(
    `SELECT p.decision_id, d.number_text FROM proposal p JOIN decision d ON d.id = p.decision_id WHERE p.id = $1`,
    [stack.scenario.proposalIds['r-prev-th-ldtt']],
  );

  await walk.visit('01-trang-chu', `/${body}`);
  expect(await walk.page.getByRole('link', { name: numberText }).count()).toBeGreaterThan(0);

  await walk.visit('02-cong-khai', `/cong-khai${body}`);
  const posted = walk.page.locator(`#de-nghi-${stack.scenario.proposalIds['own-mn-giay-khen']}`);
  expect(await posted.getByText('Hoàng Thị Mai').count()).toBe(1);
  await posted.getByRole('link', { name: 'Xem thông báo công khai (bản PDF có chữ ký số)' }).click();
  await walk.page.waitForURL(/\/xac-thuc\//);
  await walk.check('03-thong-bao-cong-khai');
  expect((await walk.papersIn('table')).map((p) => p.name)).toContain('Tải về (PDF)');

  await walk.visit('04-xac-thuc-quyet-dinh', `/xac-thuc/${decisionId}`);
  expect(await walk.page.getByText('Còn hiệu lực').count()).toBeGreaterThan(0);
  expect((await walk.papersIn('table')).length).toBeGreaterThan(0);
  for (const id of await internalPapersOf(stack, decisionId)) expect(await walk.statusOf(`/xac-thuc/${decisionId}/van-ban/${id}`)).toBe(404);
  await walk.finish();
}
