import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileArchiveStore } from './file-archive.store';

const PDF = Buffer.from('%PDF-1.7\n% Quyết định 01/QĐ-UBND\n%%EOF\n');
const SHA = createHash('sha256').update(PDF).digest('hex');

describe('FileArchiveStore', () => {
  let root: string;
  let store: FileArchiveStore;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'archive-spec-'));
    store = new FileArchiveStore(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** Every file under root, relative, including temporaries. */
  async function filesUnder(dir = root, prefix = ''): Promise<string[]> {
    const entries = await readdir(dir, { withFileTypes: true });
    const nested = await Promise.all(
      entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])),
    );
    return nested.flat().sort();
  }

  describe('put', () => {
    it('stores the bytes under <root>/<aa>/<sha256>.pdf, keyed by their SHA-256', async () => {
      await expect(store.put(PDF)).resolves.toEqual({ sha256: SHA, sizeBytes: PDF.length, key: SHA, created: true });
      expect(await filesUnder()).toEqual([`${SHA.slice(0, 2)}/${SHA}.pdf`]);
      expect(store.pathFor(SHA)).toBe(join(root, SHA.slice(0, 2), `${SHA}.pdf`));
    });

    it('is idempotent: the same bytes twice give one file and created=false the second time', async () => {
      await store.put(PDF);
      const before = await stat(store.pathFor(SHA));
      await expect(store.put(Buffer.from(PDF))).resolves.toEqual({ sha256: SHA, sizeBytes: PDF.length, key: SHA, created: false });
      expect(await filesUnder()).toEqual([`${SHA.slice(0, 2)}/${SHA}.pdf`]);
      expect((await stat(store.pathFor(SHA))).ino).toBe(before.ino);
    });

    it('reports created=true exactly once when the same bytes race', async () => {
      const results = await Promise.all(Array.from({ length: 8 }, () => store.put(PDF)));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(await filesUnder()).toEqual([`${SHA.slice(0, 2)}/${SHA}.pdf`]);
    });

    it('leaves no temporary file behind and stores the file read-only', async () => {
      await store.put(PDF);
      await store.put(Buffer.from('%PDF-1.7 another'));
      expect((await filesUnder()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect((await stat(store.pathFor(SHA))).mode & 0o777).toBe(0o444);
    });

    it('repairs a stored file that no longer matches its hash', async () => {
      await store.put(PDF);
      await chmod(store.pathFor(SHA), 0o644);
      await writeFile(store.pathFor(SHA), 'corrupted');
      await expect(store.put(PDF)).resolves.toMatchObject({ created: true });
      await expect(store.verify(SHA)).resolves.toBe(true);
    });

    it('stores empty content too', async () => {
      const empty = await store.put(Buffer.alloc(0));
      expect(empty).toMatchObject({ sizeBytes: 0, sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' });
      await expect(store.get(empty.sha256)).resolves.toEqual(Buffer.alloc(0));
    });
  });

  describe('get', () => {
    it('returns the stored bytes, accepting an upper-case hash', async () => {
      await store.put(PDF);
      await expect(store.get(SHA)).resolves.toEqual(PDF);
      await expect(store.get(SHA.toUpperCase())).resolves.toEqual(PDF);
    });

    it('returns null for an unknown hash and for anything that is not a hash', async () => {
      await expect(store.get('0'.repeat(64))).resolves.toBeNull();
      await expect(store.get('../../etc/passwd')).resolves.toBeNull();
      await expect(store.get(`${SHA}.pdf`)).resolves.toBeNull();
    });
  });

  describe('verify', () => {
    it('is true for intact bytes and false for absent or corrupted ones', async () => {
      await store.put(PDF);
      await expect(store.verify(SHA)).resolves.toBe(true);
      await expect(store.verify('f'.repeat(64))).resolves.toBe(false);
      await expect(store.verify('not-a-hash')).resolves.toBe(false);

      await chmod(store.pathFor(SHA), 0o644);
      await writeFile(store.pathFor(SHA), Buffer.concat([PDF, Buffer.from(' ')]));
      await expect(store.verify(SHA)).resolves.toBe(false);
    });
  });

  describe('pathFor', () => {
    it('refuses anything but a SHA-256 hex string', () => {
      expect(() => store.pathFor('../x')).toThrow(TypeError);
    });
  });
});
