import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient, eventually, seedIsolatedWard, startApi, testConfig, type ApiStack } from '../../../test/support/stack';
import { attachRequiredPapers } from '../../../test/support/dossier-papers';

const WORKER_MAIN = join(__dirname, '..', 'dist', 'main.js');

/** The real worker binary as its own process, so the test can kill it like a crash would. */
function spawnWorker(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [WORKER_MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

describe('a worker killed in the middle of the path', () => {
  let stack: ApiStack;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} missing: npm test builds before running Jest`);
    stack = await startApi(testConfig());
  });

  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      worker.kill('SIGTERM');
      await exited(worker);
    }
    await stack?.close();
  });

  it('lets a new worker finish the proposal with exactly one decision number and one PDF', async () => {
    const ward = await seedIsolatedWard(stack.dataSource);
    const env = {
      DATABASE_URL: stack.config.DATABASE_URL,
      TEMPORAL_ADDRESS: stack.config.TEMPORAL_ADDRESS,
      TEMPORAL_TASK_QUEUE_PREFIX: stack.config.TEMPORAL_TASK_QUEUE_PREFIX,
      ARCHIVE_DIR: stack.config.ARCHIVE_DIR,
      POSTING_PERIOD_SECONDS: '1',
      LOG_LEVEL: 'warn',
    };
    worker = spawnWorker(env);
    const as = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);
    const unit = await as('tram.yte');
    const officer = await as('canbo.vp');
    const chairman = await as('chutich');
    const created = await unit.request('POST', '/api/v1/proposals', {
      title: 'TAP_THE_LAO_DONG_TIEN_TIEN',
      facts: { planCompleted: true, memberCount: 24, ldttMemberCount: 18 },
      year: 2026,
      nomineeName: 'Trạm Y tế phường Ngô Quyền',
      achievement: 'Hoàn thành xuất sắc công tác tiêm chủng mở rộng năm 2026',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const status = async () => (await stack.dataSource.query(`SELECT status FROM proposal WHERE id = $1`, [id]))[0]?.status as string;
    await eventually(async () => ((await status()) === 'SUBMITTED' ? true : undefined), 'submission recorded');
    await attachRequiredPapers(unit, id, 'TAP_THE_LAO_DONG_TIEN_TIEN');
    expect((await officer.request('POST', `/api/v1/proposals/${id}/complete`)).status).toBe(200);
    for (const user of ['chutich', 'phochutich', 'canbo.vp', 'hoidong.mttq']) {
      const vote = await (await as(user)).request('POST', `/api/v1/proposals/${id}/votes`, { choice: 'AGREE' });
      expect([user, vote.status, vote.body.code]).toEqual([user, 200, undefined]);
    }
    expect((await chairman.request('POST', `/api/v1/proposals/${id}/council/close`)).status).toBe(200);
    await eventually(async () => ((await status()) === 'AWAITING_DECISION' ? true : undefined), 'posting to end');
    expect((await chairman.request('POST', `/api/v1/proposals/${id}/decision`, { approve: true })).status).toBe(200);

    // Kill the worker as soon as the decision number exists: rendering is then in flight or pending.
    await eventually(async () => {
      const rows = await stack.dataSource.query(`SELECT 1 FROM decision WHERE subject_key = $1`, [id]);
      return rows.length ? true : undefined;
    }, 'decision number', 30_000);
    worker.kill('SIGKILL');
    await exited(worker);

    worker = spawnWorker(env);
    await eventually(async () => ((await status()) === 'CLOSED' ? true : undefined), 'documents issued and the proposal closed by the new worker', 90_000);

    const decisions = await stack.dataSource.query(`SELECT number_text FROM decision WHERE body_id = $1`, [ward.bodyId]);
    expect(decisions).toEqual([{ number_text: '01/QĐ-UBND' }]);
    const docs = await stack.dataSource.query(`SELECT sha256 FROM archived_document WHERE proposal_id = $1 AND kind = 'DECISION'`, [id]);
    expect(docs).toHaveLength(1);
    expect(existsSync(join(stack.config.ARCHIVE_DIR, docs[0].sha256.slice(0, 2), `${docs[0].sha256}.pdf`))).toBe(true);
  });
});
