import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../src';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('startEmbeddedPostgres', () => {
  // As root the server runs as `postgres`; a clone under a 0700 folder (root's home) cannot work.
  (isRoot ? it : it.skip)('refuses in one line to start under a folder other users cannot enter', async () => {
    const closed = mkdtempSync(join(tmpdir(), 'khenthuong-closed-'));
    try {
      chmodSync(closed, 0o700);
      const started = startEmbeddedPostgres({ dataDir: join(closed, 'clone', '.data', 'postgres'), port: 1, database: 'x' });
      await expect(started).rejects.toThrow(new RegExp(`^PostgreSQL runs as the "postgres" user, which cannot enter ${closed} \\(mode 700\\): .*DATABASE_URL$`));
    } finally {
      rmSync(closed, { recursive: true, force: true });
    }
  });
});
