import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { Client } from 'pg';
import { IssuedDocumentSigner, loadIssuingKeyRing, loadTrustedRoots, verifyPdfSignatures } from '@khenthuong/documents';

const SCRIPT = join(__dirname, '..', 'scripts', 'demo-province.mjs');

/** `npm run demo:province -- <wards>` as an operator runs it, on its own database and data folder. */
function loadWards(env: NodeJS.ProcessEnv, wards: number): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [SCRIPT, String(wards)], { env, encoding: 'utf8', timeout: 300_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

async function signedBy(keysDir: string, bodyCode: string) {
  const doc = await PDFDocument.create();
  doc.addPage([595.28, 841.89]).drawText('Quyet dinh', { x: 72, y: 700 });
  const paper = { bodyCode, label: 'Quyết định số 01/QĐ-UBND', signerRole: 'CHAIRMAN' as const, signerName: 'Chủ tịch', agencyName: bodyCode, placeName: bodyCode };
  const signed = await new IssuedDocumentSigner(loadIssuingKeyRing(keysDir)).sign(Buffer.from(await doc.save()), paper);
  return verifyPdfSignatures(signed, loadTrustedRoots(keysDir)).map((c) => [c.signerName, c.signerOrganization, c.chainTrusted]);
}

describe('npm run demo:province with the demo keys', () => {
  const database = `demo_province_${randomUUID().slice(0, 8)}`;
  let admin: Client;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${database}`;
    dataDir = mkdtempSync(join(tmpdir(), 'khenthuong-province-'));
    env = { ...process.env, DATABASE_URL: url.toString(), KHENTHUONG_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    // As on a fresh machine: the demo keys are the data folder's own.
    delete env.SIGNING_KEYS_DIR;
  }, 60_000);

  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gives every ward and the demo ward keys of their own under one root, each signing as its ward; loading again keeps them', async () => {
    const first = loadWards(env, 2);
    expect({ status: first.status, output: first.output }).toEqual({ status: 0, output: expect.stringContaining('demo signing keys of 3 wards') });
    const keysDir = join(dataDir, 'pki');

    expect(await signedBy(keysDir, 'p002')).toEqual([
      ['Nguyễn Văn Hùng', 'Ủy ban nhân dân phường Trần Phú', true],
      ['Ủy ban nhân dân phường Trần Phú', 'Ủy ban nhân dân phường Trần Phú', true],
    ]);
    expect((await signedBy(keysDir, 'p001')).map(([, organization]) => organization)).toEqual(['Ủy ban nhân dân phường Lê Lợi', 'Ủy ban nhân dân phường Lê Lợi']);
    // The demo ward `npm start` loads keeps signing, now from a folder of its own.
    expect((await signedBy(keysDir, 'ngo-quyen')).map(([, organization]) => organization)).toEqual(['Ủy ban nhân dân phường Ngô Quyền', 'Ủy ban nhân dân phường Ngô Quyền']);

    const manifest = () => readFileSync(join(keysDir, 'bodies', 'p001', 'pki.json'), 'utf8');
    const before = manifest();
    expect(loadWards(env, 2).status).toBe(0);
    expect(manifest()).toBe(before);
  }, 600_000);
});
