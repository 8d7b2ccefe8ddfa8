import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { demoSealPng, demoSignaturePng } from './demo-images';

/**
 * A test PKI made on this machine, with no network: root CA → issuing CA → the chairman's, the
 * vice-chairman's, the agency's and the timestamp authority's certificates, each key in a PKCS#12
 * file, plus demo signature and seal images. Demo only: a real ward gets its certificates from a
 * licensed provider chaining to the national root.
 */
export const DEMO_PKI_FILES = {
  manifest: 'pki.json',
  root: 'root-ca.pem',
  issuing: 'issuing-ca.pem',
  chairman: 'chairman.p12',
  viceChairman: 'vice-chairman.p12',
  agency: 'agency.p12',
  tsa: 'tsa.p12',
  chairmanImage: 'chairman-signature.png',
  viceChairmanImage: 'vice-chairman-signature.png',
  sealImage: 'agency-seal.png',
} as const;

/** The issuing CA's key, kept so the demo can publish its revocation list; not needed to sign. */
export const DEMO_ISSUING_CA_KEY_FILE = 'issuing-ca.p12';

export interface DemoPkiManifest {
  version: 1;
  /** Password of every PKCS#12 file in the folder (demo keys only). */
  password: string;
  createdAt: string;
}

interface Identity {
  commonName: string;
  title?: string;
  organization: string;
}

const DEMO_BODY = 'Ủy ban nhân dân phường Ngô Quyền';
// forge names the extended key usages (emailProtection is what NSS wants of a document signer).
const EKU_EMAIL_PROTECTION = 'emailProtection';
const EKU_TIME_STAMPING = 'timeStamping';

/** Creates the demo PKI in `dir` unless a complete one is there; returns the manifest. */
export function ensureDemoPki(dir: string): DemoPkiManifest {
  const manifestPath = join(dir, DEMO_PKI_FILES.manifest);
  if (existsSync(manifestPath) && Object.values(DEMO_PKI_FILES).every((f) => existsSync(join(dir, f)))) {
    return JSON.parse(readFileSync(manifestPath, 'utf8')) as DemoPkiManifest;
  }
  // Built beside the target and renamed into place: a concurrent set-up never sees half a PKI.
  const staging = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  mkdirSync(staging, { recursive: true });
  try {
    const manifest: DemoPkiManifest = { version: 1, password: randomBytes(12).toString('hex'), createdAt: new Date().toISOString() };
    writeDemoPki(staging, manifest.password);
    writeFileSync(join(staging, DEMO_PKI_FILES.manifest), JSON.stringify(manifest, null, 2));
    if (existsSync(manifestPath)) return JSON.parse(readFileSync(manifestPath, 'utf8')) as DemoPkiManifest;
    rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(staging, dir);
    } catch (error) {
      if (!existsSync(manifestPath)) throw error; // another process won the race
    }
    return JSON.parse(readFileSync(manifestPath, 'utf8')) as DemoPkiManifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function writeDemoPki(dir: string, password: string): void {
  const root = issue({ commonName: 'khenthuong Demo Root CA', organization: 'khenthuong (demo)' }, null, { ca: true, years: 20 });
  const issuing = issue({ commonName: 'khenthuong Demo Issuing CA', organization: 'khenthuong (demo)' }, root, { ca: true, years: 10 });
  const leaf = (who: Identity, eku: string) => issue(who, issuing, { ca: false, years: 3, extKeyUsage: eku });
  const chairman = leaf({ commonName: 'Nguyễn Văn Hùng', title: 'Chủ tịch UBND phường', organization: DEMO_BODY }, EKU_EMAIL_PROTECTION);
  const vice = leaf({ commonName: 'Trần Thị Lan', title: 'Phó Chủ tịch UBND phường', organization: DEMO_BODY }, EKU_EMAIL_PROTECTION);
  const agency = leaf({ commonName: DEMO_BODY, organization: DEMO_BODY }, EKU_EMAIL_PROTECTION);
  const tsa = leaf({ commonName: 'khenthuong Demo Timestamp Authority', organization: 'khenthuong (demo)' }, EKU_TIME_STAMPING);

  writeFileSync(join(dir, DEMO_PKI_FILES.root), forge.pki.certificateToPem(root.cert));
  writeFileSync(join(dir, DEMO_PKI_FILES.issuing), forge.pki.certificateToPem(issuing.cert));
  const p12 = (file: string, holder: Issued) => {
    const asn1 = forge.pkcs12.toPkcs12Asn1(holder.key, [holder.cert, ...[issuing.cert, root.cert].filter((c) => c !== holder.cert)], password, { algorithm: '3des' });
    writeFileSync(join(dir, file), Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
  };
  p12(DEMO_ISSUING_CA_KEY_FILE, issuing);
  p12(DEMO_PKI_FILES.chairman, chairman);
  p12(DEMO_PKI_FILES.viceChairman, vice);
  p12(DEMO_PKI_FILES.agency, agency);
  p12(DEMO_PKI_FILES.tsa, tsa);
  writeFileSync(join(dir, DEMO_PKI_FILES.chairmanImage), demoSignaturePng(1));
  writeFileSync(join(dir, DEMO_PKI_FILES.viceChairmanImage), demoSignaturePng(3));
  writeFileSync(join(dir, DEMO_PKI_FILES.sealImage), demoSealPng());
}

interface Issued {
  cert: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
  nodeKey: KeyObject;
}

function issue(who: Identity, issuer: Issued | null, profile: { ca: boolean; years: number; extKeyUsage?: string }): Issued {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(pair.publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  const now = new Date();
  cert.validity.notBefore = new Date(now.getTime() - 24 * 3_600_000);
  cert.validity.notAfter = new Date(now.getTime() + profile.years * 365 * 24 * 3_600_000);
  const subject = distinguishedName(who);
  cert.setSubject(subject);
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : subject);
  const extensions: object[] = [
    { name: 'basicConstraints', cA: profile.ca, critical: true, ...(profile.ca && issuer ? { pathLenConstraint: 0 } : {}) },
    profile.ca
      ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
      : { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ];
  if (issuer) extensions.push({ name: 'authorityKeyIdentifier', keyIdentifier: issuer.cert.generateSubjectKeyIdentifier().getBytes() });
  if (profile.extKeyUsage) extensions.push({ name: 'extKeyUsage', critical: profile.extKeyUsage === EKU_TIME_STAMPING, [profile.extKeyUsage]: true });
  cert.setExtensions(extensions);
  // Signed by node:crypto rather than forge's JavaScript RSA: the set-up stays quick.
  cert.signatureOid = cert.siginfo.algorithmOid = forge.pki.oids.sha256WithRSAEncryption!;
  const tbs = Buffer.from(forge.asn1.toDer((forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 }).getTBSCertificate(cert)).getBytes(), 'binary');
  cert.signature = sign('sha256', tbs, issuer ? issuer.nodeKey : pair.privateKey).toString('binary');
  return { cert, key, nodeKey: pair.privateKey };
}

function distinguishedName(who: Identity): forge.pki.CertificateField[] {
  const utf8 = (name: string, value: string): forge.pki.CertificateField => ({ name, value, valueTagClass: forge.asn1.Type.UTF8 as never });
  return [
    { name: 'countryName', value: 'VN' },
    utf8('organizationName', who.organization),
    ...(who.title ? [utf8('title', who.title)] : []),
    utf8('commonName', who.commonName),
  ];
}
