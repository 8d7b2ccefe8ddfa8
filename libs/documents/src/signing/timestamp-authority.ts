import { randomBytes, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { buildSignedData, OID, rsaSignDigest, sha256 } from './cms';
import type { TimestampAuthority } from './signing.port';

/** The demo TSA's policy (a private arc; a real TSA states its own). */
const DEMO_TSA_POLICY = '1.3.6.1.4.1.55555.1.1';

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** Where TimeStampReq bytes go and TimeStampResp bytes come from: in process, or HTTP (RFC 3161 §3.4). */
export type TimestampTransport = (request: Buffer) => Promise<Buffer>;

/**
 * An RFC 3161 timestamp authority answering TimeStampReq with a signed TSTInfo, using the TSA
 * certificate (timeStamping extended key usage) of the set-up's PKI. The clock is the machine's.
 */
export class LocalTimestampAuthority {
  constructor(
    private readonly key: KeyObject,
    private readonly chain: Buffer[],
    private readonly now: () => Date = () => new Date(),
  ) {}

  async respond(requestDer: Buffer): Promise<Buffer> {
    const request = pkijs.TimeStampReq.fromBER(toArrayBuffer(requestDer));
    if (request.messageImprint.hashAlgorithm.algorithmId !== OID.sha256) {
      return Buffer.from(new pkijs.TimeStampResp({ status: new pkijs.PKIStatusInfo({ status: 2 }) }).toSchema().toBER(false));
    }
    const tstInfo = new pkijs.TSTInfo({
      version: 1,
      policy: DEMO_TSA_POLICY,
      messageImprint: request.messageImprint,
      serialNumber: new asn1js.Integer({ valueHex: toArrayBuffer(Buffer.concat([Buffer.from([1]), randomBytes(15)])) }),
      genTime: this.now(),
      ...(request.nonce ? { nonce: request.nonce } : {}),
    });
    const eContent = Buffer.from(tstInfo.toSchema().toBER(false));
    const token = await buildSignedData({
      chain: this.chain,
      contentDigest: sha256(eContent),
      eContentType: OID.tstInfo,
      eContent,
      signDigest: async (digest) => rsaSignDigest(this.key, digest),
    });
    const response = new pkijs.TimeStampResp({
      status: new pkijs.PKIStatusInfo({ status: 0 }),
      timeStampToken: pkijs.ContentInfo.fromBER(toArrayBuffer(token)),
    });
    return Buffer.from(response.toSchema().toBER(false));
  }

  /** The in-process transport. */
  readonly transport: TimestampTransport = (request) => this.respond(request);
}

/** RFC 3161 over HTTP: POST application/timestamp-query, answer application/timestamp-reply. */
export function httpTimestampTransport(url: string, timeoutMs = 10_000): TimestampTransport {
  return async (request) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: new Uint8Array(request),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) throw new Error(`timestamp authority answered HTTP ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  };
}

/** Asks a TSA for a token over a SHA-256 imprint and checks that the answer is for that imprint. */
export class Rfc3161Client implements TimestampAuthority {
  constructor(private readonly transport: TimestampTransport) {}

  async timestamp(imprint: Buffer): Promise<Buffer> {
    const nonce = randomBytes(8);
    nonce[0] = nonce[0]! & 0x7f;
    const request = new pkijs.TimeStampReq({
      version: 1,
      messageImprint: new pkijs.MessageImprint({
        hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
        hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(imprint) }),
      }),
      nonce: new asn1js.Integer({ valueHex: toArrayBuffer(nonce) }),
      certReq: true,
    });
    const response = pkijs.TimeStampResp.fromBER(toArrayBuffer(await this.transport(Buffer.from(request.toSchema().toBER(false)))));
    const status = response.status.status;
    if ((status !== 0 && status !== 1) || !response.timeStampToken) throw new Error(`timestamp authority refused the request (status ${status})`);
    const signed = new pkijs.SignedData({ schema: response.timeStampToken.content });
    const tstInfo = pkijs.TSTInfo.fromBER(signed.encapContentInfo.eContent!.getValue());
    const echoed = Buffer.from(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView);
    if (!echoed.equals(imprint)) throw new Error('timestamp authority answered for another imprint');
    return Buffer.from(response.timeStampToken.toSchema().toBER(false));
  }
}
