import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import {
  AGENCY_SIGNATURE_FIELD, DocumentRenderer, ensureDemoPki, IssuedDocumentSigner, loadIssuingKeys, loadTrustedRoots, PdfRenderer, PERSON_SIGNATURE_FIELD,
  SIGNATURE_POSITION_URI, verifyPdfSignatures,
} from '../src';
import { CERTIFICATES_BY_KIND } from './certificate.fixtures';
import { CHROMIUM_PATH } from './chromium.helpers';
import { annexDecision } from './decision.fixtures';
import { openMinutes, submission } from './papers.fixtures';
import { pdfsig } from './pdfsig';

const PKI_DIR = join(__dirname, '..', '..', '..', '.data', 'pki');

type Rect = [number, number, number, number];

/** The rectangles of the signature widgets and of any signature-position link left on the pages. */
async function annotations(pdf: Buffer): Promise<{ widgets: Map<string, Rect>; marks: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const widgets = new Map<string, Rect>();
  let marks = 0;
  for (const page of doc.getPages()) {
    for (const ref of page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
      const annot = doc.context.lookup(ref) as PDFDict;
      const rect = annot.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber()) as Rect;
      const name = annot.lookupMaybe(PDFName.of('T'), PDFString)?.decodeText();
      if (name) widgets.set(name, rect);
      if (annot.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString)?.decodeText() === SIGNATURE_POSITION_URI) marks++;
    }
  }
  return { widgets, marks };
}

describe('issued papers signed by the competent person, then the agency (real Chromium, pdfsig)', () => {
  let pdfRenderer: PdfRenderer;
  let documents: DocumentRenderer;
  let signer: IssuedDocumentSigner;
  const roots = () => loadTrustedRoots(PKI_DIR);
  const paper = { bodyCode: 'ngo-quyen', label: 'Quyết định số 12/QĐ-UBND', signerRole: 'CHAIRMAN' as const, signerName: 'Nguyễn Văn Hùng', agencyName: 'Ủy ban nhân dân phường Ngô Quyền', placeName: 'Ngô Quyền' };

  beforeAll(() => {
    ensureDemoPki(PKI_DIR);
    signer = new IssuedDocumentSigner(loadIssuingKeys(PKI_DIR));
    pdfRenderer = new PdfRenderer({ executablePath: CHROMIUM_PATH });
    documents = new DocumentRenderer(pdfRenderer);
  });

  afterAll(async () => {
    await pdfRenderer.close();
  });

  it('the rendered decision marks the signature position, and signing replaces the mark by the two signatures', async () => {
    const rendered = await documents.renderDecision(annexDecision(30));
    expect((await annotations(rendered)).marks).toBe(1);
    const signed = await signer.sign(rendered, paper);
    const { widgets, marks } = await annotations(signed);
    expect(marks).toBe(0);
    const person = widgets.get(PERSON_SIGNATURE_FIELD)!;
    const seal = widgets.get(AGENCY_SIGNATURE_FIELD)!;
    // The seal covers the left third of the person's signature image, on its left.
    expect(seal[0]).toBeLessThan(person[0]);
    expect(seal[2]).toBeCloseTo(person[0] + (person[2] - person[0]) / 3, 1);
    // Real size of a 36 mm seal.
    expect(seal[2] - seal[0]).toBeCloseTo((36 * 72) / 25.4, 1);
  });

  it.each([
    ['decision with annex', () => documents.renderDecision(annexDecision(30))],
    ['certificate', async () => (await documents.renderCertificates([CERTIFICATES_BY_KIND.GIAY_KHEN_CA_NHAN]))[0]!],
    ['council minutes', () => documents.renderCouncilMinutes(openMinutes())],
    ['submission', () => documents.renderSubmission(submission())],
  ])('%s: pdfsig finds two valid ETSI.CAdES.detached SHA-256 signatures, the person first', async (_kind, render) => {
    const signed = await signer.sign(await render(), paper);
    const found = await pdfsig(signed);
    expect(found.map((s) => [s.fieldName, s.commonName, s.type, s.hash, s.validation])).toEqual([
      [PERSON_SIGNATURE_FIELD, 'Nguyễn Văn Hùng', 'ETSI.CAdES.detached', 'SHA-256', 'Signature is Valid.'],
      [AGENCY_SIGNATURE_FIELD, 'Ủy ban nhân dân phường Ngô Quyền', 'ETSI.CAdES.detached', 'SHA-256', 'Signature is Valid.'],
    ]);
    expect(found[1]!.totalDocumentSigned).toBe(true);

    const checks = verifyPdfSignatures(signed, roots());
    expect(checks.map((c) => [c.signerName, c.integrityValid, c.chainTrusted, c.problems])).toEqual([
      ['Nguyễn Văn Hùng', true, true, []],
      ['Ủy ban nhân dân phường Ngô Quyền', true, true, []],
    ]);
    expect(checks.every((c) => c.timestampedAt !== null)).toBe(true);
  });

  it('a tampered copy fails both pdfsig and our own check', async () => {
    const signed = await signer.sign(await documents.renderSubmission(submission()), paper);
    const tampered = Buffer.from(signed);
    // One byte inside the first revision (covered by both signatures).
    tampered[Math.floor(signed.indexOf('/ByteRange') / 2)] ^= 0x01;
    const found = await pdfsig(tampered);
    expect(found).toHaveLength(2);
    expect(found.every((s) => s.validation !== 'Signature is Valid.')).toBe(true);
    const checks = verifyPdfSignatures(tampered, roots());
    expect(checks.every((c) => !c.integrityValid)).toBe(true);
  });

  it('a signature made under another root is not trusted', async () => {
    const signed = await signer.sign(await documents.renderSubmission(submission()), paper);
    const checks = verifyPdfSignatures(signed, []);
    expect(checks.map((c) => [c.integrityValid, c.chainTrusted])).toEqual([[true, false], [true, false]]);
  });
});
