#!/usr/bin/env node
// `npm run backup -- <target folder>`: a consistent backup of a running installation (`npm run
// start:cluster` or `npm start`) without stopping it: first the whole PostgreSQL cluster (the
// application's database and Temporal's two), then the archive store, then the demo signing keys.
// docs/operations.md explains the order and how to restore (`npm run restore`).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { URL } from 'node:url';
import pg from 'pg';
import { copyFolder, isEmptyFolder, writeManifest } from './lib/backup-files.mjs';
import { paths } from './lib/paths.mjs';
import { takeBaseBackup } from './lib/pg-base-backup.mjs';
import { logger } from './lib/supervisor.mjs';

const { Client } = pg;

const env = process.env;
const log = logger('backup');
const target = process.argv[2] ? resolve(process.argv[2]) : null;

/** The cluster's maintenance database, as a superuser: DATABASE_URL's server, or the embedded one. */
function adminUrl() {
  const url = new URL(env.DATABASE_URL ?? `postgres://postgres:khenthuong-dev@127.0.0.1:${env.PG_PORT ?? 54329}/postgres`);
  url.pathname = '/postgres';
  return url.toString();
}

async function holdsTemporal(url) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query("SELECT 1 FROM pg_database WHERE datname = 'temporal'")).rowCount === 1;
  } finally {
    await client.end();
  }
}

async function main() {
  if (!target) throw new Error('usage: npm run backup -- <target folder> (an empty or new folder)');
  if (!isEmptyFolder(target)) throw new Error(`${target} is not empty: a backup goes into a new folder`);
  const dataDir = env.KHENTHUONG_DATA_DIR ?? paths.dataDir;
  const archiveDir = resolve(env.ARCHIVE_DIR ?? join(dataDir, 'archive'));
  const startedAt = new Date();
  const url = adminUrl();
  if (!(await holdsTemporal(url))) {
    log(`warning: this PostgreSQL holds no Temporal database (npm start keeps Temporal in ${join(dataDir, 'temporal')}): open workflows are not in this backup`);
  }
  const database = await takeBaseBackup({ adminUrl: url, target: join(target, 'postgres'), log });
  // After the database: every file a row of the copy names was written before that row committed.
  const archive = existsSync(archiveDir)
    ? await copyFolder(archiveDir, join(target, 'archive'), { skip: (name) => name.endsWith('.tmp') })
    : { files: 0, bytes: 0 };
  log(`archive: ${archive.files} files copied from ${archiveDir}`);
  // The demo PKI of local runs lives in the data folder; production keys (SIGNING_KEYS_DIR) are kept apart.
  const pkiDir = join(dataDir, 'pki');
  const pki = !env.SIGNING_KEYS_DIR && existsSync(pkiDir) ? await copyFolder(pkiDir, join(target, 'pki'), { mode: 0o700 }) : null;
  const endedAt = new Date();
  const summary = {
    label: database.label,
    startedAt: startedAt.toISOString(),
    consistentAt: database.consistentAt.toISOString(),
    endedAt: endedAt.toISOString(),
    durationMs: endedAt.getTime() - startedAt.getTime(),
    wal: { start: database.startLsn, stop: database.stopLsn, segments: database.walSegments },
    bytes: { database: database.bytes, archive: archive.bytes, total: database.bytes + archive.bytes + (pki?.bytes ?? 0) },
    archiveFiles: archive.files,
    demoPki: pki !== null,
  };
  await writeManifest(target, summary);
  log(`done in ${(summary.durationMs / 1000).toFixed(1)} s: ${(summary.bytes.total / 1048576).toFixed(1)} MiB in ${target}`);
  console.log(`backup summary: ${JSON.stringify(summary)}`);
}

main().catch((error) => {
  console.error(`[backup] FAILED: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
