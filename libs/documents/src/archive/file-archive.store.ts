import { createHash, randomUUID } from 'node:crypto';
import { link, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseSha256, type ArchivePutResult, type ArchiveStore } from './archive.store';

/**
 * Archive in a local directory: `<root>/<first two hex digits>/<sha256>.pdf`, files read-only.
 * The two-digit fan-out keeps directories small (≤ 1/256 of the archive each).
 */
export class FileArchiveStore implements ArchiveStore {
  readonly rootDir: string;

  constructor(rootDir: string) {
    if (!rootDir) throw new TypeError('FileArchiveStore: rootDir is required');
    this.rootDir = resolve(rootDir);
  }

  async put(bytes: Buffer): Promise<ArchivePutResult> {
    const sha256 = sha256Hex(bytes);
    const stored = { sha256, sizeBytes: bytes.length, key: sha256 };
    const target = this.pathFor(sha256);
    if (await this.verify(sha256)) return { ...stored, created: false };

    const dir = dirname(target);
    await mkdir(dir, { recursive: true });
    // Written in full and flushed under a temporary name first: a reader never sees half a file.
    const temp = join(dir, `.${sha256}.${randomUUID()}.tmp`);
    try {
      await writeDurably(temp, bytes);
      const created = await publish(temp, target, sha256);
      await syncDirectory(dir);
      return { ...stored, created };
    } finally {
      await rm(temp, { force: true });
    }
  }

  async get(sha256: string): Promise<Buffer | null> {
    const hash = parseSha256(sha256);
    if (!hash) return null;
    try {
      return await readFile(this.pathFor(hash));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async verify(sha256: string): Promise<boolean> {
    const hash = parseSha256(sha256);
    if (!hash) return false;
    const bytes = await this.get(hash);
    return bytes !== null && sha256Hex(bytes) === hash;
  }

  /** Absolute path of a stored document (for streaming it out); `sha256` must be normalised. */
  pathFor(sha256: string): string {
    const hash = parseSha256(sha256);
    if (!hash) throw new TypeError(`not a SHA-256 hex string: ${sha256}`);
    return join(this.rootDir, hash.slice(0, 2), `${hash}.pdf`);
  }
}

function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function writeDurably(path: string, bytes: Buffer): Promise<void> {
  const file = await open(path, 'wx', 0o444);
  try {
    await file.writeFile(bytes);
    await file.sync();
  } finally {
    await file.close();
  }
}

/**
 * Moves the temporary file to its final name. A hard link never replaces an existing file, so
 * when two writers race with the same bytes exactly one reports `created`. Where hard links are
 * unsupported, or the existing file failed verification (corrupt), rename replaces it atomically.
 */
async function publish(temp: string, target: string, sha256: string): Promise<boolean> {
  try {
    await link(temp, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (sha256Hex(await readFile(target)) === sha256) return false;
    } else if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') {
      throw error;
    }
    await rename(temp, target);
    return true;
  }
}

/** fsync the directory so the new name survives a power cut, not only the data. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
