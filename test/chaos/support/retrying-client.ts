import { DEMO_PASSWORD } from '../../../libs/persistence/src';

export interface Answer {
  status: number;
  body: any;
}

/** What a client saw before its request was answered: a status, or the connection failing. */
export type Attempt = number | 'network' | 'timeout';

/**
 * A REST client that behaves like a careful user agent during an outage: a request that fails at
 * the connection, times out or gets a 5xx is sent again, unchanged, until it is answered. Every
 * failed attempt is kept so a scenario can report what users saw (500 against 503, say).
 */
export class RetryingClient {
  readonly failures: Attempt[] = [];

  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async login(baseUrl: string, username: string): Promise<RetryingClient> {
    const anonymous = new RetryingClient(baseUrl, '');
    const res = await anonymous.send('POST', '/api/v1/auth/login', { username, password: DEMO_PASSWORD });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return new RetryingClient(baseUrl, res.body.token as string);
  }

  async once(method: string, path: string, body?: unknown): Promise<Answer | Attempt> {
    try {
      const res = await fetch(this.baseUrl + path, {
        method,
        // A multipart form (a dossier paper) sets its own content type with the boundary.
        headers: { ...(body instanceof FormData ? {} : { 'content-type': 'application/json' }), ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
        body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // non-JSON bodies stay text
      }
      return { status: res.status, body: parsed };
    } catch (error) {
      return (error as Error).name === 'TimeoutError' ? 'timeout' : 'network';
    }
  }

  /** Sends until an answer below 500 arrives (or the deadline passes, which throws). */
  async send(method: string, path: string, body?: unknown, timeoutMs = 300_000): Promise<Answer> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const answer = await this.once(method, path, body);
      if (typeof answer === 'object' && answer.status < 500) return answer;
      this.failures.push(typeof answer === 'object' ? answer.status : answer);
      if (Date.now() > deadline) throw new Error(`${method} ${path} unanswered after ${timeoutMs} ms: ${this.failures.slice(-5).join(', ')}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
