import { DEMO_PASSWORD } from '../ngo-quyen.data';
import type { DemoFile } from './demo-papers';

export interface DemoResponse {
  status: number;
  body: any; // JSON answers of many shapes
}

/** A demo user signed in to the api, acting through its REST routes as that user would. */
export class DemoClient {
  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    readonly username: string,
  ) {}

  static async signIn(baseUrl: string, username: string): Promise<DemoClient> {
    const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`demo login ${username} refused: ${res.status}`);
    return new DemoClient(baseUrl, ((await res.json()) as { token: string }).token, username);
  }

  async request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<DemoResponse> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return answerOf(res);
  }

  /** A request that must succeed (2xx); anything else stops the scenario with what the api said. */
  async must(method: 'GET' | 'POST', path: string, body?: unknown): Promise<any> {
    const res = await this.request(method, path, body);
    if (res.status < 200 || res.status > 299) throw new Error(`${this.username} ${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** A multipart form as the pages send it, with a file when one is given. */
  async uploadForm(path: string, fields: Record<string, string>, file?: DemoFile, fileField = 'file'): Promise<any> {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    if (file) form.append(fileField, new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
    const res = await answerOf(await fetch(this.baseUrl + path, { method: 'POST', headers: { authorization: `Bearer ${this.token}` }, body: form }));
    if (res.status < 200 || res.status > 299) throw new Error(`${this.username} POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
}

async function answerOf(res: Response): Promise<DemoResponse> {
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text };
  }
}

/** Polls until `probe` gives a value; the workflows answer in their own time. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`demo scenario: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
