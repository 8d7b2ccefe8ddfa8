import { X509Certificate } from 'node:crypto';
import { buildSignedData, OID, sha256 } from './cms';
import { appendSignatureField, embedSignature, signedBytes, type SignatureFieldInput } from './pdf-signature-field';
import type { HashSigner, TimestampAuthority } from './signing.port';

export interface PadesSignatureInput extends Omit<SignatureFieldInput, 'reservedBytes'> {
  signer: HashSigner;
  timestampAuthority: TimestampAuthority;
  /** Shown to the signer by a remote service ("Quyết định số …"). */
  documentLabel: string;
}

/** Room for the timestamp token beyond the signer's own chain: the TSA's chain and its signed data. */
const TOKEN_RESERVE_BYTES = 6144;

/**
 * One PAdES signature (ETSI.CAdES.detached, SHA-256, signing-certificate-v2, RFC 3161 signature
 * timestamp) added to `pdf` as an incremental update.
 */
export async function addPadesSignature(pdf: Buffer, input: PadesSignatureInput): Promise<Buffer> {
  const chain = await input.signer.certificates();
  const reservedBytes = 2 * chain.reduce((sum, cert) => sum + cert.length, 0) + TOKEN_RESERVE_BYTES;
  const prepared = await appendSignatureField(pdf, { ...input, reservedBytes });
  const cms = await buildSignedData({
    chain: withoutSelfSigned(chain),
    contentDigest: sha256(signedBytes(prepared.bytes, prepared.byteRange)),
    eContentType: OID.data,
    signDigest: (digest) => input.signer.signDigest(digest, { documentLabel: input.documentLabel }),
    timestamp: (imprint) => input.timestampAuthority.timestamp(imprint),
  });
  return embedSignature(prepared, cms);
}

/** The root is the verifier's trust anchor, not part of what the signature carries. */
function withoutSelfSigned(chain: Buffer[]): Buffer[] {
  return chain.filter((der, index) => {
    if (index === 0) return true;
    const cert = new X509Certificate(der);
    return cert.subject !== cert.issuer;
  });
}
