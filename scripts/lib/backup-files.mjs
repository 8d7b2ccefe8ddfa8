// Folder copies of the backup and restore commands, and the manifest that marks a backup complete.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chown, copyFile, lstat, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const MANIFEST = 'backup.json';

/**
 * Copies `source` into `target` recursively (files keep their mode); `skip(name)` leaves entries
 * out. Returns the number of files and bytes copied.
 */
export async function copyFolder(source, target, { skip = () => false, mode = 0o755 } = {}) {
  const totals = { files: 0, bytes: 0 };
  await mkdir(target, { recursive: true, mode });
  for (const name of await readdir(source)) {
    if (skip(name)) continue;
    const stat = await lstat(join(source, name));
    if (stat.isDirectory()) {
      const inner = await copyFolder(join(source, name), join(target, name), { skip, mode });
      totals.files += inner.files;
      totals.bytes += inner.bytes;
    } else if (stat.isFile()) {
      await copyFile(join(source, name), join(target, name));
      totals.files++;
      totals.bytes += stat.size;
    }
  }
  return totals;
}

/** Gives a folder and everything in it to `uid`:`gid` (PostgreSQL refuses a data directory it does not own). */
export async function chownTree(path, uid, gid) {
  await chown(path, uid, gid);
  const stat = await lstat(path);
  if (!stat.isDirectory()) return;
  for (const name of await readdir(path)) await chownTree(join(path, name), uid, gid);
}

/** True when the folder does not exist or holds nothing: backups and restores never overwrite. */
export function isEmptyFolder(path) {
  return !existsSync(path) || readdirSync(path).length === 0;
}

/** Written last: a backup folder without it was interrupted and is refused by the restore. */
export function writeManifest(folder, manifest) {
  return writeFile(join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function readManifest(folder) {
  const path = join(folder, MANIFEST);
  if (!existsSync(path)) throw new Error(`${folder} holds no ${MANIFEST}: not a backup, or one that did not finish`);
  return JSON.parse(readFileSync(path, 'utf8'));
}
