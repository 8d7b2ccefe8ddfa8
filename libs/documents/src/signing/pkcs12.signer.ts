import { createPrivateKey, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { rsaSignDigest } from './cms';
import type { HashSigner } from './signing.port';

export interface Pkcs12Key {
  key: KeyObject;
  /** Leaf first, then its issuers as found in the file. */
  chain: Buffer[];
}

/** Opens a PKCS#12 file; fails with the file's label when the password or the content is wrong. */
export function readPkcs12(bytes: Buffer, password: string, label: string): Pkcs12Key {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(bytes.toString('binary')), password);
  } catch (error) {
    throw new Error(`${label}: cannot open the PKCS#12 file (${(error as Error).message})`, { cause: error });
  }
  const keyBag = [...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? [])][0];
  const certs = (p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? []).map((b) => b.cert!).filter(Boolean);
  if (!keyBag?.key || certs.length === 0) throw new Error(`${label}: the PKCS#12 file holds no key or no certificate`);
  const privateKey = keyBag.key as forge.pki.rsa.PrivateKey;
  const leafIndex = certs.findIndex((c) => (c.publicKey as forge.pki.rsa.PublicKey).n.equals(privateKey.n));
  if (leafIndex < 0) throw new Error(`${label}: no certificate in the PKCS#12 file matches its key`);
  const ordered = [certs[leafIndex]!, ...certs.filter((_, i) => i !== leafIndex)];
  return {
    key: createPrivateKey(forge.pki.privateKeyToPem(privateKey)),
    chain: ordered.map((c) => Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes(), 'binary')),
  };
}

/** The signing port over a key file of one signer (development, and wards that keep a key on the server). */
export class Pkcs12HashSigner implements HashSigner {
  constructor(private readonly material: Pkcs12Key) {}

  static fromFile(bytes: Buffer, password: string, label: string): Pkcs12HashSigner {
    return new Pkcs12HashSigner(readPkcs12(bytes, password, label));
  }

  async certificates(): Promise<Buffer[]> {
    return this.material.chain;
  }

  async signDigest(digest: Buffer): Promise<Buffer> {
    return rsaSignDigest(this.material.key, digest);
  }
}
