import type { DataSource } from 'typeorm';
import { DemoClient } from './demo-client';

/** What every step of the scenario shares: the api, the ward it plays in, and its signed-in users. */
export class DemoContext {
  private readonly clients = new Map<string, Promise<DemoClient>>();

  constructor(
    readonly baseUrl: string,
    readonly dataSource: DataSource,
    readonly bodyId: string,
    /** Username prefix of an isolated copy of the ward (tests); empty for the demo ward itself. */
    readonly prefix: string,
    /** The current year and today, Vietnam time. */
    readonly year: number,
    readonly today: string,
    readonly log: (line: string) => void,
  ) {}

  as(username: string): Promise<DemoClient> {
    let client = this.clients.get(username);
    if (!client) {
      client = DemoClient.signIn(this.baseUrl, this.prefix + username);
      this.clients.set(username, client);
    }
    return client;
  }

  /** Client keys are per body; the prefix keeps a test's copy apart from the demo ward. */
  clientKey(key: string): string {
    return `demo-${this.prefix}${key}`;
  }

  async personId(fullName: string): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT id FROM person WHERE body_id = $1 AND full_name = $2`, [this.bodyId, fullName]);
    if (!row) throw new Error(`demo scenario: no person ${fullName}`);
    return row.id as string;
  }

  async unitId(code: string): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT id FROM unit WHERE body_id = $1 AND code = $2`, [this.bodyId, code]);
    if (!row) throw new Error(`demo scenario: no unit ${code}`);
    return row.id as string;
  }
}
