import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { DEMO_PASSWORD } from '@khenthuong/persistence';
import { findFreePort, startTemporalDevServer, type RunningTemporalDevServer } from '@khenthuong/temporal/runtime';
import { ApiClient, eventually, seedIsolatedWard, startApi, startWorker, testConfig, type ApiStack } from '../../../../test/support/stack';
import { WebClient } from '../web/web-client';
import { attachRequiredPapers } from '../../../../test/support/dossier-papers';

const TEMPORAL_CLI = join(__dirname, '..', '..', '..', '..', '.tools', 'temporal-cli', 'bin', 'temporal');

/**
 * Temporal stopped under a running api (a dev server of this suite's own, kept on disk so it comes
 * back with its workflows): every call answers 503 with Retry-After, never 500; a submission refused
 * meanwhile leaves no orphan — its retry (same clientKey) or the worker's drain starts its workflow;
 * a round opened meanwhile is opened once, however often it is retried.
 */
describe('Temporal unavailable', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'khenthuong-temporal-'));
  let port: number;
  let temporal: RunningTemporalDevServer;
  let stack: ApiStack;
  let worker: INestApplicationContext | undefined;
  let ward: Awaited<ReturnType<typeof seedIsolatedWard>>;
  const as = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);
  const tokenOf = async (user: string) => {
    const res = await fetch(`${stack.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: ward.prefix + user, password: DEMO_PASSWORD }),
    });
    return ((await res.json()) as { token: string }).token;
  };
  const startTemporal = async () => (temporal = await startTemporalDevServer({ binary: TEMPORAL_CLI, port, dbFile: join(dataDir, 'temporal.db') }));
  const collective = (nomineeName: string, clientKey: string) => ({
    title: 'TAP_THE_LAO_DONG_TIEN_TIEN',
    year: 2026,
    nomineeName,
    achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
    facts: { planCompleted: true, memberCount: 24, ldttMemberCount: 18 },
    clientKey,
  });
  const pendingCalls = async (id: string) =>
    (await stack.dataSource.query(`SELECT count(*)::int AS n FROM workflow_call WHERE workflow_id = $1 AND dispatched_at IS NULL`, [`proposal-${id}`]))[0].n as number;

  beforeAll(async () => {
    port = await findFreePort();
    await startTemporal();
    const config = testConfig({ TEMPORAL_ADDRESS: temporal.address, POSTING_PERIOD_SECONDS: '600' });
    stack = await startApi(config);
    worker = await startWorker(config);
    ward = await seedIsolatedWard(stack.dataSource);
  });
  afterAll(async () => {
    await worker?.close();
    await stack?.close();
    await temporal?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After while Temporal is down, and nothing submitted meanwhile is orphaned', async () => {
    const head = await as('truong.mamnon');
    const officer = await as('canbo.vp');
    const chairman = await as('chutich');
    const inCouncil = await head.request('POST', '/api/v1/proposals', collective('Trường Mầm non Ngô Quyền', randomUUID()));
    expect(inCouncil.status).toBe(201);
    const councilId = inCouncil.body.id as string;
    await attachRequiredPapers(head, councilId, 'TAP_THE_LAO_DONG_TIEN_TIEN');
    expect((await officer.request('POST', `/api/v1/proposals/${councilId}/complete`)).status).toBe(200);
    await eventually(async () => ((await officer.request('GET', `/api/v1/proposals/${councilId}`)).body.state?.status === 'IN_COUNCIL_REVIEW' ? true : undefined), 'council review');
    const officerPages = await WebClient.login(stack.baseUrl, ward.prefix + 'canbo.vp');

    await worker!.close();
    worker = undefined;
    await temporal.stop();

    // A human step (an Update) and a read (a Query): 503 with Retry-After and the Vietnamese message.
    for (const [user, method, path, payload] of [
      ['chutich', 'POST', `/api/v1/proposals/${councilId}/votes`, { choice: 'AGREE' }],
      ['chutich', 'POST', `/api/v1/proposals/${councilId}/council/close`, undefined],
      ['canbo.vp', 'GET', `/api/v1/proposals/${councilId}`, undefined],
    ] as const) {
      const res = await fetch(stack.baseUrl + path, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf(user)}` },
        body: payload && JSON.stringify(payload),
      });
      const body = (await res.json()) as { code: string; message: string };
      expect([path, res.status, body.code]).toEqual([path, 503, 'TEMPORAL_UNAVAILABLE']);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(body.message).toContain('thử lại');
    }
    // The page says the same, as a page.
    const page = await officerPages.get(`/ho-so/${councilId}`);
    expect(page.status).toBe(503);
    expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(page.html).toContain('tạm thời không sẵn sàng');

    // Two submissions meet the outage: both rows are kept with their workflow start still owed.
    const retriedKey = randomUUID();
    const refused = await (await as('truong.tieuhoc')).request('POST', '/api/v1/proposals', collective('Trường Tiểu học Ngô Quyền', retriedKey));
    expect([refused.status, refused.body.code]).toEqual([503, 'TEMPORAL_UNAVAILABLE']);
    const abandoned = await (await as('tram.yte')).request('POST', '/api/v1/proposals', collective('Trạm Y tế phường Ngô Quyền', randomUUID()));
    expect(abandoned.status).toBe(503);
    const [retriedRow] = await stack.dataSource.query(`SELECT id FROM proposal WHERE body_id = $1 AND client_key = $2`, [ward.bodyId, retriedKey]);
    const [abandonedRow] = await stack.dataSource.query(
      `SELECT id FROM proposal WHERE body_id = $1 AND nominee_name = 'Trạm Y tế phường Ngô Quyền'`,
      [ward.bodyId],
    );
    expect(await pendingCalls(retriedRow.id)).toBe(1);
    expect(await pendingCalls(abandonedRow.id)).toBe(1);

    // The officer opens a round meanwhile: the row and its owed start are kept, under its client key.
    const roundKey = randomUUID();
    const round = { name: 'Đợt xét khen thưởng tổng kết năm 2026', kind: 'YEAR_END', year: 2026, nominationDeadline: '2099-12-31', clientKey: roundKey };
    expect((await officer.request('POST', '/api/v1/rounds', round)).status).toBe(503);
    expect((await officer.request('POST', '/api/v1/rounds', round)).status).toBe(503);
    const roundRows = await stack.dataSource.query(`SELECT id FROM round WHERE body_id = $1 AND client_key = $2`, [ward.bodyId, roundKey]);
    expect(roundRows).toHaveLength(1);

    await startTemporal();
    // The client retries with the same clientKey (503 while its connection comes back); the retry starts the workflow before it answers.
    const tieuhoc = await as('truong.tieuhoc');
    const retried = await eventually(async () => {
      const res = await tieuhoc.request('POST', '/api/v1/proposals', collective('Trường Tiểu học Ngô Quyền', retriedKey));
      return res.status === 503 ? undefined : res;
    }, 'a retry past the outage');
    expect([retried.status, retried.body.id]).toEqual([200, retriedRow.id]);
    expect(await pendingCalls(retriedRow.id)).toBe(0);
    expect(await pendingCalls(abandonedRow.id)).toBe(1);

    // The other client never retries: the worker's drain starts its workflow.
    worker = await startWorker(stack.config);
    // Retried past the outage (its page reads the workflow, so once a worker is back), the same key answers with the same round, its workflow started.
    const reopened = await eventually(async () => {
      const res = await officer.request('POST', '/api/v1/rounds', round);
      return res.status === 503 ? undefined : res;
    }, 'a round retry past the outage');
    expect([reopened.status, reopened.body.round.id, reopened.body.state.status]).toEqual([200, roundRows[0].id, 'NOMINATING']);
    expect((await stack.dataSource.query(`SELECT count(*)::int AS n FROM round WHERE body_id = $1 AND client_key = $2`, [ward.bodyId, roundKey]))[0].n).toBe(1);
    expect((await officer.request('GET', `/api/v1/proposals/${retriedRow.id}`)).body.state.status).toBe('SUBMITTED');
    await eventually(async () => ((await pendingCalls(abandonedRow.id)) === 0 ? true : undefined), 'the drain to start the abandoned submission');
    await attachRequiredPapers(tieuhoc, retriedRow.id, 'TAP_THE_LAO_DONG_TIEN_TIEN');
    await attachRequiredPapers(await as('tram.yte'), abandonedRow.id, 'TAP_THE_LAO_DONG_TIEN_TIEN');
    for (const id of [retriedRow.id, abandonedRow.id]) {
      expect((await officer.request('POST', `/api/v1/proposals/${id}/complete`)).status).toBe(200);
    }
    // The proposal whose vote was refused goes on where it stood.
    expect((await chairman.request('POST', `/api/v1/proposals/${councilId}/votes`, { choice: 'AGREE' })).status).toBe(200);
  });
});
