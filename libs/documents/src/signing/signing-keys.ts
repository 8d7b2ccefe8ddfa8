import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyFolderName, DEMO_PKI_FILES, SIGNING_KEYS_BODIES_DIR, type DemoPkiManifest } from './demo-pki';
import type { CompetentSignerRole, IssuingKeys, PersonKey } from './issued-document.signer';
import { Pkcs12HashSigner, readPkcs12 } from './pkcs12.signer';
import type { TimestampAuthority } from './signing.port';
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
  return opening(dir, () => openIssuingKeys(dir, dir));
}

/** A body's keys were asked for and its folder has none: no retry helps until someone installs them. */
export class SigningKeysMissingError extends Error {
  constructor(
    readonly bodyCode: string,
    message: string,
  ) {
    super(message);
    this.name = 'SigningKeysMissingError';
  }
}

/** The keys each issuing body signs with, by its code. */
export interface IssuingKeyRing {
  /** Throws SigningKeysMissingError when the body has no keys of its own. */
  keysOf(bodyCode: string): IssuingKeys;
}

/**
 * The keys of every body served from one folder (docs/signing.md). Without a `bodies` folder the
 * folder's own keys sign for every body: a one-ward installation. With one, each body signs only
 * with `bodies/<code>/` (its people and its seal; the timestamp authority stays the folder's), and
 * a body without its folder is refused rather than sealed with another body's keys. A folder
 * installed later is found at the next signature; a found one is kept for the process's life.
 */
export function loadIssuingKeyRing(dir: string): IssuingKeyRing {
  const bodiesDir = join(dir, SIGNING_KEYS_BODIES_DIR);
  return {
    keysOf(bodyCode) {
      if (!existsSync(bodiesDir)) return loadIssuingKeys(dir);
      let own: string;
      try {
        own = join(bodiesDir, bodyFolderName(bodyCode));
      } catch {
        throw new SigningKeysMissingError(bodyCode, `body code "${bodyCode}" cannot name a keys folder`);
      }
      if (!opened.has(own) && !existsSync(join(own, DEMO_PKI_FILES.manifest))) {
        throw new SigningKeysMissingError(bodyCode, `no signing keys for body ${bodyCode}: ${own} is missing`);
      }
      return opening(own, () => openIssuingKeys(own, dir));
    },
  };
}

function opening(dir: string, open: () => IssuingKeys): IssuingKeys {
  const cached = opened.get(dir);
  if (cached) return cached;
  const keys = open();
  opened.set(dir, keys);
  return keys;
}

/** The people's and the agency's keys from `dir`; the timestamp authority's from `tsaDir`. */
function openIssuingKeys(dir: string, tsaDir: string): IssuingKeys {
  const password = manifestPassword(dir);
  const file = (name: string) => readFileSync(join(dir, name));
  const person = (p12: string, image: string): PersonKey => ({ signer: Pkcs12HashSigner.fromFile(file(p12), password, p12), signatureImage: file(image) });
  const people: Record<CompetentSignerRole, PersonKey> = {
    CHAIRMAN: person(DEMO_PKI_FILES.chairman, DEMO_PKI_FILES.chairmanImage),
    VICE_CHAIRMAN: person(DEMO_PKI_FILES.viceChairman, DEMO_PKI_FILES.viceChairmanImage),
  };
  return {
    person: (role) => people[role],
    agency: { signer: Pkcs12HashSigner.fromFile(file(DEMO_PKI_FILES.agency), password, DEMO_PKI_FILES.agency), sealImage: file(DEMO_PKI_FILES.sealImage), sealDiameterMm: WARD_SEAL_DIAMETER_MM },
    timestampAuthority: timestampAuthorityIn(tsaDir),
  };
}

const timestampAuthorities = new Map<string, TimestampAuthority>();

/** The folder's timestamp authority, opened once and shared by every body signing under that folder. */
function timestampAuthorityIn(dir: string): TimestampAuthority {
  let authority = timestampAuthorities.get(dir);
  if (!authority) {
    const tsa = readPkcs12(readFileSync(join(dir, DEMO_PKI_FILES.tsa)), manifestPassword(dir), DEMO_PKI_FILES.tsa);
    authority = new Rfc3161Client(new LocalTimestampAuthority(tsa.key, tsa.chain).transport);
    timestampAuthorities.set(dir, authority);
  }
  return authority;
}

function manifestPassword(dir: string): string {
  const manifestPath = join(dir, DEMO_PKI_FILES.manifest);
  if (!existsSync(manifestPath)) throw new Error(`no signing keys in ${dir} (run the set-up, which creates the demo PKI)`);
  return (JSON.parse(readFileSync(manifestPath, 'utf8')) as DemoPkiManifest).password;
}

/** The trust anchors signatures are checked against (DER). */
export function loadTrustedRoots(dir: string): Buffer[] {
  const path = join(dir, DEMO_PKI_FILES.root);
  return existsSync(path) ? [new X509Certificate(readFileSync(path)).raw] : [];
}
