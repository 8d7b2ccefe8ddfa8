import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { ApiClient, eventually, seedIsolatedWard, startApi, startWorker, testConfig, type ApiStack } from '../../../../test/support/stack';
import { attachRequiredPapers } from '../../../../test/support/dossier-papers';

const TEMPORAL_CLI = join(__dirname, '..', '..', '..', '..', '.tools', 'temporal-cli', 'bin', 'temporal');
const CHOICE = /"(AGREE|DISAGREE|ABSTAIN)"/;

/** Every payload decoded and JSON payloads parsed, so the text is what an administrator reads. */
function decodePayloads(value: unknown): unknown {
  const parse = (text: string): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  };
  if (value instanceof Uint8Array) return parse(Buffer.from(value).toString('utf8'));
  if (Array.isArray(value)) return value.map(decodePayloads);
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    // The CLI's proto3 JSON: a payload is { metadata, data } with data in base64.
    if (typeof v.data === 'string' && v.metadata && typeof v.metadata === 'object') return parse(Buffer.from(v.data, 'base64').toString('utf8'));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decodePayloads(x)]));
  }
  return value;
}

/**
 * A secret round's ballots leave no trace an administrator could read back: neither the Temporal
 * history (through the client and the CLI, as archived or shown in the UI) nor the read model links
 * a member to a choice, while the council's result is counted right. An open round keeps its
 * ballots readable.
 */
describe('secret ballots in Temporal history', () => {
  let stack: ApiStack;
  let worker: INestApplicationContext;
  let temporal: Client;
  let ward: Awaited<ReturnType<typeof seedIsolatedWard>>;
  const as = (user: string) => ApiClient.login(stack.baseUrl, ward.prefix + user);
  const statusOf = async (table: 'proposal' | 'round', id: string) => (await stack.dataSource.query(`SELECT status FROM ${table} WHERE id = $1`, [id]))[0]?.status as string;
  const reach = (table: 'proposal' | 'round', id: string, status: string) =>
    eventually(async () => ((await statusOf(table, id)) === status ? true : undefined), `${table} ${status}`, 120_000);
  const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    const config = testConfig();
    stack = await startApi(config);
    worker = await startWorker(config);
    ward = await seedIsolatedWard(stack.dataSource);
    temporal = new Client({ connection: await Connection.connect({ address: config.TEMPORAL_ADDRESS }), namespace: config.TEMPORAL_NAMESPACE });
  });
  afterAll(async () => {
    await temporal?.connection.close();
    await worker?.close();
    await stack?.close();
  });

  /** A round with the given nominees, in its council session. */
  async function roundInSession(name: string, secretBallot: boolean, nominations: [string, string][]): Promise<{ roundId: string; ids: string[] }> {
    const officer = await as('canbo.vp');
    const round = await officer.request('POST', '/api/v1/rounds', { name, kind: 'YEAR_END', year: 2026, nominationDeadline: today(), secretBallot });
    expect(round.status).toBe(201);
    const roundId = round.body.round.id as string;
    const ids: string[] = [];
    for (const [user, nomineeName] of nominations) {
      const unitHead = await as(user);
      const res = await unitHead.request('POST', '/api/v1/proposals', {
        title: 'GIAY_KHEN_TAP_THE', year: 2026, nomineeName, achievement: 'Thành tích xuất sắc trong phong trào thi đua năm 2026', roundId,
      });
      expect([res.status, res.body.errors]).toEqual([201, undefined]);
      await reach('proposal', res.body.id, 'SUBMITTED');
      await attachRequiredPapers(unitHead, res.body.id, 'GIAY_KHEN_TAP_THE');
      expect((await officer.request('POST', `/api/v1/proposals/${res.body.id}/complete`)).status).toBe(200);
      ids.push(res.body.id as string);
    }
    expect((await officer.request('POST', `/api/v1/rounds/${roundId}/close-nominations`)).status).toBe(200);
    expect((await officer.request('POST', `/api/v1/rounds/${roundId}/council/open`)).body).toEqual({ result: ids.length });
    return { roundId, ids };
  }

  async function historyTexts(workflowId: string): Promise<{ client: string[]; cli: string[] }> {
    const { events } = await temporal.workflow.getHandle(workflowId).fetchHistory();
    const shown = JSON.parse(
      execFileSync(TEMPORAL_CLI, ['workflow', 'show', '--workflow-id', workflowId, '--address', stack.config.TEMPORAL_ADDRESS, '--namespace', stack.config.TEMPORAL_NAMESPACE, '--output', 'json'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      }),
    ) as { events: unknown[] };
    const texts = (list: unknown[]) => list.map((e) => JSON.stringify(decodePayloads(e)));
    return { client: texts(events ?? []), cli: texts(shown.events) };
  }

  it('a finished secret round: its history and read model hold no choice or comment and link no member to one, and its result is counted right', async () => {
    const { roundId, ids } = await roundInSession('Đợt xét khen thưởng năm 2026 (bỏ phiếu kín)', true, [
      ['tdp1', 'Tổ dân phố số 1'],
      ['tram.yte', 'Trạm Y tế phường Ngô Quyền'],
    ]);
    const [kept, refused] = ids;
    const comments = ['Trạm chưa có sáng kiến được công nhận', 'Xin không biểu quyết vì chưa đọc hồ sơ', 'Tổ dân phố tiêu biểu nhiều năm liền'];
    const ballots: [string, unknown][] = [
      ['chutich', { defaultChoice: 'AGREE', exceptions: [] }],
      ['phochutich', { defaultChoice: 'AGREE', exceptions: [{ proposalId: refused, choice: 'DISAGREE', comment: comments[0] }] }],
      ['canbo.vp', { defaultChoice: 'AGREE', exceptions: [{ proposalId: refused, choice: 'DISAGREE' }] }],
      ['hoidong.mttq', { defaultChoice: 'AGREE', exceptions: [{ proposalId: refused, choice: 'ABSTAIN', comment: comments[1] }] }],
      ['hoidong.congan', { defaultChoice: 'DISAGREE', exceptions: [{ proposalId: kept, choice: 'AGREE', comment: comments[2] }] }],
    ];
    // The workflow cannot read a sealed ballot's exceptions, so the api checks them before sealing; a refused ballot is not recorded (5 rows below).
    const stray = await (await as('hoidong.vhxh')).request('POST', `/api/v1/rounds/${roundId}/ballots`, { defaultChoice: 'AGREE', exceptions: [{ proposalId: randomUUID(), choice: 'DISAGREE' }] });
    expect([stray.status, stray.body.errors]).toEqual([400, [{ field: 'exceptions[0].proposalId', messages: ['Hồ sơ này không thuộc đợt đang biểu quyết.'] }]]);
    for (const [user, ballot] of ballots) {
      const res = await (await as(user)).request('POST', `/api/v1/rounds/${roundId}/ballots`, ballot);
      expect([user, res.status, res.body]).toEqual([user, 200, { result: expect.any(Number) }]);
    }
    // Who may vote is still checked: a second secret ballot is refused.
    expect((await (await as('chutich')).request('POST', `/api/v1/rounds/${roundId}/ballots`, { defaultChoice: 'AGREE', exceptions: [] })).status).toBe(409);

    // The kept one: 5 of 6 agree; the refused one: 1 of 6 (more than half of all members is needed).
    expect((await (await as('chutich')).request('POST', `/api/v1/rounds/${roundId}/council/close`)).body).toEqual({ result: { passed: 1, failed: 1 } });
    const tallies = await stack.dataSource.query(`SELECT id, tally->>'agree' AS agree, tally->>'disagree' AS disagree, tally->>'abstain' AS abstain FROM proposal WHERE id = ANY($1)`, [ids]);
    expect(tallies).toEqual(
      expect.arrayContaining([
        { id: kept, agree: '5', disagree: '0', abstain: '0' },
        { id: refused, agree: '1', disagree: '3', abstain: '1' },
      ]),
    );
    await reach('round', roundId, 'AWAITING_DECISION');
    expect((await (await as('chutich')).request('POST', `/api/v1/rounds/${roundId}/decision`, { approve: true, struck: [] })).status).toBe(200);
    await reach('round', roundId, 'CLOSED');

    const memberIds = ballots.map(([user]) => ward.userIds[user]);
    const { client, cli } = await historyTexts(`round-${roundId}`);
    // Offending events are listed cut short, so a failure says which event holds what.
    const offending = (events: string[], found: (e: string) => boolean) => events.filter(found).map((e) => e.slice(0, 400));
    for (const events of [client, cli]) {
      expect(events.some((e) => e.includes(ward.userIds['hoidong.congan']))).toBe(true);
      expect(offending(events, (e) => comments.some((c) => e.includes(c)))).toEqual([]);
      expect(offending(events, (e) => CHOICE.test(e))).toEqual([]);
      // In particular no event that names a member carries a choice.
      expect(offending(events, (e) => memberIds.some((id) => e.includes(id)) && CHOICE.test(e))).toEqual([]);
    }
    const stored = await stack.dataSource.query(`SELECT default_choice, exceptions FROM round_ballot WHERE round_id = $1`, [roundId]);
    expect(stored).toEqual(Array(5).fill({ default_choice: null, exceptions: null }));
  });

  it('an open round keeps its ballots readable in history', async () => {
    const { roundId, ids } = await roundInSession('Đợt xét khen thưởng chuyên đề 2026 (biểu quyết công khai)', false, [['truong.mamnon', 'Trường Mầm non Ngô Quyền']]);
    const comment = 'Chưa đủ hồ sơ minh chứng';
    for (const user of ['chutich', 'phochutich', 'canbo.vp', 'hoidong.mttq']) {
      const exceptions = user === 'phochutich' ? [{ proposalId: ids[0], choice: 'DISAGREE', comment }] : [];
      expect((await (await as(user)).request('POST', `/api/v1/rounds/${roundId}/ballots`, { defaultChoice: 'AGREE', exceptions })).status).toBe(200);
    }
    expect((await (await as('chutich')).request('POST', `/api/v1/rounds/${roundId}/council/close`)).body).toEqual({ result: { passed: 0, failed: 1 } });
    const { client, cli } = await historyTexts(`round-${roundId}`);
    for (const events of [client, cli]) {
      const ballot = events.find((e) => e.includes(comment));
      expect(ballot).toContain(ward.userIds['phochutich']);
      expect(ballot).toContain('"DISAGREE"');
    }
  });
});
