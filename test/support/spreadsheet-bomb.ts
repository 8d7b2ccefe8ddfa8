import { Readable } from 'node:stream';
import yazl from 'yazl';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (i: number): string => String.fromCharCode(65 + i);
const cell = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

/**
 * A genuine xlsx package whose first sheet holds `heading` and then `rows` copies of `row`, the
 * sheet streamed into the zip so a test can build one that unpacks to hundreds of megabytes
 * without holding it: the shape of a decompression bomb a person could upload.
 */
export function repeatedRowsWorkbook(heading: readonly string[], row: readonly string[], rows: number, options: { references: boolean } = { references: true }): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(CONTENT_TYPES), '[Content_Types].xml');
  zip.addBuffer(Buffer.from(ROOT_RELS), '_rels/.rels');
  zip.addBuffer(Buffer.from(WORKBOOK), 'xl/workbook.xml');
  zip.addBuffer(Buffer.from(WORKBOOK_RELS), 'xl/_rels/workbook.xml.rels');
  // The row's text is escaped once; each row only puts its number into the cell references.
  const texts = ['', ...row].map((text) => `" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`);
  function* sheet(): Generator<string> {
    yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
    yield `<row r="1">${heading.map((h, i) => cell(`${column(i)}1`, h)).join('')}</row>`;
    let batch = '';
    // Without references (optional in the format) every row is the same bytes: deflate packs them about 1000:1.
    const plain = `<row><c><v>1</v></c>${texts.slice(1).map((t) => `<c${t.slice(1)}`).join('')}</row>`;
    for (let n = 2; n <= rows + 1; n++) {
      if (!options.references) {
        batch += plain;
        if (n % 5000 === 0) {
          yield batch;
          batch = '';
        }
        continue;
      }
      let xml = `<row r="${n}"><c r="A${n}"><v>${n - 1}</v></c>`;
      for (let i = 1; i < texts.length; i++) xml += `<c r="${column(i)}${n}${texts[i]}`;
      batch += xml + '</row>';
      if (n % 5000 === 0) {
        yield batch;
        batch = '';
      }
    }
    yield batch + '</sheetData></worksheet>';
  }
  zip.addReadStream(Readable.from(sheet()), 'xl/worksheets/sheet1.xml');
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** The largest heap the process reaches while `work` runs, above the heap before it (sampled every 5 ms). */
export async function peakHeapGrowth<T>(work: () => Promise<T>): Promise<{ result: T; peakBytes: number }> {
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return { result, peakBytes: peak - before };
  } finally {
    clearInterval(timer);
  }
}
