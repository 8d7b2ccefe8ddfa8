import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { demoSealPng, demoSignaturePng } from './demo-images';
import { readPkcs12 } from './pkcs12.signer';

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

// forge names the extended key usages (emailProtection is what NSS wants of a document signer).
const EKU_EMAIL_PROTECTION = 'emailProtection';
const EKU_TIME_STAMPING = 'timeStamping';

/** Who a body's demo certificates name: the body (its seal) and the two people who sign for it. */
export interface DemoBodyIdentity {
  /** 'Ủy ban nhân dân phường Lê Lợi' */
  name: string;
  chairmanName: string;
  viceChairmanName: string;
}

const DEMO_WARD: DemoBodyIdentity = { name: 'Ủy ban nhân dân phường Ngô Quyền', chairmanName: 'Nguyễn Văn Hùng', viceChairmanName: 'Trần Thị Lan' };

/** The files a body's own folder holds: its two people's keys, its seal, their images. */
const BODY_FILES = ['chairman', 'viceChairman', 'agency', 'chairmanImage', 'viceChairmanImage', 'sealImage'] as const;

/** Creates the demo PKI in `dir` unless a complete one is there; returns the manifest. */
export function ensureDemoPki(dir: string): DemoPkiManifest {
  return ensureFolder(dir, Object.values(DEMO_PKI_FILES), (staging, password) => writeDemoPki(staging, password));
}

/**
 * Gives one body its own demo keys in `<root>/bodies/<code>/`: its chairman, vice-chairman and seal,
 * issued by the root's demo issuing CA (so the root still verifies them); the timestamp authority
 * stays the root's. Creates the root PKI first when it is missing. Demo and tests only.
 */
export function ensureDemoBodyPki(rootDir: string, bodyCode: string, body: DemoBodyIdentity): DemoPkiManifest {
  const root = ensureDemoPki(rootDir);
  const dir = join(rootDir, SIGNING_KEYS_BODIES_DIR, bodyFolderName(bodyCode));
  return ensureFolder(dir, [DEMO_PKI_FILES.manifest, ...BODY_FILES.map((f) => DEMO_PKI_FILES[f])], (staging, password) => {
    const caFile = join(rootDir, DEMO_ISSUING_CA_KEY_FILE);
    if (!existsSync(caFile)) throw new Error(`the demo PKI in ${rootDir} predates keys per body (no ${DEMO_ISSUING_CA_KEY_FILE}): remove the folder to make a new one`);
    // The issuing CA's file holds its certificate, then the root's.
    const ca = readPkcs12(readFileSync(caFile), root.password, DEMO_ISSUING_CA_KEY_FILE);
    const [issuingCert, rootCert] = ca.chain.map((der) => forge.pki.certificateFromAsn1(forge.asn1.fromDer(der.toString('binary'))));
    writeBodyKeys(staging, password, { issuing: { cert: issuingCert!, nodeKey: ca.key }, rootCert: rootCert! }, body);
  });
}

/** Where a body's own keys live under the keys folder; a code that is not a plain name is refused. */
export function bodyFolderName(bodyCode: string): string {
  if (!BODY_CODE.test(bodyCode)) throw new RangeError(`"${bodyCode}" is not a body code that names a folder`);
  return bodyCode;
}

/** The folder under SIGNING_KEYS_DIR holding one folder of keys per body code (docs/signing.md). */
export const SIGNING_KEYS_BODIES_DIR = 'bodies';
const BODY_CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Builds a folder beside the target and renames it into place: a concurrent set-up never sees half
 * of one. An incomplete root is made anew with its bodies' folders, whose keys chained to the old CA.
 */
function ensureFolder(dir: string, files: string[], write: (staging: string, password: string) => void): DemoPkiManifest {
  const manifestPath = join(dir, DEMO_PKI_FILES.manifest);
  const complete = () => existsSync(manifestPath) && files.every((f) => existsSync(join(dir, f)));
  if (complete()) return JSON.parse(readFileSync(manifestPath, 'utf8')) as DemoPkiManifest;
  const staging = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  mkdirSync(staging, { recursive: true });
  try {
    const manifest: DemoPkiManifest = { version: 1, password: randomBytes(12).toString('hex'), createdAt: new Date().toISOString() };
    write(staging, manifest.password);
    writeFileSync(join(staging, DEMO_PKI_FILES.manifest), JSON.stringify(manifest, null, 2));
    if (complete()) return JSON.parse(readFileSync(manifestPath, 'utf8')) as DemoPkiManifest;
    rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(staging, dir);
    } catch (error) {
      if (!complete()) throw error; // another process won the race
    }
    return JSON.parse(readFileSync(manifestPath, 'utf8')) as DemoPkiManifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function writeDemoPki(dir: string, password: string): void {
  const root = issue({ commonName: 'khenthuong Demo Root CA', organization: 'khenthuong (demo)' }, null, { ca: true, years: 20 });
  const issuing = issue({ commonName: 'khenthuong Demo Issuing CA', organization: 'khenthuong (demo)' }, root, { ca: true, years: 10 });
  const tsa = issue({ commonName: 'khenthuong Demo Timestamp Authority', organization: 'khenthuong (demo)' }, issuing, { ca: false, years: 3, extKeyUsage: EKU_TIME_STAMPING });
  writeFileSync(join(dir, DEMO_PKI_FILES.root), forge.pki.certificateToPem(root.cert));
  writeFileSync(join(dir, DEMO_PKI_FILES.issuing), forge.pki.certificateToPem(issuing.cert));
  writePkcs12(join(dir, DEMO_ISSUING_CA_KEY_FILE), issuing, [root.cert], password);
  writePkcs12(join(dir, DEMO_PKI_FILES.tsa), tsa, [issuing.cert, root.cert], password);
  writeBodyKeys(dir, password, { issuing, rootCert: root.cert }, DEMO_WARD);
}

/** The chairman's, the vice-chairman's and the agency's keys and images of one body, in `dir`. */
function writeBodyKeys(dir: string, password: string, ca: { issuing: CertificateIssuer; rootCert: forge.pki.Certificate }, body: DemoBodyIdentity): void {
  const leaf = (who: Identity) => issue(who, ca.issuing, { ca: false, years: 3, extKeyUsage: EKU_EMAIL_PROTECTION });
  const chain = [ca.issuing.cert, ca.rootCert];
  writePkcs12(join(dir, DEMO_PKI_FILES.chairman), leaf({ commonName: body.chairmanName, title: 'Chủ tịch UBND phường', organization: body.name }), chain, password);
  writePkcs12(join(dir, DEMO_PKI_FILES.viceChairman), leaf({ commonName: body.viceChairmanName, title: 'Phó Chủ tịch UBND phường', organization: body.name }), chain, password);
  writePkcs12(join(dir, DEMO_PKI_FILES.agency), leaf({ commonName: body.name, organization: body.name }), chain, password);
  writeFileSync(join(dir, DEMO_PKI_FILES.chairmanImage), demoSignaturePng(1));
  writeFileSync(join(dir, DEMO_PKI_FILES.viceChairmanImage), demoSignaturePng(3));
  writeFileSync(join(dir, DEMO_PKI_FILES.sealImage), demoSealPng());
}

function writePkcs12(path: string, holder: Issued, chain: forge.pki.Certificate[], password: string): void {
  const asn1 = forge.pkcs12.toPkcs12Asn1(holder.key, [holder.cert, ...chain], password, { algorithm: '3des' });
  writeFileSync(path, Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
}

interface Issued {
  cert: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
  nodeKey: KeyObject;
}

type CertificateIssuer = Pick<Issued, 'cert' | 'nodeKey'>;

function issue(who: Identity, issuer: CertificateIssuer | null, profile: { ca: boolean; years: number; extKeyUsage?: string }): Issued {
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
