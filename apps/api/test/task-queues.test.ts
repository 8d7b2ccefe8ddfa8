import type { INestApplicationContext } from '@nestjs/common';
import { vietnamDateOf } from '@khenthuong/domain';
import { DEMO_PLAN_2024 } from '@khenthuong/persistence';
import { TemporalClientHolder } from '../src/temporal/temporal-client.provider';
import { eventually, seedIsolatedWard, startApi, startWorker, testConfig, type ApiStack } from '../../../test/support/stack';
import { PlanClient } from './plan/plan-test.helpers';

/**
 * TEMPORAL_TASK_QUEUE_PREFIX names the queues of one deployment: its workflows run on
 * `<prefix>-proposals` and render on `<prefix>-documents`, and a worker of another prefix on the
 * same Temporal server never takes them.
 */
describe('task queues named from configuration', () => {
  const prefix = `khenthuong-queues-${Date.now().toString(36)}`;
  let stack: ApiStack;
  let strayWorker: INestApplicationContext | undefined;
  let worker: INestApplicationContext | undefined;
  let ward: Awaited<ReturnType<typeof seedIsolatedWard>>;
  let officer: PlanClient;
  const year = Number(vietnamDateOf(new Date()).slice(0, 4));

  beforeAll(async () => {
    stack = await startApi(testConfig({ TEMPORAL_TASK_QUEUE_PREFIX: prefix }));
    strayWorker = await startWorker(testConfig({ TEMPORAL_TASK_QUEUE_PREFIX: `${prefix}-other` }));
    ward = await seedIsolatedWard(stack.dataSource);
    officer = await PlanClient.as(stack.baseUrl, `${ward.prefix}canbo.vp`);
  });

  afterAll(async () => {
    await worker?.close();
    await strayWorker?.close();
    await stack?.close();
  });

  it('runs a workflow only on its deployment’s queues, rendering on the documents queue of the same prefix', async () => {
    const created = await officer.request('POST', '/api/v1/plans', {
      kind: 'YEAR', year, title: `Phát động các phong trào thi đua năm ${year}`, motto: DEMO_PLAN_2024.motto, legalBases: DEMO_PLAN_2024.legalBases,
      movements: DEMO_PLAN_2024.movements, registrationDeadline: `${year}-03-15`,
      targets: DEMO_PLAN_2024.targets.map(({ unitCode, ...t }) => ({ ...t, responsibleUnitId: ward.unitIds[unitCode] })),
    });
    expect(created.status).toBe(201);
    const planId = created.body.id as string;
    const started = await officer.request('POST', `/api/v1/plans/${planId}/document`);
    expect(started.status).toBe(202);
    const handle = stack.api.get(TemporalClientHolder).client.workflow.getHandle(started.body.workflowId);
    expect((await handle.describe()).taskQueue).toBe(`${prefix}-proposals`);

    // Only a worker of another prefix runs: the workflow waits, untouched.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const waiting = await handle.fetchHistory();
    expect(waiting.events?.some((e) => e.workflowTaskCompletedEventAttributes)).toBe(false);

    worker = await startWorker(testConfig({ TEMPORAL_TASK_QUEUE_PREFIX: prefix }));
    const issued = await handle.result();
    expect(issued).toMatchObject({ numberText: '01/KH-UBND' });
    const scheduled = ((await handle.fetchHistory()).events ?? []).flatMap((e) => (e.activityTaskScheduledEventAttributes ? [e.activityTaskScheduledEventAttributes] : []));
    const queueOf = (name: string) => scheduled.find((a) => a.activityType?.name === name)?.taskQueue?.name;
    expect(queueOf('issuePlanDocument')).toBe(`${prefix}-documents`);
    expect(queueOf('assignPlanNumber')).toBe(`${prefix}-proposals`);
    await eventually(async () => ((await officer.request('GET', `/api/v1/plans/${planId}`)).body.status === 'ISSUED' ? true : undefined), 'plan issued');
  });
});
