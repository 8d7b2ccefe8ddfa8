import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { SIGNATURE_POSITION_URI, type PdfRect } from './pdf-signature-field';

const MM = 72 / 25.4;
/** Height of the person's signature image; the width follows the image. */
const SIGNATURE_HEIGHT = 20 * MM;

export interface SignaturePlacement {
  pageIndex: number;
  person: PdfRect;
  seal: PdfRect;
}

/**
 * Where the two images go: the person's signature centred in the space the template left between
 * the position line and the name (marked by an invisible link), and the seal at real size over the
 * left third of it. A paper without the mark gets the bottom right of its last page.
 */
export async function placeSignatures(pdf: Buffer, signaturePng: Buffer, sealDiameterMm: number): Promise<SignaturePlacement> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const area = findMarkedArea(doc) ?? fallbackArea(doc);
  const [x1, y1, x2, y2] = area.rect;
  const { width, height } = pngSize(signaturePng);
  const h = Math.min(SIGNATURE_HEIGHT, (y2 - y1) * 0.95);
  const w = Math.min((h * width) / height, (x2 - x1) * 0.9);
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  const person: PdfRect = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
  const d = sealDiameterMm * MM;
  const sealRight = person[0] + w / 3;
  return { pageIndex: area.pageIndex, person: rounded(person), seal: rounded([sealRight - d, cy - d / 2, sealRight, cy + d / 2]) };
}

function findMarkedArea(doc: PDFDocument): { pageIndex: number; rect: PdfRect } | null {
  const pages = doc.getPages();
  for (let pageIndex = pages.length - 1; pageIndex >= 0; pageIndex--) {
    const annots = pages[pageIndex]!.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (const ref of annots?.asArray() ?? []) {
      const annot = doc.context.lookup(ref);
      if (!(annot instanceof PDFDict)) continue;
      const uri = annot.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString)?.decodeText();
      const rect = annot.lookupMaybe(PDFName.of('Rect'), PDFArray);
      if (uri === SIGNATURE_POSITION_URI && rect) {
        const [a, b, c, d] = rect.asArray().map((n) => (n as PDFNumber).asNumber()) as PdfRect;
        return { pageIndex, rect: [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)] };
      }
    }
  }
  return null;
}

function fallbackArea(doc: PDFDocument): { pageIndex: number; rect: PdfRect } {
  const pageIndex = doc.getPageCount() - 1;
  const { width } = doc.getPage(pageIndex).getSize();
  return { pageIndex, rect: [width / 2, 30 * MM, width - 20 * MM, 58 * MM] };
}

function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('signature image is not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const rounded = (rect: PdfRect): PdfRect => rect.map((n) => Math.round(n * 100) / 100) as PdfRect;
