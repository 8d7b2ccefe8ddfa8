import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import {
  addPadesSignature, ensureDemoPki, LocalTimestampAuthority, loadRevocationChecker, loadTrustedRoots, Pkcs12HashSigner, readPkcs12, RevocationChecker, Rfc3161Client,
  verifyPdfSignaturesWithRevocation, DEMO_PKI_FILES,
} from '../src';
import { OpensslCa, type IssuedLeaf } from './openssl-ca';

const PKI_DIR = join(__dirname, '..', '..', '..', '.data', 'pki');

describe('revocation of signer certificates (OCSP and CRL answered by OpenSSL)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khenthuong-openssl-ca-'));
  let ca: OpensslCa;
  let good: IssuedLeaf;
  let revokedEarly: IssuedLeaf;
  let revokedLater: IssuedLeaf;
  let offline: IssuedLeaf;
  let signedBeforeRevocation: Buffer;
  let roots: Buffer[];
  const issuer = () => new X509Certificate(good.chain[1]!);
  const cert = (leaf: IssuedLeaf) => new X509Certificate(leaf.chain[0]!);

  async function signedBy(leaf: IssuedLeaf): Promise<Buffer> {
    const { password } = ensureDemoPki(PKI_DIR);
    const tsa = readPkcs12(readFileSync(join(PKI_DIR, DEMO_PKI_FILES.tsa)), password, 'tsa');
    const doc = await PDFDocument.create();
    doc.addPage([595.28, 841.89]).drawText('Quyet dinh', { x: 72, y: 700 });
    return addPadesSignature(Buffer.from(await doc.save({ useObjectStreams: false })), {
      signer: new Pkcs12HashSigner({ key: createPrivateKey(leaf.keyPem), chain: leaf.chain }),
      timestampAuthority: new Rfc3161Client(new LocalTimestampAuthority(tsa.key, tsa.chain).transport),
      documentLabel: 'Quyết định số 1/QĐ-UBND', fieldName: 'ChuKy', rect: [300, 100, 500, 160], pageIndex: 0, image: null,
      signerName: 'Nguyễn Văn Hùng', reason: 'Ký ban hành', location: 'Ngô Quyền', signingTime: new Date(),
    });
  }

  beforeAll(async () => {
    ca = await OpensslCa.create(dir);
    good = await ca.issue('good', 'Nguyễn Văn Hùng');
    revokedEarly = await ca.issue('revoked-early', 'Trần Thị Lan');
    revokedLater = await ca.issue('revoked-later', 'Lê Thị Thu Hà');
    offline = await ca.issue('offline', 'Phạm Văn Minh', 'offline_leaf_ext');
    roots = [ca.root, ...loadTrustedRoots(PKI_DIR)];
    signedBeforeRevocation = await signedBy(revokedLater);
    // OpenSSL records revocation times to the second: the later one is then strictly after that signature.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await ca.revoke(revokedEarly);
    await ca.revoke(revokedLater);
    await ca.revoke(offline);
    await ca.serve();
  }, 120_000);

  afterAll(async () => {
    await ca?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks the OCSP responder the certificate names: good, and revoked with its time', async () => {
    const checker = new RevocationChecker({ online: true });
    await expect(checker.check(cert(good), issuer())).resolves.toEqual({ state: 'GOOD', source: 'OCSP', revokedAt: null, problem: null });
    const revoked = await checker.check(cert(revokedEarly), issuer());
    expect(revoked).toMatchObject({ state: 'REVOKED', source: 'OCSP' });
    expect(Math.abs(revoked.revokedAt!.getTime() - Date.now())).toBeLessThan(5 * 60_000);
  });

  it('reads a CRL kept on disk when offline, and refuses one signed by another key under the same name', async () => {
    const crl = await ca.crl();
    const checker = new RevocationChecker({ crls: () => [crl] });
    await expect(checker.check(cert(good), issuer())).resolves.toMatchObject({ state: 'GOOD', source: 'CRL' });
    await expect(checker.check(cert(offline), issuer())).resolves.toMatchObject({ state: 'REVOKED', source: 'CRL' });

    // Another authority whose issuing CA has the same name: its CRL, which does not list the certificate, must not count.
    const other = await OpensslCa.create(mkdtempSync(join(tmpdir(), 'khenthuong-other-ca-')));
    try {
      const forged = await other.crl();
      const misled = new RevocationChecker({ crls: () => [forged] });
      await expect(misled.check(cert(offline), issuer())).resolves.toMatchObject({ state: 'UNKNOWN', problem: 'CRL not signed by the issuer' });
    } finally {
      rmSync(other.dir, { recursive: true, force: true });
    }
  });

  it('picks up a CRL file replaced in the configured folder without a restart', async () => {
    const crlDir = mkdtempSync(join(tmpdir(), 'khenthuong-crls-'));
    try {
      const checker = loadRevocationChecker({ crlDir, online: false, crlDirTtlMs: 0 })!;
      await expect(checker.check(cert(good), issuer())).resolves.toMatchObject({ state: 'UNKNOWN', problem: 'no revocation information for this certificate' });
      writeFileSync(join(crlDir, 'issuing.crl'), await ca.crl());
      await expect(checker.check(cert(offline), issuer())).resolves.toMatchObject({ state: 'REVOKED', source: 'CRL' });
      expect(loadRevocationChecker({ online: false })).toBeNull();
    } finally {
      rmSync(crlDir, { recursive: true, force: true });
    }
  });

  it('looks at the CRL folder once for a burst of checks, and again once its TTL has passed', async () => {
    const crlDir = mkdtempSync(join(tmpdir(), 'khenthuong-crls-'));
    let now = 1_000_000;
    try {
      const checker = new RevocationChecker({ crlDir, crlDirTtlMs: 5_000, clock: () => now });
      await expect(checker.check(cert(offline), issuer())).resolves.toMatchObject({ state: 'UNKNOWN' });
      writeFileSync(join(crlDir, 'issuing.crl'), await ca.crl());
      now += 4_999;
      // Within the TTL the folder's last look stands: the new file is not seen yet.
      await expect(checker.check(cert(offline), issuer())).resolves.toMatchObject({ state: 'UNKNOWN' });
      now += 1;
      await expect(checker.check(cert(offline), issuer())).resolves.toMatchObject({ state: 'REVOKED', source: 'CRL' });
      // A folder that disappears within the TTL is not looked at either.
      rmSync(crlDir, { recursive: true, force: true });
      await expect(checker.check(cert(offline), issuer())).resolves.toMatchObject({ state: 'REVOKED', source: 'CRL' });
    } finally {
      rmSync(crlDir, { recursive: true, force: true });
    }
  });

  it('falls back to the CRL distribution point when the OCSP responder is down, and says so when both are', async () => {
    await ca.stopOcsp();
    try {
      const checker = new RevocationChecker({ online: true, timeoutMs: 2_000 });
      await expect(checker.check(cert(revokedEarly), issuer())).resolves.toMatchObject({ state: 'REVOKED', source: 'CRL' });
      await expect(checker.check(cert(good), issuer())).resolves.toMatchObject({ state: 'GOOD', source: 'CRL' });
    } finally {
      await ca.startOcsp();
    }
    // No addresses in the certificate and no CRL on disk: nothing to ask.
    await expect(new RevocationChecker({ online: true }).check(cert(offline), issuer())).resolves.toMatchObject({ state: 'UNKNOWN', problem: 'no revocation information for this certificate' });
  });

  it('fails a signature made after its certificate was revoked, and keeps one made before', async () => {
    const checker = new RevocationChecker({ online: true });
    const [after] = await verifyPdfSignaturesWithRevocation(await signedBy(revokedEarly), roots, checker);
    expect(after!.integrityValid && after!.chainTrusted).toBe(true);
    expect(after!.revocation).toMatchObject({ state: 'REVOKED', beforeSigning: true });
    expect(after!.problems.join()).toMatch(/revoked on .* before signing/);

    const [before] = await verifyPdfSignaturesWithRevocation(signedBeforeRevocation, roots, checker);
    expect(before!.revocation).toMatchObject({ state: 'REVOKED', beforeSigning: false });
    expect(before!.problems).toEqual([]);

    const [fine] = await verifyPdfSignaturesWithRevocation(await signedBy(good), roots, checker);
    expect(fine!.revocation).toMatchObject({ state: 'GOOD', source: 'OCSP', beforeSigning: false });
    expect(fine!.problems).toEqual([]);
  });
});
