// A physical base backup of a running PostgreSQL cluster through its low-level API, from Node: the
// embedded PostgreSQL 18 ships no pg_basebackup, and older client tools cannot back up a newer server.
// Every database of the cluster (the application's, temporal, temporal_visibility) is restored to
// the same instant, so they stay consistent with each other.
import { existsSync } from 'node:fs';
import { copyFile, lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

const { Client } = pg;

/** Files never copied: they describe the running server, not its data (PostgreSQL docs, "Making a Base Backup Using the Low Level API"). */
const SKIPPED_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'backup_manifest', 'pg_internal.init']);
/** Top-level folders copied empty: WAL is copied separately; the others are rebuilt at start. */
const EMPTIED_DIRS = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const CONTROL_FILE = join('global', 'pg_control');

/** Whether a data-directory entry is left out of the copy (`relative` to the data directory). */
export function skippedInBackup(relative, name) {
  return SKIPPED_FILES.has(name) || name.startsWith('pgsql_tmp') || relative === CONTROL_FILE;
}

/**
 * Names of the WAL segment files from `startFile` to `stopFile` inclusive (same timeline), for
 * segments of `segmentBytes`: the WAL that replays the copy to a consistent state.
 */
export function walSegmentsBetween(startFile, stopFile, segmentBytes) {
  const perLogId = BigInt(0x100000000 / segmentBytes);
  const timeline = startFile.slice(0, 8);
  if (stopFile.slice(0, 8) !== timeline) throw new Error(`the timeline changed during the backup (${startFile} → ${stopFile})`);
  const number = (file) => BigInt(`0x${file.slice(8, 16)}`) * perLogId + BigInt(`0x${file.slice(16, 24)}`);
  const hex = (n) => n.toString(16).toUpperCase().padStart(8, '0');
  const names = [];
  for (let n = number(startFile); n <= number(stopFile); n++) names.push(`${timeline}${hex(n / perLogId)}${hex(n % perLogId)}`);
  return names;
}

/**
 * Copies the running cluster behind `adminUrl` (a superuser's connection; the data directory must be
 * readable here) into `target`, which then starts as a server recovering to the moment the backup
 * stopped. Returns what an operator's report needs.
 */
export async function takeBaseBackup({ adminUrl, target, log = () => undefined }) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const setting = async (name) => (await client.query('SELECT setting FROM pg_settings WHERE name = $1', [name])).rows[0]?.setting;
    const dataDir = await setting('data_directory');
    if (!dataDir || !existsSync(join(dataDir, 'PG_VERSION'))) {
      throw new Error(`the server's data directory (${dataDir ?? 'unknown'}) is not readable here: run the backup on the database host, or use pg_basebackup (docs/operations.md)`);
    }
    if ((await readdir(join(dataDir, 'pg_tblspc'))).length > 0) throw new Error('the cluster has tablespaces outside its data directory: use pg_basebackup (docs/operations.md)');
    const segmentBytes = Number(await setting('wal_segment_size'));
    // The slot keeps every WAL segment from here on until the copy has them (it ends with the session).
    const slot = `khenthuong_backup_${process.pid}_${Date.now()}`;
    await client.query('SELECT pg_create_physical_replication_slot($1, true, true)', [slot]);
    const label = `khenthuong backup ${new Date().toISOString()}`;
    const [{ lsn: startLsn }] = (await client.query('SELECT pg_backup_start($1, true) AS lsn', [label])).rows;
    log(`base backup started at WAL ${startLsn}; copying ${dataDir}`);
    let stopped = false;
    try {
      await mkdir(target, { recursive: true, mode: 0o700 });
      const bytes = await copyDataDirectory(dataDir, target);
      const [stop] = (await client.query('SELECT lsn::text AS lsn, labelfile, spcmapfile FROM pg_backup_stop(false)')).rows;
      stopped = true;
      const consistentAt = new Date();
      await writeFile(join(target, 'backup_label'), stop.labelfile);
      if (stop.spcmapfile) await writeFile(join(target, 'tablespace_map'), stop.spcmapfile);
      const startFile = /START WAL LOCATION: \S+ \(file ([0-9A-F]{24})\)/.exec(stop.labelfile)?.[1];
      if (!startFile) throw new Error(`unexpected backup label: ${stop.labelfile}`);
      const [{ file: stopFile }] = (await client.query('SELECT pg_walfile_name($1) AS file', [stop.lsn])).rows;
      const segments = walSegmentsBetween(startFile, stopFile, segmentBytes);
      for (const segment of segments) await copyFile(join(dataDir, 'pg_wal', segment), join(target, 'pg_wal', segment));
      for (const name of await readdir(join(dataDir, 'pg_wal'))) {
        if (/^[0-9A-F]{8}\.history$/.test(name)) await copyFile(join(dataDir, 'pg_wal', name), join(target, 'pg_wal', name));
      }
      log(`base backup stopped at WAL ${stop.lsn}; ${segments.length} WAL segments copied`);
      return { label, startLsn, stopLsn: stop.lsn, consistentAt, walSegments: segments.length, bytes: bytes + segments.length * segmentBytes };
    } finally {
      if (!stopped) await client.query('SELECT pg_backup_stop(false)').catch(() => undefined);
      await client.query('SELECT pg_drop_replication_slot($1)', [slot]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

/** The data directory without what the server rebuilds; returns the bytes copied. */
async function copyDataDirectory(dataDir, target) {
  let bytes = await copyTree(dataDir, target, '');
  for (const dir of EMPTIED_DIRS) await mkdir(join(target, dir), { recursive: true, mode: 0o700 });
  // The server recreates these at start in recent versions; present, they work with every one.
  for (const dir of ['archive_status', 'summaries']) await mkdir(join(target, 'pg_wal', dir), { recursive: true, mode: 0o700 });
  bytes += await copyControlFile(dataDir, target);
  return bytes;
}

async function copyTree(source, target, relative) {
  let bytes = 0;
  for (const name of await readdir(join(source, relative)).catch(ignoreVanished([]))) {
    const path = relative ? join(relative, name) : name;
    if (skippedInBackup(path, name)) continue;
    const stat = await lstat(join(source, path)).catch(ignoreVanished(null));
    if (!stat) continue;
    if (stat.isDirectory()) {
      await mkdir(join(target, path), { recursive: true, mode: 0o700 });
      if (!(relative === '' && EMPTIED_DIRS.has(name))) bytes += await copyTree(source, target, path);
    } else if (stat.isFile()) {
      // A file dropped while we copy (a table, a temporary file) is replayed away from the WAL.
      if (await copyFile(join(source, path), join(target, path)).then(() => true, ignoreVanished(false))) bytes += stat.size;
    }
  }
  return bytes;
}

/**
 * pg_control is rewritten in place at every checkpoint: read until two reads agree, so the copy is
 * never a torn write (its checksum would stop the restored server).
 */
async function copyControlFile(dataDir, target) {
  let previous = await readFile(join(dataDir, CONTROL_FILE));
  for (;;) {
    const current = await readFile(join(dataDir, CONTROL_FILE));
    if (current.equals(previous)) {
      await writeFile(join(target, CONTROL_FILE), current, { mode: 0o600 });
      return current.length;
    }
    previous = current;
  }
}

function ignoreVanished(value) {
  return (error) => {
    if (error?.code === 'ENOENT') return value;
    throw error;
  };
}
