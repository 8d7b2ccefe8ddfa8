import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

/** A rectangle in PDF points, lower-left origin: [x1, y1, x2, y2]. */
export type PdfRect = [number, number, number, number];

export interface SignatureFieldInput {
  /** Unique per document: the second signature adds a field of its own. */
  fieldName: string;
  pageIndex: number;
  rect: PdfRect;
  /** Transparent PNG drawn to fill `rect` (the signature or the seal image). */
  image: Buffer | null;
  signerName: string;
  reason: string;
  location: string;
  signingTime: Date;
  /** Bytes reserved for the DER CMS signature. */
  reservedBytes: number;
}

/** A PDF with an empty signature field appended as an incremental update, ready for the CMS. */
export interface PreparedPdf {
  bytes: Buffer;
  /** [0, a, b, c]: everything except the /Contents hex string, as written in /ByteRange. */
  byteRange: [number, number, number, number];
}

/** URI of the invisible link the templates put where the competent person signs. */
export const SIGNATURE_POSITION_URI = 'https://ky-so.invalid/vi-tri-chu-ky';

const BYTE_RANGE_WIDTH = 48;

/**
 * Appends one signature field (widget, appearance with the image, /Sig dictionary with a /Contents
 * placeholder) as an incremental update: the bytes before stay exactly as they were, so an
 * earlier signature remains valid (PDF 32000-1 §7.5.6, §12.8.1).
 */
export async function appendSignatureField(original: Buffer, input: SignatureFieldInput): Promise<PreparedPdf> {
  const base = await withClassicXref(original);
  const doc = await PDFDocument.load(base, { updateMetadata: false });
  const context = doc.context;
  const firstNewObject = context.largestObjectNumber + 1;
  const changed = new Set<PDFRef>();

  const page = doc.getPage(input.pageIndex);
  const [x1, y1, x2, y2] = input.rect;
  const width = x2 - x1;
  const height = y2 - y1;
  const resources: { XObject?: { Img: PDFRef } } = {};
  let drawing = '';
  if (input.image) {
    const image = await doc.embedPng(input.image);
    await image.embed();
    resources.XObject = { Img: image.ref };
    drawing = `q ${num(width)} 0 0 ${num(height)} 0 0 cm /Img Do Q`;
  }
  const appearance = context.register(context.stream(drawing, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, width, height], Resources: resources }));
  const signatureRef = context.nextRef();
  const widget = context.register(
    context.obj({
      Type: 'Annot', Subtype: 'Widget', FT: 'Sig', T: PDFString.of(input.fieldName), F: 132, Rect: input.rect, P: page.ref, V: signatureRef, AP: { N: appearance },
    }),
  );

  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  const kept = (annots?.asArray() ?? []).filter((a) => !isPositionMarker(context.lookup(a)));
  page.node.set(PDFName.of('Annots'), context.obj([...kept, widget]));
  changed.add(page.ref);

  const rootRef = context.trailerInfo.Root as PDFRef;
  const acroFormEntry = doc.catalog.get(PDFName.of('AcroForm'));
  const acroForm = acroFormEntry instanceof PDFRef ? context.lookup(acroFormEntry, PDFDict) : (acroFormEntry as PDFDict | undefined);
  const fields = acroForm?.lookupMaybe(PDFName.of('Fields'), PDFArray)?.asArray() ?? [];
  const form = acroForm ?? context.obj({});
  form.set(PDFName.of('Fields'), context.obj([...fields, widget]));
  form.set(PDFName.of('SigFlags'), PDFNumber.of(3));
  if (acroFormEntry instanceof PDFRef) changed.add(acroFormEntry);
  else {
    doc.catalog.set(PDFName.of('AcroForm'), context.register(form));
    changed.add(rootRef);
  }

  const written: [PDFRef, PDFObject][] = context
    .enumerateIndirectObjects()
    .filter(([ref]) => ref.objectNumber >= firstNewObject || changed.has(ref));
  return writeUpdate(base, context.trailerInfo, written, signatureRef, signatureDictionary(input), context.largestObjectNumber + 1);
}

/** Fills the /Contents placeholder with the DER CMS signature. */
export function embedSignature(prepared: PreparedPdf, cms: Buffer): Buffer {
  const [, contentsStart, contentsEnd] = prepared.byteRange;
  const capacity = (contentsEnd - contentsStart - 2) / 2;
  if (cms.length > capacity) throw new Error(`signature of ${cms.length} bytes does not fit the ${capacity} reserved`);
  const out = Buffer.from(prepared.bytes);
  out.write(cms.toString('hex').padEnd(capacity * 2, '0'), contentsStart + 1, 'latin1');
  return out;
}

/** The bytes a signature covers. */
export function signedBytes(pdf: Buffer, byteRange: readonly number[]): Buffer {
  const [a, b, c, d] = byteRange as [number, number, number, number];
  return Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
}

function isPositionMarker(annot: PDFObject | undefined): boolean {
  if (!(annot instanceof PDFDict)) return false;
  const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
  const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString);
  return uri?.decodeText() === SIGNATURE_POSITION_URI;
}

function signatureDictionary(input: SignatureFieldInput): { before: string; contents: string; after: string } {
  return {
    before: `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [${' '.repeat(BYTE_RANGE_WIDTH)}] /Contents `,
    contents: `<${'0'.repeat(input.reservedBytes * 2)}>`,
    after: ` /M ${pdfDate(input.signingTime)} /Name ${textString(input.signerName)} /Reason ${textString(input.reason)} /Location ${textString(input.location)} >>`,
  };
}

function writeUpdate(
  base: Buffer,
  trailerInfo: { Root?: PDFObject; Info?: PDFObject; ID?: PDFObject },
  objects: [PDFRef, PDFObject][],
  signatureRef: PDFRef,
  signature: { before: string; contents: string; after: string },
  size: number,
): PreparedPdf {
  const chunks: Buffer[] = [base, base[base.length - 1] === 0x0a ? Buffer.alloc(0) : Buffer.from('\n')];
  let offset = chunks[0]!.length + chunks[1]!.length;
  const offsets = new Map<number, number>();
  const push = (bytes: Buffer) => {
    chunks.push(bytes);
    offset += bytes.length;
  };
  for (const [ref, object] of objects) {
    offsets.set(ref.objectNumber, offset);
    const body = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(body, 0);
    push(Buffer.concat([Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`, 'latin1'), Buffer.from(body), Buffer.from('\nendobj\n', 'latin1')]));
  }
  offsets.set(signatureRef.objectNumber, offset);
  const header = `${signatureRef.objectNumber} 0 obj\n${signature.before}`;
  const byteRangeAt = offset + header.indexOf('[') + 1;
  const contentsStart = offset + header.length;
  const contentsEnd = contentsStart + signature.contents.length;
  push(Buffer.from(`${header}${signature.contents}${signature.after}\nendobj\n`, 'latin1'));

  const xrefAt = offset;
  const numbers = [...offsets.keys()].sort((a, b) => a - b);
  let xref = 'xref\n';
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    xref += `${numbers[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) xref += `${String(offsets.get(numbers[k]!)).padStart(10, '0')} 00000 n\r\n`;
    i = j + 1;
  }
  const trailer = [`/Size ${size}`, `/Root ${String(trailerInfo.Root)}`, `/Prev ${lastStartXref(base)}`];
  if (trailerInfo.Info) trailer.push(`/Info ${trailerInfo.Info.toString()}`);
  if (trailerInfo.ID) trailer.push(`/ID ${trailerInfo.ID.toString()}`);
  push(Buffer.from(`${xref}trailer\n<< ${trailer.join(' ')} >>\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'));

  const bytes = Buffer.concat(chunks);
  const byteRange: PreparedPdf['byteRange'] = [0, contentsStart, contentsEnd, bytes.length - contentsEnd];
  bytes.write(`0 ${byteRange[1]} ${byteRange[2]} ${byteRange[3]}`.padEnd(BYTE_RANGE_WIDTH, ' '), byteRangeAt, 'latin1');
  return { bytes, byteRange };
}

function lastStartXref(pdf: Buffer): number {
  const at = pdf.lastIndexOf('startxref');
  const match = at >= 0 ? /^startxref\s+(\d+)/.exec(pdf.subarray(at, at + 40).toString('latin1')) : null;
  if (!match) throw new Error('not a PDF: no startxref');
  return Number(match[1]);
}

/**
 * An incremental update here is written with a classic cross-reference table; a file whose last
 * section is a cross-reference stream (pdf-lib's default output) is first rewritten with tables,
 * which is only allowed while it carries no signature.
 */
async function withClassicXref(pdf: Buffer): Promise<Buffer> {
  const at = lastStartXref(pdf);
  if (pdf.subarray(at, at + 4).toString('latin1') === 'xref') return pdf;
  if (pdf.includes('/ByteRange')) throw new Error('a signed PDF with a cross-reference stream cannot be signed again here');
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

const num = (n: number): string => String(Math.round(n * 100) / 100);

/** D:YYYYMMDDHHmmSS+07'00' — Vietnam time, as the signer reads it. */
function pdfDate(instant: Date): string {
  const local = new Date(instant.getTime() + 7 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `(D:${local.getUTCFullYear()}${p(local.getUTCMonth() + 1)}${p(local.getUTCDate())}${p(local.getUTCHours())}${p(local.getUTCMinutes())}${p(local.getUTCSeconds())}+07'00')`;
}

/** A PDF text string in UTF-16BE with its byte-order mark (Vietnamese is not PDFDocEncoding). */
function textString(text: string): string {
  const utf16 = Buffer.from(text, 'utf16le').swap16();
  return `<FEFF${utf16.toString('hex').toUpperCase()}>`;
}
