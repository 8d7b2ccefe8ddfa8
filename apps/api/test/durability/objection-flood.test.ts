import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { Client, Connection } from '@temporalio/client';
import { connectTemporalClient } from '@khenthuong/temporal/runtime';
import { ApiClient, eventually, seedIsolatedWard, sharedWorkflowBundle, startApi, testConfig, type ApiStack } from '../../../../test/support/stack';
import { startWorkerApp } from '../../../worker/src/worker.bootstrap';
import { attachRequiredPapers } from '../../../../test/support/dossier-papers';

/** The bound this suite holds a flooded proposal's workflow history to (Temporal ends a run at 51,200 events). */
const HISTORY_EVENTS_BOUND = 1_500;

/**
 * Objections from the public are limited per contact and per proposal, atomically: concurrent posts
 * cannot slip past a count, and a flood of objections cannot grow a workflow's history without end.
 */
describe('objection limits', () => {
  let stack: ApiStack;
  let worker: INestApplicationContext;
  let temporal: { client: Client; connection: Connection };
  let ward: Awaited<ReturnType<typeof seedIsolatedWard>>;
  const as = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);
  const statusOf = async (id: string) => (await stack.dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [id]))[0]?.status as string;
  const objectionRows = async (id: string) => (await stack.dataSource.query(`SELECT count(*)::int AS n FROM proposal_objection WHERE proposal_id = $1`, [id]))[0].n as number;
  const object = (proposalId: string, contact: string, text: string) =>
    fetch(`${stack.baseUrl}/api/v1/public/proposals/${proposalId}/objections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ senderName: 'Nguyễn Văn Bình', contact, text }),
    });

  /** A collective proposal of `user`'s unit, through the council and into public posting. */
  async function posted(user: string, nomineeName: string): Promise<string> {
    const unitHead = await as(user);
    const res = await unitHead.request('POST', '/api/v1/proposals', {
      title: 'TAP_THE_LAO_DONG_TIEN_TIEN',
      year: 2026,
      nomineeName,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
      facts: { planCompleted: true, memberCount: 24, ldttMemberCount: 18 },
    });
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    await attachRequiredPapers(unitHead, id, 'TAP_THE_LAO_DONG_TIEN_TIEN');
    expect((await (await as('canbo.vp')).request('POST', `/api/v1/proposals/${id}/complete`)).status).toBe(200);
    for (const member of ['chutich', 'phochutich', 'canbo.vp', 'hoidong.mttq']) {
      expect((await (await as(member)).request('POST', `/api/v1/proposals/${id}/votes`, { choice: 'AGREE' })).status).toBe(200);
    }
    expect((await (await as('chutich')).request('POST', `/api/v1/proposals/${id}/council/close`)).status).toBe(200);
    await eventually(async () => ((await statusOf(id)) === 'PUBLICLY_POSTED' ? true : undefined), 'public posting');
    return id;
  }

  beforeAll(async () => {
    // A posting long enough for the whole flood; nothing here ends it.
    const config = testConfig({ POSTING_PERIOD_SECONDS: '600' });
    stack = await startApi(config);
    // A caching worker: this suite counts history events, and replaying a long history on every task
    // (as the other suites do) would only make a flood of signals slow.
    worker = await startWorkerApp(config, { bundle: sharedWorkflowBundle() });
    temporal = await connectTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE });
    ward = await seedIsolatedWard(stack.dataSource);
  });
  afterAll(async () => {
    await worker?.close();
    await stack?.close();
    await temporal?.connection.close();
  });

  it('accepts exactly five of thirty concurrent objections from one contact, and says when to try again', async () => {
    const id = await posted('truong.mamnon', 'Trường Mầm non Ngô Quyền');
    const contact = `flood-${randomUUID()}@example.vn`;
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => object(id, contact, `Phản ánh số ${i + 1} về hồ sơ.`)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
    const refused = answers.find((a) => a.status === 429)!;
    // Within the hour that the first of the five opened.
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3_000);
    expect(retryAfter).toBeLessThanOrEqual(3_600);
    expect(((await refused.json()) as { code: string; message: string }).message).toContain('thử lại sau');
    expect(await objectionRows(id)).toBe(5);
  });

  it(`stops a flood of 200 objections from 40 contacts at the proposal's limit, keeping its history under ${HISTORY_EVENTS_BOUND} events`, async () => {
    const id = await posted('truong.tieuhoc', 'Trường Tiểu học Ngô Quyền');
    const contacts = Array.from({ length: 40 }, () => `flood-${randomUUID()}@example.vn`);
    const statuses: number[] = [];
    const codes = new Set<string>();
    for (let batch = 0; batch < 10; batch += 1) {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => object(id, contacts[(batch * 20 + i) % 40], `Phản ánh lần ${batch * 20 + i + 1}: đơn vị chưa nộp báo cáo.`)),
      );
      for (const answer of answers) {
        statuses.push(answer.status);
        if (answer.status === 429) {
          codes.add(((await answer.json()) as { code: string }).code);
          expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
        }
      }
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    expect(statuses.filter((s) => s === 429)).toHaveLength(150);
    // Each contact sends five, within its own limit: every refusal is the proposal's, even within a concurrent batch.
    expect([...codes]).toEqual(['OBJECTION_LIMIT_REACHED']);
    expect(await objectionRows(id)).toBe(50);

    const officer = await as('canbo.vp');
    await eventually(async () => ((await officer.request('GET', `/api/v1/proposals/${id}`)).body.state.objections.length === 50 ? true : undefined), 'every objection in the workflow');
    const handle = temporal.client.workflow.getHandle(`proposal-${id}`);
    const flooded = (await handle.fetchHistory()).events?.length ?? 0;
    expect(flooded).toBeLessThan(HISTORY_EVENTS_BOUND);

    // The officer answers the whole flood in one step, not fifty.
    const ids = (await stack.dataSource.query(`SELECT id FROM proposal_objection WHERE proposal_id = $1`, [id])).map((r: { id: string }) => r.id) as string[];
    const tooMany = await officer.request('POST', `/api/v1/proposals/${id}/objections/dismiss`, { objectionIds: [...ids, randomUUID()], reason: 'Trùng nội dung' });
    expect(tooMany.status).toBe(400);
    const unknown = await officer.request('POST', `/api/v1/proposals/${id}/objections/dismiss`, { objectionIds: [ids[0], randomUUID()], reason: 'Trùng nội dung' });
    expect(unknown.status).toBe(404);
    const dismissed = await officer.request('POST', `/api/v1/proposals/${id}/objections/dismiss`, { objectionIds: ids, reason: 'Trùng nội dung, đã xác minh: đơn vị đã nộp báo cáo' });
    expect(dismissed.status).toBe(200);
    const outcomes = await stack.dataSource.query(`SELECT outcome, count(*)::int AS n FROM proposal_objection WHERE proposal_id = $1 GROUP BY outcome`, [id]);
    expect(outcomes).toEqual([{ outcome: 'DISMISSED', n: 50 }]);
    const state = (await officer.request('GET', `/api/v1/proposals/${id}`)).body.state;
    expect(state.objections.every((o: { outcome: string }) => o.outcome === 'DISMISSED')).toBe(true);
    expect(state.allowedActions).not.toContain('RESOLVE_OBJECTION');
    // One Update, one activity, one note: a handful of events, whatever the number dismissed.
    expect(((await handle.fetchHistory()).events?.length ?? 0) - flooded).toBeLessThan(25);
    const again = await officer.request('POST', `/api/v1/proposals/${id}/objections/dismiss`, { objectionIds: ids.slice(0, 2), reason: 'Trùng nội dung' });
    expect(again.status).toBe(409);
  });
});
