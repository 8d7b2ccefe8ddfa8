import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PKI_FILES, type DemoPkiManifest } from './demo-pki';
import type { CompetentSignerRole, IssuingKeys, PersonKey } from './issued-document.signer';
import { Pkcs12HashSigner, readPkcs12 } from './pkcs12.signer';
import { LocalTimestampAuthority, Rfc3161Client } from './timestamp-authority';

/** Real size of a ward People's Committee seal. */
const WARD_SEAL_DIAMETER_MM = 36;

const opened = new Map<string, IssuingKeys>();

/**
 * Keys from a folder laid out as the set-up's PKI writes it (one PKCS#12 file per signer, their
 * images, the root): the development and small-ward configuration. Opened once per process
 * (PKCS#12 key derivation is slow); a rotated key is read at the next start.
 */
export function loadIssuingKeys(dir: string): IssuingKeys {
  const cached = opened.get(dir);
  if (cached) return cached;
  const keys = openIssuingKeys(dir);
  opened.set(dir, keys);
  return keys;
}

function openIssuingKeys(dir: string): IssuingKeys {
  const manifestPath = join(dir, DEMO_PKI_FILES.manifest);
  if (!existsSync(manifestPath)) throw new Error(`no signing keys in ${dir} (run the set-up, which creates the demo PKI)`);
  const { password } = JSON.parse(readFileSync(manifestPath, 'utf8')) as DemoPkiManifest;
  const file = (name: string) => readFileSync(join(dir, name));
  const person = (p12: string, image: string): PersonKey => ({ signer: Pkcs12HashSigner.fromFile(file(p12), password, p12), signatureImage: file(image) });
  const people: Record<CompetentSignerRole, PersonKey> = {
    CHAIRMAN: person(DEMO_PKI_FILES.chairman, DEMO_PKI_FILES.chairmanImage),
    VICE_CHAIRMAN: person(DEMO_PKI_FILES.viceChairman, DEMO_PKI_FILES.viceChairmanImage),
  };
  const tsa = readPkcs12(file(DEMO_PKI_FILES.tsa), password, DEMO_PKI_FILES.tsa);
  return {
    person: (role) => people[role],
    agency: { signer: Pkcs12HashSigner.fromFile(file(DEMO_PKI_FILES.agency), password, DEMO_PKI_FILES.agency), sealImage: file(DEMO_PKI_FILES.sealImage), sealDiameterMm: WARD_SEAL_DIAMETER_MM },
    timestampAuthority: new Rfc3161Client(new LocalTimestampAuthority(tsa.key, tsa.chain).transport),
  };
}

/** The trust anchors signatures are checked against (DER). */
export function loadTrustedRoots(dir: string): Buffer[] {
  const path = join(dir, DEMO_PKI_FILES.root);
  return existsSync(path) ? [new X509Certificate(readFileSync(path)).raw] : [];
}
