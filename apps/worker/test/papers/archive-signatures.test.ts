import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { DataSource } from 'typeorm';
import { FileArchiveStore, IssuedDocumentSigner, loadIssuingKeys, loadTrustedRoots } from '@khenthuong/documents';
import { createDataSource } from '@khenthuong/persistence';
import type { AppConfig } from '@khenthuong/platform';
import { seedIsolatedWard, testConfig } from '../../../../test/support/stack';
import { archiveDocument } from '../../src/archive/archive-ledger';
import { describeProblem, verifyArchive } from '../../src/archive/archive-verifier';

describe('archive verification of digital signatures (real PostgreSQL)', () => {
  let config: AppConfig;
  let db: DataSource;
  let store: FileArchiveStore;
  let bodyId: string;
  let signed: Buffer;

  const archive = async (n: number, bytes: Buffer) =>
    archiveDocument(db, {
      bodyId, kind: 'DECISION', subjectKey: `${bodyId}:decision-${n}`, decisionId: null, proposalId: null, stored: await store.put(bytes),
      workflowId: 'wf', runId: `run-${n}`, documentNumber: `${n}/QĐ-UBND`, issuedAt: new Date(Date.UTC(2026, 10, 26, 3, n)), recipients: [`Người nhận ${n}`],
    });

  beforeAll(async () => {
    config = testConfig();
    db = await createDataSource({ url: config.DATABASE_URL, poolSize: 2 }).initialize();
    bodyId = (await seedIsolatedWard(db)).bodyId;
    store = new FileArchiveStore(config.ARCHIVE_DIR);
    const doc = await PDFDocument.create();
    doc.addPage([595.28, 841.89]).drawText('Quyet dinh', { x: 72, y: 700 });
    signed = await new IssuedDocumentSigner(loadIssuingKeys(config.SIGNING_KEYS_DIR)).sign(Buffer.from(await doc.save()), {
      bodyCode: 'ngo-quyen', label: 'Quyết định số 1/QĐ-UBND', signerRole: 'CHAIRMAN', signerName: 'Nguyễn Văn Hùng', agencyName: 'Ủy ban nhân dân phường Ngô Quyền', placeName: 'Ngô Quyền',
    });
    await archive(1, signed);
  });

  afterAll(async () => {
    await db.destroy();
  });

  it('checks each signed paper against the configured roots', async () => {
    await expect(verifyArchive(db, store, { bodyId, trustedRoots: loadTrustedRoots(config.SIGNING_KEYS_DIR) })).resolves.toEqual({
      bodies: 1, entries: 1, problems: [], signaturesChecked: 1, unsigned: 0,
    });
  });

  it('names a paper whose signature does not verify, though its file and chain entry hold, and archive:verify exits 1', async () => {
    const tampered = Buffer.from(signed);
    tampered[150] ^= 0x01;
    const row = await archive(2, tampered);
    const { problems } = await verifyArchive(db, store, { bodyId, trustedRoots: loadTrustedRoots(config.SIGNING_KEYS_DIR) });
    expect(problems).toEqual([expect.objectContaining({ kind: 'SIGNATURE_INVALID', chainSeq: 2, documentId: row.id })]);
    expect(describeProblem(problems[0]!)).toContain('a digital signature does not verify — signature 1 (Nguyễn Văn Hùng): content does not match the signed digest');

    const result = spawnSync(process.execPath, [join(__dirname, '../../dist/archive/archive-verify.main.js'), '--body', bodyId], {
      env: { ...process.env, ARCHIVE_DIR: store.rootDir, SIGNING_KEYS_DIR: config.SIGNING_KEYS_DIR, LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
    expect(result.stderr).toContain(`BROKEN body ${bodyId} entry #2 (DECISION ${bodyId}:decision-2, archived_document ${row.id}): a digital signature does not verify`);
    expect(result.stdout).toContain('archive: 1 bodies, 2 entries, 2 signed papers checked, 0 unsigned, 1 problems');
    expect(result.status).toBe(1);
  });
});
