import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { PDFDocument } from 'pdf-lib';
import { OID } from './cms';
import { ensureDemoPki } from './demo-pki';
import { IssuedDocumentSigner } from './issued-document.signer';
import { loadIssuingKeys, loadTrustedRoots } from './signing-keys';
import { verifyPdfSignatures } from './signature-verifier';

const PKI_DIR = join(__dirname, '..', '..', '..', '..', '.data', 'pki');
const paper = { bodyCode: 'ngo-quyen', label: 'Tờ trình số 3/TTr-HĐTĐKT', signerRole: 'VICE_CHAIRMAN' as const, signerName: 'Trần Thị Lan', agencyName: 'Ủy ban nhân dân phường Ngô Quyền', placeName: 'Ngô Quyền' };

/** The signer infos of every /Contents in the file. */
function signerInfos(pdf: Buffer): pkijs.SignerInfo[] {
  return [...pdf.toString('latin1').matchAll(/\/ByteRange\s*\[0 (\d+) (\d+) \d+\s*\]/g)].map((m) => {
    const der = Buffer.from(pdf.subarray(Number(m[1]) + 1, Number(m[2]) - 1).toString('latin1'), 'hex');
    const info = new pkijs.ContentInfo({ schema: asn1js.fromBER(new Uint8Array(der).buffer).result });
    return new pkijs.SignedData({ schema: info.content }).signerInfos[0]!;
  });
}

describe('PAdES signatures of an issued paper', () => {
  let pdf: Buffer;
  let signed: Buffer;

  beforeAll(async () => {
    ensureDemoPki(PKI_DIR);
    const doc = await PDFDocument.create();
    doc.addPage([595.28, 841.89]).drawText('Noi dung', { x: 72, y: 700 });
    pdf = Buffer.from(await doc.save()); // pdf-lib writes a cross-reference stream: rewritten once before the first signature
    signed = await new IssuedDocumentSigner(loadIssuingKeys(PKI_DIR)).sign(pdf, paper);
  });

  it('carries PAdES baseline signed attributes: contentType, messageDigest, signing-certificate-v2, and no signingTime', () => {
    const infos = signerInfos(signed);
    expect(infos).toHaveLength(2);
    for (const info of infos) {
      expect(info.signedAttrs!.attributes.map((a) => a.type).sort()).toEqual([OID.contentType, OID.messageDigest, OID.signingCertificateV2].sort());
      expect(info.digestAlgorithm.algorithmId).toBe(OID.sha256);
      expect(info.unsignedAttrs!.attributes.map((a) => a.type)).toEqual([OID.signatureTimeStampToken]);
    }
  });

  it('keeps the first signature valid under the second (incremental update): both check, the vice-chairman first', () => {
    const checks = verifyPdfSignatures(signed, loadTrustedRoots(PKI_DIR));
    expect(checks.map((c) => [c.signerName, c.signerTitle, c.integrityValid, c.chainTrusted, c.coversWholeFile, c.problems])).toEqual([
      ['Trần Thị Lan', 'Phó Chủ tịch UBND phường', true, true, false, []],
      ['Ủy ban nhân dân phường Ngô Quyền', null, true, true, true, []],
    ]);
  });

  it('timestamps each signature at signing time', () => {
    const checks = verifyPdfSignatures(signed, loadTrustedRoots(PKI_DIR));
    for (const check of checks) expect(Math.abs(check.timestampedAt!.getTime() - Date.now())).toBeLessThan(10 * 60_000);
  });

  it('finds a change after signing: a byte appended after the last signature leaves it not covering the file', () => {
    const appended = Buffer.concat([signed, Buffer.from('\n% added later\n')]);
    const checks = verifyPdfSignatures(appended, loadTrustedRoots(PKI_DIR));
    expect(checks.some((c) => c.coversWholeFile)).toBe(false);
  });
});
