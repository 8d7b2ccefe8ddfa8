import { createHash } from 'node:crypto';
import { PDFArray, PDFDocument, PDFHexString, ParseSpeeds } from 'pdf-lib';

/** Document information dictionary set on every paper (title, author, subject, keywords, dates). */
export interface PdfMetadata {
  title: string;
  /** The issuing body as written: 'Ủy ban nhân dân phường Ngô Quyền'. */
  author: string;
  subject: string;
  keywords: string[];
  /**
   * When the paper was issued; the caller's clock, never the renderer's (same model, same bytes).
   * Absent: the dates Chromium wrote are kept.
   */
  createdAt?: Date;
  /** Default: createdAt. */
  modifiedAt?: Date;
}

/** What every document model carries for its PDF metadata; the title comes from `documentTitle`. */
export type DocumentMetadataModel = Omit<PdfMetadata, 'title' | 'createdAt'> & { createdAt: Date };

const PRODUCER = 'khenthuong (Chromium, pdf-lib)';

/**
 * pdf-lib yields to the event loop every few dozen objects by default (a timer each time), which
 * doubled the wall time of a one-page paper; a paper has about a hundred objects, parsed in a few
 * milliseconds, so it is parsed and written in one go.
 */
const LOAD = { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest } as const;

/** Sets the information dictionary of a rendered PDF; fonts and text stay as Chromium wrote them. */
export async function withPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Buffer> {
  const document = await PDFDocument.load(pdf, LOAD);
  return save(document, metadata);
}

/**
 * Splits a multi-page PDF into one PDF per page, each with its own metadata: the batch path of
 * certificates (one browser round trip for many papers). Fails when the page count differs from
 * the metadata count, i.e. a paper overflowed onto a second page.
 */
export async function splitPdfPages(pdf: Uint8Array, metadata: PdfMetadata[]): Promise<Buffer[]> {
  const source = await PDFDocument.load(pdf, LOAD);
  if (source.getPageCount() !== metadata.length) {
    throw new Error(`expected ${metadata.length} pages (one per paper), got ${source.getPageCount()}`);
  }
  const parts: Buffer[] = [];
  for (const [index, meta] of metadata.entries()) {
    const part = await PDFDocument.create({ updateMetadata: false });
    const [page] = await part.copyPages(source, [index]);
    part.addPage(page);
    parts.push(await save(part, meta));
  }
  return parts;
}

async function save(document: PDFDocument, metadata: PdfMetadata): Promise<Buffer> {
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  // pdf-lib joins keywords with spaces, which would run multi-word Vietnamese keywords together.
  document.setKeywords([metadata.keywords.join('; ')]);
  document.setCreator(PRODUCER);
  document.setProducer(PRODUCER);
  const createdAt = metadata.createdAt ?? document.getCreationDate();
  if (createdAt) document.setCreationDate(createdAt);
  const modifiedAt = metadata.modifiedAt ?? createdAt;
  if (modifiedAt) document.setModificationDate(modifiedAt);
  setDeterministicId(document, metadata);
  return Buffer.from(await document.save({ useObjectStreams: false, objectsPerTick: Infinity }));
}

/**
 * Chromium writes a random file identifier; replacing it with one derived from the metadata and
 * page count makes the same model give the same bytes, so a retried render archives as the same
 * content-addressed file instead of a second copy.
 */
function setDeterministicId(document: PDFDocument, metadata: PdfMetadata): void {
  const seed = JSON.stringify([metadata.title, metadata.author, metadata.createdAt?.toISOString() ?? null, document.getPageCount()]);
  const id = PDFHexString.of(createHash('md5').update(seed).digest('hex'));
  const ids = PDFArray.withContext(document.context);
  ids.push(id);
  ids.push(id);
  document.context.trailerInfo.ID = ids;
}
