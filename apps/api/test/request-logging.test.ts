import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { findFreePort } from '@khenthuong/temporal/runtime';
import { eventually } from '../../../test/support/stack';

/** The built api, as it runs in production, with its log on stdout. */
describe('request log', () => {
  let api: ChildProcess;
  let output = '';
  let baseUrl: string;

  beforeAll(async () => {
    const port = await findFreePort();
    baseUrl = `http://127.0.0.1:${port}`;
    api = spawn(process.execPath, [join(__dirname, '..', 'dist', 'main.js')], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    api.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    await eventually(async () => ((await fetch(`${baseUrl}/health`).catch(() => null)) ? true : undefined), 'the api to listen');
  });
  afterAll(() => {
    api?.kill('SIGTERM');
  });

  const lines = () => output.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);

  it('logs each request once with the correlation id the response and the error body carry', async () => {
    const res = await fetch(`${baseUrl}/api/v1/proposals/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}?q=Nguy%E1%BB%85n`, { headers: { 'x-correlation-id': 'yeu-cau-42' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('x-correlation-id')).toBe('yeu-cau-42');
    expect((await res.json()).correlationId).toBe('yeu-cau-42');
    const line = await eventually(async () => lines().find((l) => l.msg === 'request completed' && (l.req as { id?: string })?.id === 'yeu-cau-42'), 'the request line');
    expect(line.req).toEqual({ id: 'yeu-cau-42', method: 'GET', path: `/api/v1/proposals/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}` });
    expect(line.res).toEqual({ statusCode: 401 });
    expect(typeof line.responseTime).toBe('number');
    // The refusal's own log line names the same request.
    expect(lines().some((l) => l.msg === 'request refused' && l.correlationId === 'yeu-cau-42')).toBe(true);
  });

  it('replaces a correlation id that could forge log lines, and does not log health probes', async () => {
    const res = await fetch(`${baseUrl}/api/v1/proposals`, { headers: { 'x-correlation-id': 'x"} {"msg":"forged' } });
    const id = res.headers.get('x-correlation-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await fetch(`${baseUrl}/health`);
    await eventually(async () => lines().find((l) => (l.req as { id?: string })?.id === id), 'the request line');
    expect(lines().filter((l) => (l.req as { path?: string })?.path === '/health')).toEqual([]);
    expect(output).not.toContain('forged');
  });
});
