import { X509Certificate } from 'node:crypto';
import { buildSignedData, OID, rsaSignatureMatches, sha256, signedAttributes } from './cms';
import { appendSignatureField, embedSignature, signedBytes, type PreparedPdf, type SignatureFieldInput } from './pdf-signature-field';
import { SignatureRefusedError, type HashSigner, type TimestampAuthority } from './signing.port';

export interface PadesSignatureInput extends Omit<SignatureFieldInput, 'reservedBytes'> {
  signer: HashSigner;
  timestampAuthority: TimestampAuthority;
  /** Shown to the signer by a remote service ("Quyết định số …"). */
  documentLabel: string;
}

/** A PDF with an empty signature field and the SHA-256 its signer must sign to fill it. */
export interface PendingPadesSignature extends PreparedPdf {
  digest: Buffer;
}

/** Room for the timestamp token beyond the signer's own chain: the TSA's chain and its signed data. */
const TOKEN_RESERVE_BYTES = 6144;

/**
 * One PAdES signature (ETSI.CAdES.detached, SHA-256, signing-certificate-v2, RFC 3161 signature
 * timestamp) added to `pdf` as an incremental update.
 */
export async function addPadesSignature(pdf: Buffer, input: PadesSignatureInput): Promise<Buffer> {
  const chain = await input.signer.certificates();
  const pending = await preparePadesSignature(pdf, { ...input, chain });
  const signature = await input.signer.signDigest(pending.digest, { documentLabel: input.documentLabel });
  return completePadesSignature(pending, { chain, signature, timestampAuthority: input.timestampAuthority });
}

/**
 * The first half of a signature whose signer answers later (a remote service with approval on the
 * signer's phone): the field is appended and the digest computed; nothing is signed yet.
 */
export async function preparePadesSignature(pdf: Buffer, input: Omit<SignatureFieldInput, 'reservedBytes'> & { chain: Buffer[] }): Promise<PendingPadesSignature> {
  const reservedBytes = 2 * input.chain.reduce((sum, cert) => sum + cert.length, 0) + TOKEN_RESERVE_BYTES;
  const prepared = await appendSignatureField(pdf, { ...input, reservedBytes });
  const { digest } = signedAttributes(input.chain, contentDigestOf(prepared), OID.data);
  return { ...prepared, digest };
}

/** The second half: the signer's RSA signature over `pending.digest`, checked, timestamped and embedded. */
export async function completePadesSignature(
  pending: PendingPadesSignature,
  input: { chain: Buffer[]; signature: Buffer; timestampAuthority: TimestampAuthority },
): Promise<Buffer> {
  if (!rsaSignatureMatches(input.chain[0]!, pending.digest, input.signature)) {
    throw new SignatureRefusedError('INVALID_RESPONSE', 'the signature does not match the signer certificate and the document');
  }
  const cms = await buildSignedData({
    chain: withoutSelfSigned(input.chain),
    contentDigest: contentDigestOf(pending),
    eContentType: OID.data,
    signDigest: async () => input.signature,
    timestamp: (imprint) => input.timestampAuthority.timestamp(imprint),
  });
  return embedSignature(pending, cms);
}

const contentDigestOf = (prepared: PreparedPdf): Buffer => sha256(signedBytes(prepared.bytes, prepared.byteRange));

/** The root is the verifier's trust anchor, not part of what the signature carries. */
function withoutSelfSigned(chain: Buffer[]): Buffer[] {
  return chain.filter((der, index) => {
    if (index === 0) return true;
    const cert = new X509Certificate(der);
    return cert.subject !== cert.issuer;
  });
}
