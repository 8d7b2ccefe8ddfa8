import { X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/** What is known about one certificate's revocation at the time of the check. */
export interface RevocationStatus {
  state: 'GOOD' | 'REVOKED' | 'UNKNOWN';
  /** Where the answer came from: the issuer's OCSP responder or a CRL it signed. */
  source: 'OCSP' | 'CRL' | null;
  /** When the issuer revoked it (REVOKED only). */
  revokedAt: Date | null;
  /** Why the state is UNKNOWN, in English for logs and the archive check. */
  problem: string | null;
}

export interface RevocationCheckerOptions {
  /** CRLs the ward keeps (DER or PEM), e.g. downloaded from its provider; asked again at each check. */
  crls?: () => Buffer[];
  /** A folder of CRL files (*.crl, *.pem) the ward keeps up to date; looked at again after `crlDirTtlMs`. */
  crlDir?: string;
  /** How long a look at `crlDir` holds: a burst of checks looks once, a replaced CRL counts after at most this. Default 5 s. */
  crlDirTtlMs?: number;
  /** Milliseconds now; the folder's TTL runs on it. */
  clock?: () => number;
  /** Ask the OCSP responder and fetch the CRLs the certificate names (AIA, CRL distribution points). */
  online?: boolean;
  /** Per HTTP call. */
  timeoutMs?: number;
}

const OID_AUTHORITY_INFO_ACCESS = '1.3.6.1.5.5.7.1.1';
const OID_OCSP = '1.3.6.1.5.5.7.48.1';
const OID_CRL_DISTRIBUTION_POINTS = '2.5.29.31';
const GENERAL_NAME_URI = 6;
const CLOCK_SKEW_MS = 5 * 60_000;
const OCSP_CACHE_MS = 5 * 60_000;
const CRL_DIR_TTL_MS = 5_000;

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const pkiCertificate = (cert: X509Certificate) => pkijs.Certificate.fromBER(toArrayBuffer(cert.raw));

/**
 * Revocation of a signer's certificate (RFC 6960 OCSP, RFC 5280 CRL): the OCSP responder named in the
 * certificate first, then the CRLs on disk and those the certificate names. Every answer must be
 * signed by the certificate's issuer (or, for OCSP, a responder it delegated); an answer that cannot
 * be authenticated or is out of date counts as no answer. See docs/documents.md, "Revocation".
 */
export class RevocationChecker {
  private readonly parsedCrls = new WeakMap<Buffer, pkijs.CertificateRevocationList>();
  private readonly fetchedCrls = new Map<string, pkijs.CertificateRevocationList>();
  private readonly ocspAnswers = new Map<string, { status: RevocationStatus; until: number }>();
  private readonly keptCrls: () => Buffer[];

  constructor(private readonly options: RevocationCheckerOptions = {}) {
    const folder = options.crlDir ? crlFolder(options.crlDir, options.crlDirTtlMs ?? CRL_DIR_TTL_MS, options.clock ?? Date.now) : () => [];
    this.keptCrls = options.crls ? () => [...options.crls!(), ...folder()] : folder;
  }

  async check(certificate: X509Certificate, issuer: X509Certificate, now = new Date()): Promise<RevocationStatus> {
    const cert = pkiCertificate(certificate);
    const issuerCert = pkiCertificate(issuer);
    const problems: string[] = [];
    if (this.options.online) {
      for (const url of accessUrls(cert, OID_AUTHORITY_INFO_ACCESS, OID_OCSP)) {
        const answer = await this.askOcsp(url, cert, issuerCert, now).catch((error: Error) => unknown(`OCSP ${url}: ${error.message}`));
        if (answer.state !== 'UNKNOWN') return answer;
        problems.push(answer.problem!);
      }
    }
    const crls = this.keptCrls().map((bytes) => {
      const parsed = this.parsedCrls.get(bytes) ?? parseCrl(bytes);
      this.parsedCrls.set(bytes, parsed);
      return parsed;
    });
    if (this.options.online) {
      for (const url of distributionPointUrls(cert)) {
        const crl = await this.fetchCrl(url, now).catch((error: Error) => {
          problems.push(`CRL ${url}: ${error.message}`);
          return null;
        });
        if (crl) crls.push(crl);
      }
    }
    for (const crl of crls) {
      if (!crl.issuer.isEqual(cert.issuer)) continue;
      if (!(await crl.verify({ issuerCertificate: issuerCert }).catch(() => false))) {
        problems.push('CRL not signed by the issuer');
        continue;
      }
      const entry = crl.revokedCertificates?.find((revoked) => revoked.userCertificate.isEqual(cert.serialNumber));
      if (entry) return { state: 'REVOKED', source: 'CRL', revokedAt: entry.revocationDate.value, problem: null };
      if (crl.nextUpdate && crl.nextUpdate.value.getTime() + CLOCK_SKEW_MS < now.getTime()) {
        problems.push(`CRL out of date since ${crl.nextUpdate.value.toISOString()}`);
        continue;
      }
      return { state: 'GOOD', source: 'CRL', revokedAt: null, problem: null };
    }
    return unknown(problems.length > 0 ? problems.join('; ') : 'no revocation information for this certificate');
  }

  private async askOcsp(url: string, cert: pkijs.Certificate, issuer: pkijs.Certificate, now: Date): Promise<RevocationStatus> {
    const key = `${url} ${Buffer.from(cert.serialNumber.valueBlock.valueHexView).toString('hex')}`;
    const cached = this.ocspAnswers.get(key);
    if (cached && cached.until > now.getTime()) return cached.status;
    const request = new pkijs.OCSPRequest();
    await request.createForCertificate(cert, { hashAlgorithm: 'SHA-256', issuerCertificate: issuer });
    const body = await this.http(url, { method: 'POST', headers: { 'content-type': 'application/ocsp-request' }, body: Buffer.from(request.toSchema(true).toBER(false)) });
    const response = pkijs.OCSPResponse.fromBER(toArrayBuffer(body));
    if (response.responseStatus.valueBlock.valueDec !== 0) return unknown(`OCSP responder answered status ${response.responseStatus.valueBlock.valueDec}`);
    if (!response.responseBytes) return unknown('OCSP answer without a response');
    const basic = pkijs.BasicOCSPResponse.fromBER(toArrayBuffer(response.responseBytes.response.valueBlock.valueHexView));
    // The issuer answers itself or delegates to a responder it certified for OCSP signing.
    if (!(await basic.verify({ trustedCerts: [issuer], issuerCerts: [issuer] }).catch(() => false))) return unknown('OCSP answer not signed by the issuer or its responder');
    const single = await findSingleResponse(basic, cert, issuer);
    if (!single) return unknown('OCSP answer is about another certificate');
    if (single.thisUpdate.getTime() > now.getTime() + CLOCK_SKEW_MS) return unknown('OCSP answer dated in the future');
    if (single.nextUpdate && single.nextUpdate.getTime() + CLOCK_SKEW_MS < now.getTime()) return unknown('OCSP answer out of date');
    const status: RevocationStatus =
      single.revokedAt !== undefined
        ? { state: 'REVOKED', source: 'OCSP', revokedAt: single.revokedAt, problem: null }
        : single.good
          ? { state: 'GOOD', source: 'OCSP', revokedAt: null, problem: null }
          : unknown('the OCSP responder does not know this certificate');
    this.ocspAnswers.set(key, { status, until: now.getTime() + OCSP_CACHE_MS });
    return status;
  }

  private async fetchCrl(url: string, now: Date): Promise<pkijs.CertificateRevocationList> {
    const cached = this.fetchedCrls.get(url);
    if (cached?.nextUpdate && cached.nextUpdate.value.getTime() > now.getTime()) return cached;
    const crl = parseCrl(await this.http(url, { method: 'GET' }));
    this.fetchedCrls.set(url, crl);
    return crl;
  }

  private async http(url: string, init: RequestInit): Promise<Buffer> {
    if (!/^https?:\/\//i.test(url)) throw new Error('not an HTTP address');
    const res = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  }
}

/**
 * The checker a deployment configured: CRL files from `crlDir` (*.crl, *.pem) and/or online checks;
 * null when neither is configured (signatures are then shown as not checked for revocation).
 */
export function loadRevocationChecker(options: { crlDir?: string; online: boolean; crlDirTtlMs?: number }): RevocationChecker | null {
  if (!options.crlDir && !options.online) return null;
  return new RevocationChecker({ crlDir: options.crlDir, crlDirTtlMs: options.crlDirTtlMs, online: options.online });
}

/**
 * The folder's CRL files, looked at (listed and stat'ed) at most once per `ttlMs`; a file is read
 * again only when it changed, so a replaced CRL counts within `ttlMs`.
 */
function crlFolder(dir: string, ttlMs: number, clock: () => number): () => Buffer[] {
  const files = new Map<string, { mtimeMs: number; size: number; bytes: Buffer }>();
  let looked: { at: number; crls: Buffer[] } | null = null;
  const look = (): Buffer[] =>
    readdirSync(dir)
      .filter((name) => /\.(crl|pem)$/i.test(name))
      .sort()
      .map((name) => {
        const path = join(dir, name);
        const { mtimeMs, size } = statSync(path);
        const known = files.get(path);
        if (known && known.mtimeMs === mtimeMs && known.size === size) return known.bytes;
        const bytes = readFileSync(path);
        files.set(path, { mtimeMs, size, bytes });
        return bytes;
      });
  return () => {
    const now = clock();
    // A clock that went back (or a first look) looks again.
    if (!looked || now < looked.at || now - looked.at >= ttlMs) looked = { at: now, crls: look() };
    return looked.crls;
  };
}

function unknown(problem: string): RevocationStatus {
  return { state: 'UNKNOWN', source: null, revokedAt: null, problem };
}

function parseCrl(bytes: Buffer): pkijs.CertificateRevocationList {
  const text = bytes.toString('latin1');
  const pem = /-----BEGIN X509 CRL-----([\s\S]+?)-----END X509 CRL-----/.exec(text);
  const der = pem ? Buffer.from(pem[1]!.replace(/\s+/g, ''), 'base64') : bytes;
  return pkijs.CertificateRevocationList.fromBER(toArrayBuffer(der));
}

function extension(cert: pkijs.Certificate, oid: string): pkijs.Extension | undefined {
  return cert.extensions?.find((ext) => ext.extnID === oid);
}

function accessUrls(cert: pkijs.Certificate, oid: string, method: string): string[] {
  const info = extension(cert, oid)?.parsedValue as pkijs.InfoAccess | undefined;
  return (info?.accessDescriptions ?? [])
    .filter((d) => d.accessMethod === method && d.accessLocation.type === GENERAL_NAME_URI)
    .map((d) => String(d.accessLocation.value));
}

function distributionPointUrls(cert: pkijs.Certificate): string[] {
  const points = extension(cert, OID_CRL_DISTRIBUTION_POINTS)?.parsedValue as pkijs.CRLDistributionPoints | undefined;
  return (points?.distributionPoints ?? []).flatMap((point) =>
    Array.isArray(point.distributionPoint) ? point.distributionPoint.filter((name) => name.type === GENERAL_NAME_URI).map((name) => String(name.value)) : [],
  );
}

interface SingleAnswer {
  good: boolean;
  revokedAt?: Date;
  thisUpdate: Date;
  nextUpdate?: Date;
}

/** The response entry for `cert` (matched on its CertID), with the revocation time when revoked. */
async function findSingleResponse(basic: pkijs.BasicOCSPResponse, cert: pkijs.Certificate, issuer: pkijs.Certificate): Promise<SingleAnswer | null> {
  for (const single of basic.tbsResponseData.responses) {
    const certId = new pkijs.CertID();
    await certId.createForCertificate(cert, { hashAlgorithm: single.certID.hashAlgorithm.algorithmId === '1.3.14.3.2.26' ? 'SHA-1' : 'SHA-256', issuerCertificate: issuer });
    if (!certId.isEqual(single.certID)) continue;
    const status = single.certStatus as asn1js.BaseBlock & { idBlock: { tagClass: number; tagNumber: number }; valueBlock: { value?: asn1js.BaseBlock[] } };
    const answer: SingleAnswer = { good: status.idBlock.tagNumber === 0, thisUpdate: single.thisUpdate, nextUpdate: single.nextUpdate };
    if (status.idBlock.tagNumber === 1) answer.revokedAt = revocationTime(status.valueBlock.value?.[0]);
    return answer;
  }
  return null;
}

/** RevokedInfo's revocationTime, a GeneralizedTime carried under the context tag. */
function revocationTime(block: asn1js.BaseBlock | undefined): Date {
  if (block instanceof asn1js.GeneralizedTime) return block.toDate();
  const raw = block ? Buffer.from((block.valueBlock as unknown as { valueHexView?: Uint8Array }).valueHexView ?? []).toString('latin1') : '';
  const parsed = new asn1js.GeneralizedTime({ value: raw });
  // Unknown time: treat as revoked since always, so no signature outlives it.
  return Number.isNaN(parsed.toDate().getTime()) ? new Date(0) : parsed.toDate();
}
