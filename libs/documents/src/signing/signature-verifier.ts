import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './cms';
import { signedBytes } from './pdf-signature-field';
import type { RevocationChecker, RevocationStatus } from './revocation';

/** What one signature in a PDF proves, checked on our own (no viewer trusted). */
export interface PdfSignatureCheck {
  /** The signer's certificate: common name, title (chức vụ) and organisation as written in it. */
  signerName: string;
  signerTitle: string | null;
  signerOrganization: string | null;
  /** The bytes it covers hash to what was signed, and the signature matches the certificate's key. */
  integrityValid: boolean;
  /** The certificate chains to a configured root and was valid at the signing time. */
  chainTrusted: boolean;
  /** The RFC 3161 token's time, when a token is there and valid. */
  timestampedAt: Date | null;
  /** This signature covers the whole file (the last one); earlier ones cover their revision. */
  coversWholeFile: boolean;
  /** The signer certificate's revocation, when a check is configured (null: not checked). */
  revocation: SignerRevocation | null;
  /** What failed, in English for logs and the archive check. */
  problems: string[];
}

export interface SignerRevocation extends RevocationStatus {
  /** Revoked at or before the signing time (or with no trusted time): the signature does not hold. */
  beforeSigning: boolean;
}

/** The signer's certificate and its issuer, as found while checking the chain. */
interface SignerCertificates {
  leaf: X509Certificate;
  issuer: X509Certificate | null;
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

/** Every signature of `pdf`, in file order (the competent person's first, then the agency's). */
export function verifyPdfSignatures(pdf: Buffer, roots: Buffer[]): PdfSignatureCheck[] {
  return checkAll(pdf, roots).map(({ check }) => check);
}

/**
 * The same checks, plus each signer certificate's revocation: a certificate revoked at or before
 * the signing time fails its signature; one revoked later leaves it valid (docs/documents.md).
 */
export async function verifyPdfSignaturesWithRevocation(pdf: Buffer, roots: Buffer[], checker: RevocationChecker, now = new Date()): Promise<PdfSignatureCheck[]> {
  const results = checkAll(pdf, roots);
  for (const { check, signer } of results) {
    if (!signer?.issuer) continue;
    const status = await checker.check(signer.leaf, signer.issuer, now);
    const beforeSigning = status.state === 'REVOKED' && (check.timestampedAt === null || status.revokedAt!.getTime() <= check.timestampedAt.getTime());
    check.revocation = { ...status, beforeSigning };
    if (beforeSigning) check.problems.push(`signer certificate revoked on ${status.revokedAt!.toISOString()}, before signing`);
  }
  return results.map(({ check }) => check);
}

function checkAll(pdf: Buffer, roots: Buffer[]): { check: PdfSignatureCheck; signer: SignerCertificates | null }[] {
  const anchors = roots.map((der) => new X509Certificate(der));
  const text = pdf.toString('latin1');
  return [...text.matchAll(BYTE_RANGE)].map((match) => checkOne(pdf, match.slice(1, 5).map(Number) as [number, number, number, number], anchors));
}

function checkOne(pdf: Buffer, range: [number, number, number, number], anchors: X509Certificate[]): { check: PdfSignatureCheck; signer: SignerCertificates | null } {
  const [a, b, c, d] = range;
  const problems: string[] = [];
  const result: PdfSignatureCheck = {
    signerName: '', signerTitle: null, signerOrganization: null, integrityValid: false, chainTrusted: false, timestampedAt: null, coversWholeFile: c + d === pdf.length, revocation: null, problems,
  };
  let signer: SignerCertificates | null = null;
  if (a !== 0 || b >= c || c + d > pdf.length) {
    problems.push('byte range does not describe the file');
    return { check: result, signer };
  }
  try {
    const hex = pdf.subarray(b + 1, c - 1).toString('latin1');
    const signed = parseSignedData(Buffer.from(hex, 'hex'));
    const checked = checkSignerInfo(signed, sha256(signedBytes(pdf, range)));
    Object.assign(result, describeSubject(checked.leafSubject));
    result.integrityValid = checked.problems.length === 0;
    problems.push(...checked.problems);
    const token = signed.signerInfos[0]?.unsignedAttrs?.attributes.find((attr) => attr.type === OID.signatureTimeStampToken)?.values[0];
    if (token) {
      const stamp = checkTimestamp(Buffer.from(token.toBER(false)), checked.signature, anchors);
      result.timestampedAt = stamp.problems.length === 0 ? stamp.time : null;
      problems.push(...stamp.problems.map((p) => `timestamp: ${p}`));
    } else problems.push('no signature timestamp');
    const chain = checkChain(checked.leaf, checked.certificates, anchors, result.timestampedAt ?? new Date());
    result.chainTrusted = chain.length === 0;
    problems.push(...chain);
    signer = { leaf: checked.leaf, issuer: issuerOf(checked.leaf, checked.certificates, anchors) };
  } catch (error) {
    problems.push(`unreadable signature: ${(error as Error).message}`);
  }
  return { check: result, signer };
}

function parseSignedData(der: Buffer): pkijs.SignedData {
  const parsed = asn1js.fromBER(toArrayBuffer(der));
  if (parsed.offset === -1) throw new Error('not DER');
  const info = new pkijs.ContentInfo({ schema: parsed.result });
  if (info.contentType !== OID.signedData) throw new Error('not a CMS SignedData');
  return new pkijs.SignedData({ schema: info.content });
}

/** Checks messageDigest against `digest`, signing-certificate-v2, and the RSA signature over the signed attributes. */
function checkSignerInfo(signed: pkijs.SignedData, digest: Buffer) {
  const problems: string[] = [];
  const signerInfo = signed.signerInfos[0];
  if (!signerInfo?.signedAttrs) throw new Error('no signer with signed attributes');
  const parsed = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const certificates = parsed.map((c) => new X509Certificate(Buffer.from(c.toSchema().toBER(false))));
  const sid = signerInfo.sid as pkijs.IssuerAndSerialNumber;
  const leafIndex = parsed.findIndex((cert) => cert.serialNumber.isEqual(sid.serialNumber) && cert.issuer.isEqual(sid.issuer));
  const leaf = certificates[leafIndex];
  if (!leaf) throw new Error('signer certificate not in the signature');
  const attr = (type: string) => signerInfo.signedAttrs!.attributes.find((x) => x.type === type)?.values[0];
  const messageDigest = attr(OID.messageDigest) as asn1js.OctetString | undefined;
  if (!messageDigest || !Buffer.from(messageDigest.valueBlock.valueHexView).equals(digest)) problems.push('content does not match the signed digest (document altered)');
  const certHash = (attr(OID.signingCertificateV2) as asn1js.Sequence | undefined)?.valueBlock.value[0] as asn1js.Sequence | undefined;
  const essHash = (certHash?.valueBlock.value[0] as asn1js.Sequence | undefined)?.valueBlock.value.find((v) => v instanceof asn1js.OctetString) as asn1js.OctetString | undefined;
  if (!essHash || !Buffer.from(essHash.valueBlock.valueHexView).equals(sha256(leaf.raw))) problems.push('signing-certificate-v2 missing or not the signer certificate');
  const attrsDer = Buffer.from(signerInfo.signedAttrs.encodedValue);
  attrsDer[0] = 0x31;
  const signature = Buffer.from(signerInfo.signature.valueBlock.valueHexView);
  if (!verifySignature('sha256', attrsDer, leaf.publicKey, signature)) problems.push('signature value does not match the signer key');
  return { problems, leaf, leafSubject: parsed[leafIndex]!.subject, certificates, signature };
}

function checkTimestamp(tokenDer: Buffer, signature: Buffer, anchors: X509Certificate[]): { time: Date | null; problems: string[] } {
  const signed = parseSignedData(tokenDer);
  if (signed.encapContentInfo.eContentType !== OID.tstInfo || !signed.encapContentInfo.eContent) return { time: null, problems: ['not a timestamp token'] };
  const eContent = Buffer.from(signed.encapContentInfo.eContent.getValue());
  const tstInfo = pkijs.TSTInfo.fromBER(toArrayBuffer(eContent));
  const checked = checkSignerInfo(signed, sha256(eContent));
  const problems = [...checked.problems];
  if (!Buffer.from(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView).equals(sha256(signature))) problems.push('token is for another signature');
  if (!checked.leaf.keyUsage?.includes('1.3.6.1.5.5.7.3.8')) problems.push('token signer is not a timestamp authority');
  problems.push(...checkChain(checked.leaf, checked.certificates, anchors, tstInfo.genTime));
  return { time: tstInfo.genTime, problems };
}

/** The certificate that issued `cert`: one the signature carries, or a configured root. */
function issuerOf(cert: X509Certificate, pool: X509Certificate[], anchors: X509Certificate[]): X509Certificate | null {
  return [...pool, ...anchors].find((cand) => cand !== cert && cand.fingerprint256 !== cert.fingerprint256 && cert.checkIssued(cand) && cert.verify(cand.publicKey)) ?? null;
}

/** Walks issuer links from `leaf` to one of `anchors`, each certificate valid at `at`. */
function checkChain(leaf: X509Certificate, pool: X509Certificate[], anchors: X509Certificate[], at: Date): string[] {
  const problems: string[] = [];
  let current = leaf;
  for (let depth = 0; depth < 8; depth++) {
    if (at < new Date(current.validFrom) || at > new Date(current.validTo)) problems.push(`certificate ${current.subject.split('\n').join(', ')} not valid at ${at.toISOString()}`);
    const anchor = anchors.find((root) => root.fingerprint256 === current.fingerprint256 || (current.checkIssued(root) && current.verify(root.publicKey)));
    if (anchor) {
      if (anchor.fingerprint256 !== current.fingerprint256 && (at < new Date(anchor.validFrom) || at > new Date(anchor.validTo))) problems.push('root not valid at the signing time');
      return problems;
    }
    const issuer = pool.find((cand) => cand !== current && current.checkIssued(cand) && current.verify(cand.publicKey) && cand.ca);
    if (!issuer) return [...problems, 'certificate does not chain to a configured root'];
    current = issuer;
  }
  return [...problems, 'certificate chain too long'];
}

function describeSubject(subject: pkijs.RelativeDistinguishedNames): Pick<PdfSignatureCheck, 'signerName' | 'signerTitle' | 'signerOrganization'> {
  const field = (oid: string) => {
    const value = subject.typesAndValues.find((tv) => tv.type === oid)?.value as { valueBlock?: { value?: unknown } } | undefined;
    return typeof value?.valueBlock?.value === 'string' ? value.valueBlock.value : null;
  };
  return { signerName: field('2.5.4.3') ?? '', signerTitle: field('2.5.4.12'), signerOrganization: field('2.5.4.10') };
}
