import { createHash, privateEncrypt, publicDecrypt, constants, X509Certificate, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
} as const;

const SHA256_DIGEST_INFO_PREFIX = Buffer.from('3031300d060960864801650304020105000420', 'hex');

export const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();
const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const der = (schema: { toBER(sizeOnly?: boolean): ArrayBuffer }): Buffer => Buffer.from(schema.toBER(false));

/** RSASSA-PKCS1-v1_5 over a SHA-256 digest, for keys held in this process. */
export function rsaSignDigest(key: KeyObject, digest: Buffer): Buffer {
  return privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([SHA256_DIGEST_INFO_PREFIX, digest]));
}

/** True when `signature` is the holder of `certDer` signing `digest` (RSASSA-PKCS1-v1_5, SHA-256): an answer from a remote service is checked before it is embedded. */
export function rsaSignatureMatches(certDer: Buffer, digest: Buffer, signature: Buffer): boolean {
  try {
    const recovered = publicDecrypt({ key: new X509Certificate(certDer).publicKey, padding: constants.RSA_PKCS1_PADDING }, signature);
    return recovered.equals(Buffer.concat([SHA256_DIGEST_INFO_PREFIX, digest]));
  } catch {
    return false;
  }
}

export function parseCertificate(bytes: Buffer): pkijs.Certificate {
  return pkijs.Certificate.fromBER(toArrayBuffer(bytes));
}

const sha256Algorithm = () => new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 });

/** ESS signing-certificate-v2 (RFC 5035): binds the signature to the signer's certificate. */
function signingCertificateV2(certDer: Buffer, cert: pkijs.Certificate): pkijs.Attribute {
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [cert.issuer.toSchema()] })] }),
      new asn1js.Integer({ valueHex: cert.serialNumber.valueBlock.valueHexView.slice().buffer }),
    ],
  });
  // hashAlgorithm is omitted: its DEFAULT is SHA-256.
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: toArrayBuffer(sha256(certDer)) }), issuerSerial] });
  return new pkijs.Attribute({ type: OID.signingCertificateV2, values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] })] });
}

export interface SignedDataInput {
  /** The signer's chain, leaf first, DER. */
  chain: Buffer[];
  /** SHA-256 of the content (detached) or of `eContent`. */
  contentDigest: Buffer;
  eContentType: string;
  /** Encapsulated content (a TSTInfo); absent for a detached signature. */
  eContent?: Buffer;
  signDigest: (digest: Buffer) => Promise<Buffer>;
  /** Timestamps the signature value (RFC 3161), added as an unsigned attribute. */
  timestamp?: (imprint: Buffer) => Promise<Buffer>;
}

/**
 * The signed attributes of a signature by the leaf of `chain` over content with `contentDigest`, and
 * the SHA-256 the signer signs: the same for the same inputs, so the digest sent to a remote signer
 * today matches the SignedData assembled when the signature comes back.
 */
export function signedAttributes(chain: Buffer[], contentDigest: Buffer, eContentType: string = OID.data): { signedAttrs: pkijs.SignedAndUnsignedAttributes; digest: Buffer } {
  const [leafDer] = chain;
  if (!leafDer) throw new Error('a signature needs the signer certificate');
  const leaf = parseCertificate(leafDer);
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: eContentType })] }),
      new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: toArrayBuffer(contentDigest) })] }),
      signingCertificateV2(leafDer, leaf),
    ],
  });
  // The signature covers the attributes DER-encoded as a SET (tag 0x31), not as the [0] field.
  const attrsDer = new Uint8Array(signedAttrs.toSchema().toBER(false));
  attrsDer[0] = 0x31;
  return { signedAttrs, digest: sha256(attrsDer) };
}

/**
 * A CMS SignedData (RFC 5652) as PAdES baseline and RFC 3161 want it: SHA-256, signed attributes
 * contentType, messageDigest and signing-certificate-v2, and no signingTime (the time comes from
 * the timestamp). Returns the DER ContentInfo.
 */
export async function buildSignedData(input: SignedDataInput): Promise<Buffer> {
  const certs = input.chain.map(parseCertificate);
  const leaf = certs[0]!;
  const { signedAttrs, digest } = signedAttributes(input.chain, input.contentDigest, input.eContentType);
  const signature = await input.signDigest(digest);
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: leaf.issuer, serialNumber: leaf.serialNumber }),
    digestAlgorithm: sha256Algorithm(),
    signedAttrs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() }),
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(signature) }),
  });
  if (input.timestamp) {
    const token = await input.timestamp(sha256(signature));
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [new pkijs.Attribute({ type: OID.signatureTimeStampToken, values: [asn1js.fromBER(toArrayBuffer(token)).result] })],
    });
  }
  const signedData = new pkijs.SignedData({
    version: input.eContentType === OID.data ? 1 : 3,
    digestAlgorithms: [sha256Algorithm()],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: input.eContentType,
      ...(input.eContent ? { eContent: new asn1js.OctetString({ valueHex: toArrayBuffer(input.eContent) }) } : {}),
    }),
    certificates: certs,
    signerInfos: [signerInfo],
  });
  return der(new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) }).toSchema());
}
