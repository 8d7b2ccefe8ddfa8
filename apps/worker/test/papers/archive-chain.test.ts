import { spawnSync } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { FileArchiveStore, verifyChain, type ChainEntry } from '@khenthuong/documents';
import { createDataSource } from '@khenthuong/persistence';
import { seedIsolatedWard, testConfig } from '../../../../test/support/stack';
import { archiveDocument } from '../../src/archive/archive-ledger';
import { describeProblem, verifyArchive } from '../../src/archive/archive-verifier';

describe('archive hash chain (real PostgreSQL)', () => {
  let db: DataSource;
  let store: FileArchiveStore;
  let bodyId: string;

  beforeAll(async () => {
    const config = testConfig();
    db = await createDataSource({ url: config.DATABASE_URL, poolSize: 6 }).initialize();
    bodyId = (await seedIsolatedWard(db)).bodyId;
    store = new FileArchiveStore(config.ARCHIVE_DIR);
    // Twenty papers archived at once from concurrent transactions: the chain lock keeps them in one line.
    await Promise.all(
      Array.from({ length: 20 }, async (_, n) =>
        archiveDocument(db, {
          bodyId, kind: 'CERTIFICATE', subjectKey: `${bodyId}:paper-${n}`, decisionId: null, proposalId: null,
          stored: await store.put(Buffer.from(`%PDF-1.7 giấy khen số ${n}`)), workflowId: 'wf', runId: `run-${n}`,
          documentNumber: `${String(n + 1).padStart(2, '0')}/QĐ-UBND`, issuedAt: new Date(Date.UTC(2026, 10, 26, 3, n)), recipients: [`Người nhận ${n}`],
        }),
      ),
    );
  });

  afterAll(async () => {
    await db.destroy();
  });

  const rowAt = async (seq: number) => (await db.query(`SELECT * FROM archived_document WHERE body_id = $1 AND chain_seq = $2`, [bodyId, seq]))[0];

  it('numbers a body\'s entries 1…n without gaps, each linked to the one before', async () => {
    const rows = await db.query(`SELECT * FROM archived_document WHERE body_id = $1 ORDER BY chain_seq`, [bodyId]);
    expect(rows.map((r: { chain_seq: number }) => r.chain_seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const chain: ChainEntry[] = rows.map((r: Record<string, any>) => ({
      documentSha256: r.sha256, kind: r.kind, decisionNumber: r.document_number, issuedAt: new Date(r.issued_at), recipients: r.recipients,
      workflowId: r.workflow_id, runId: r.run_id, previousHash: r.previous_hash, entryHash: r.entry_hash,
    }));
    expect(verifyChain(chain)).toBeNull();
    await expect(verifyArchive(db, store, { bodyId })).resolves.toEqual({ bodies: 1, entries: 20, problems: [], signaturesChecked: 0, unsigned: 0 });
  });

  it('adds nothing when the same (kind, subject) is archived again', async () => {
    const first = await rowAt(3);
    const again = await archiveDocument(db, {
      bodyId, kind: 'CERTIFICATE', subjectKey: first.subject_key, decisionId: null, proposalId: null, stored: { sha256: first.sha256, sizeBytes: 1, key: first.sha256 },
      workflowId: 'wf', runId: 'retry', documentNumber: null, issuedAt: new Date(), recipients: [],
    });
    expect(again).toMatchObject({ id: first.id, chainSeq: 3, created: false });
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM archived_document WHERE body_id = $1`, [bodyId]);
    expect(count).toBe(20);
  });

  it('names an entry edited in the database', async () => {
    const victim = await rowAt(7);
    await db.query(`UPDATE archived_document SET recipients = '{Người khác}' WHERE id = $1`, [victim.id]);
    try {
      const { problems } = await verifyArchive(db, store, { bodyId });
      expect(problems).toEqual([expect.objectContaining({ kind: 'ENTRY_ALTERED', chainSeq: 7, documentId: victim.id })]);
      expect(describeProblem(problems[0]!)).toBe(
        `body ${bodyId} entry #7 (CERTIFICATE ${victim.subject_key}, archived_document ${victim.id}): entry_hash does not match the entry (a field was edited)`,
      );
    } finally {
      await db.query(`UPDATE archived_document SET recipients = $2 WHERE id = $1`, [victim.id, victim.recipients]);
    }
    await expect(verifyArchive(db, store, { bodyId })).resolves.toMatchObject({ problems: [] });
  });

  it('names an entry whose stored hash was overwritten', async () => {
    const victim = await rowAt(15);
    await db.query(`UPDATE archived_document SET entry_hash = $2 WHERE id = $1`, [victim.id, 'f'.repeat(64)]);
    try {
      const { problems } = await verifyArchive(db, store, { bodyId });
      expect(problems[0]).toMatchObject({ kind: 'ENTRY_ALTERED', chainSeq: 15 });
    } finally {
      await db.query(`UPDATE archived_document SET entry_hash = $2 WHERE id = $1`, [victim.id, victim.entry_hash]);
    }
  });

  it('names a file altered on disk', async () => {
    const victim = await rowAt(12);
    const path = store.pathFor(victim.sha256);
    const original = await store.get(victim.sha256);
    await chmod(path, 0o644);
    await writeFile(path, Buffer.concat([original!, Buffer.from(' ')]));
    try {
      const { problems } = await verifyArchive(db, store, { bodyId });
      expect(problems).toEqual([expect.objectContaining({ kind: 'FILE_MISSING_OR_ALTERED', chainSeq: 12, documentId: victim.id })]);
    } finally {
      await writeFile(path, original!);
    }
  });

  it('npm run archive:verify exits 1 naming the broken entry (the built command, as npm test builds it first)', async () => {
    const victim = await rowAt(5);
    await db.query(`UPDATE archived_document SET document_number = '99/QĐ-UBND' WHERE id = $1`, [victim.id]);
    try {
      const result = spawnSync(process.execPath, [join(__dirname, '../../dist/archive/archive-verify.main.js'), '--body', bodyId], {
        env: { ...process.env, ARCHIVE_DIR: store.rootDir, LOG_LEVEL: 'warn' },
        encoding: 'utf8',
      });
      expect(result.stderr).toContain(`BROKEN body ${bodyId} entry #5 (CERTIFICATE ${victim.subject_key}, archived_document ${victim.id})`);
      expect(result.status).toBe(1);
    } finally {
      await db.query(`UPDATE archived_document SET document_number = $2 WHERE id = $1`, [victim.id, victim.document_number]);
    }
    const intact = spawnSync(process.execPath, [join(__dirname, '../../dist/archive/archive-verify.main.js'), '--body', bodyId], {
      env: { ...process.env, ARCHIVE_DIR: store.rootDir },
      encoding: 'utf8',
    });
    expect(intact.stdout).toContain('archive: 1 bodies, 20 entries, 0 signed papers checked, 20 unsigned, 0 problems');
    expect(intact.status).toBe(0);
  });

  it('names a removed entry by the gap it leaves', async () => {
    const victim = await rowAt(20);
    const before = await rowAt(19);
    await db.query(`DELETE FROM archived_document WHERE id = $1`, [before.id]);
    const { problems } = await verifyArchive(db, store, { bodyId });
    expect(problems[0]).toMatchObject({ kind: 'SEQUENCE_GAP', chainSeq: 20, documentId: victim.id });
  });
});
