import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pkijs from 'pkijs';
import { DEMO_ISSUING_CA_KEY_FILE, DEMO_PKI_FILES, type DemoPkiManifest } from './demo-pki';
import { readPkcs12 } from './pkcs12.signer';

export interface DemoRevocation {
  /** The revoked certificate (DER). */
  certificate: Buffer;
  revokedAt: Date;
}

const CRL_VALIDITY_DAYS = 7;
const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/**
 * Publishes the demo issuing CA's revocation list into `crlDir` (as `issuing-ca.crl`), valid for a
 * week, listing `revoked`. Returns false when the demo PKI predates the kept CA key. Demo and tests
 * only: a real ward downloads its provider's CRLs instead.
 */
export async function writeDemoCrl(pkiDir: string, crlDir: string, revoked: DemoRevocation[] = [], now = new Date()): Promise<boolean> {
  if (!existsSync(join(pkiDir, DEMO_ISSUING_CA_KEY_FILE))) return false;
  const { password } = JSON.parse(readFileSync(join(pkiDir, DEMO_PKI_FILES.manifest), 'utf8')) as DemoPkiManifest;
  const ca = readPkcs12(readFileSync(join(pkiDir, DEMO_ISSUING_CA_KEY_FILE)), password, DEMO_ISSUING_CA_KEY_FILE);
  const issuer = pkijs.Certificate.fromBER(toArrayBuffer(ca.chain[0]!));
  const crl = new pkijs.CertificateRevocationList({
    version: 1,
    issuer: issuer.subject,
    thisUpdate: new pkijs.Time({ type: 0, value: now }),
    nextUpdate: new pkijs.Time({ type: 0, value: new Date(now.getTime() + CRL_VALIDITY_DAYS * 86_400_000) }),
  });
  if (revoked.length > 0) {
    crl.revokedCertificates = revoked.map(
      ({ certificate, revokedAt }) =>
        new pkijs.RevokedCertificate({ userCertificate: pkijs.Certificate.fromBER(toArrayBuffer(certificate)).serialNumber, revocationDate: new pkijs.Time({ type: 0, value: revokedAt }) }),
    );
  }
  const key = await crypto.subtle.importKey('pkcs8', ca.key.export({ type: 'pkcs8', format: 'der' }), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
  await crl.sign(key, 'SHA-256');
  mkdirSync(crlDir, { recursive: true });
  const target = join(crlDir, 'issuing-ca.crl');
  // Replaced whole: a verifier reading the folder never sees half a list.
  writeFileSync(`${target}.tmp`, Buffer.from(crl.toSchema(true).toBER(false)));
  renameSync(`${target}.tmp`, target);
  return true;
}

