/**
 * The signing port: a key held somewhere (a PKCS#12 file, a remote signing service with the
 * signer's approval on their phone) signs a SHA-256 digest. The CMS structure around the
 * signature (signed attributes, certificates, timestamp) is built on our side, so every
 * adapter only ever sees a hash, never the document.
 */
export interface HashSigner {
  /** The signer's certificate chain, leaf first, DER. */
  certificates(): Promise<Buffer[]>;
  /** An RSASSA-PKCS1-v1_5 signature over a SHA-256 digest, made with the signer's key. */
  signDigest(digest: Buffer, request: SignatureRequestInfo): Promise<Buffer>;
}

/** What a remote service shows the signer when asking for approval. */
export interface SignatureRequestInfo {
  /** Vietnamese, e.g. "Quyết định số 12/QĐ-UBND". */
  documentLabel: string;
}

/** An RFC 3161 timestamp authority: a TimeStampToken (DER ContentInfo) over a SHA-256 imprint. */
export interface TimestampAuthority {
  timestamp(imprint: Buffer): Promise<Buffer>;
}

/** The signer refused, the request expired, or the service answered nonsense: no retry helps. */
export class SignatureRefusedError extends Error {
  constructor(
    readonly reason: 'REJECTED' | 'EXPIRED' | 'INVALID_RESPONSE',
    message: string,
  ) {
    super(message);
    this.name = 'SignatureRefusedError';
  }
}
