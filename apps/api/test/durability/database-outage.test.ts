import { createServer, connect, type Server, type Socket } from 'node:net';
import { DEMO_PASSWORD } from '@khenthuong/persistence';
import { seedIsolatedWard, startApi, testConfig, type ApiStack } from '../../../../test/support/stack';
import { WebClient } from '../web/web-client';

/**
 * The api reaches the suite's PostgreSQL through a TCP relay of this test's own; closing the relay
 * cuts the api off from the database (open connections reset, new ones refused) as a stopped server
 * or a lost network would. Every request then answers 503 with Retry-After, never 500.
 */
describe('PostgreSQL unavailable', () => {
  let relay: Server;
  const sockets = new Set<Socket>();
  let stack: ApiStack;
  let ward: Awaited<ReturnType<typeof seedIsolatedWard>>;

  beforeAll(async () => {
    const upstream = new URL(process.env.DATABASE_URL!);
    relay = createServer((client) => {
      const server = connect(Number(upstream.port), upstream.hostname);
      for (const socket of [client, server]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(server).pipe(client);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const relayed = new URL(upstream);
    relayed.hostname = '127.0.0.1';
    relayed.port = String((relay.address() as { port: number }).port);
    stack = await startApi(testConfig({ DATABASE_URL: relayed.toString() }));
    ward = await seedIsolatedWard(stack.dataSource);
  });
  afterAll(async () => {
    await stack?.close().catch(() => undefined);
    relay?.close();
  });

  it('answers the API and the pages with 503 and Retry-After while the database is unreachable', async () => {
    const login = await fetch(`${stack.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: ward.prefix + 'canbo.vp', password: DEMO_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const officerPages = await WebClient.login(stack.baseUrl, ward.prefix + 'canbo.vp');
    expect((await fetch(`${stack.baseUrl}/api/v1/proposals`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);

    relay.close();
    for (const socket of sockets) socket.destroy();

    for (let attempt = 0; attempt < 2; attempt += 1) {
      const list = await fetch(`${stack.baseUrl}/api/v1/proposals`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await list.json()) as { code: string; message: string };
      expect([list.status, body.code]).toEqual([503, 'DATABASE_UNAVAILABLE']);
      expect(body.message).toContain('thử lại');
      expect(Number(list.headers.get('retry-after'))).toBeGreaterThan(0);
    }

    const page = await officerPages.get('/');
    expect(page.status).toBe(503);
    expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(page.html).toContain('tạm thời không sẵn sàng');
  });
});
