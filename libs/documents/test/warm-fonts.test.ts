import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PdfRenderer } from '../src';
import { takeInlineFonts } from '../src/pdf/warm-fonts';
import { CHROMIUM_PATH } from './chromium.helpers';
import { pdfFonts, pdfInfo, pdfText } from './pdf-inspect';

/**
 * A warm page keeps a document's inline fonts loaded between renders and swaps only the document.
 * What is printed must be what the self-contained HTML says: its own fonts (never those of the
 * previous document), its own page size and text.
 */
const CROSCORE = '/usr/share/fonts/truetype/croscore';

async function inlineFace(file: string): Promise<string> {
  const bytes = await readFile(join(CROSCORE, file));
  return `@font-face { font-family: 'Kiểm thử'; font-weight: 400; font-style: normal; src: url(data:font/ttf;base64,${bytes.toString('base64')}) format('truetype'); }`;
}

function documentWith(fontCss: string, text: string, pageCss = ''): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>${fontCss}
    ${pageCss} body { font-family: 'Kiểm thử', 'Tinos', serif; }</style></head><body><p>${text}</p></body></html>`;
}

describe('warm pages with inline fonts (real Chromium)', () => {
  // One page: every render reuses it, so each case runs on a page warmed by the previous one.
  const renderer = new PdfRenderer({ executablePath: CHROMIUM_PATH, maxConcurrentPages: 1 });
  let arimo: string;
  let cousine: string;

  beforeAll(async () => {
    [arimo, cousine] = await Promise.all([inlineFace('Arimo-Regular.ttf'), inlineFace('Cousine-Regular.ttf')]);
  });

  afterAll(() => renderer.close());

  const fontNames = async (pdf: Buffer): Promise<string[]> => (await pdfFonts(pdf)).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));

  it('takes the inline font rules out of the document and leaves the rest', () => {
    const html = documentWith(arimo, 'Phường Ngô Quyền', '@font-face { font-family: Remote; src: local(Tinos); }');
    const fontless = takeInlineFonts(html);
    expect(fontless?.fontRules).toEqual([arimo]);
    expect(fontless?.html).toBe(html.replace(arimo, ''));
    expect(fontless?.html).toContain('@font-face { font-family: Remote; src: local(Tinos); }');
    expect(takeInlineFonts(html.replace('<!doctype html>', ''))).toBeUndefined();
    expect(takeInlineFonts(documentWith('', 'x'))).toBeUndefined();
  });

  it('prints each document with its own embedded font, also when the previous one had another', async () => {
    const first = await renderer.renderPdf(documentWith(arimo, 'Quyết định khen thưởng'));
    const again = await renderer.renderPdf(documentWith(arimo, 'Giấy khen lần hai'));
    const other = await renderer.renderPdf(documentWith(cousine, 'Biên bản họp Hội đồng'));
    expect(await fontNames(first)).toEqual([expect.stringMatching(/^Arimo/)]);
    expect(await fontNames(again)).toEqual([expect.stringMatching(/^Arimo/)]);
    expect(await fontNames(other)).toEqual([expect.stringMatching(/^Cousine/)]);
    expect((await pdfFonts(other)).every((font) => font.embedded && font.unicode)).toBe(true);
    expect((await pdfText(again)).trim()).toBe('Giấy khen lần hai');
    expect((await pdfText(other)).trim()).toBe('Biên bản họp Hội đồng');
  });

  it('never lends the fonts of an earlier document to one that does not carry them', async () => {
    await renderer.renderPdf(documentWith(arimo, 'Có phông nhúng'));
    const plain = await renderer.renderPdf(documentWith('', 'Không phông nhúng'));
    expect(await fontNames(plain)).not.toContainEqual(expect.stringMatching(/^Arimo/));
    expect((await pdfText(plain)).trim()).toBe('Không phông nhúng');
  });

  it("applies the swapped document's own page rules", async () => {
    const landscape = await pdfInfo(await renderer.renderPdf(documentWith(arimo, 'Ngang', '@page { size: A4 landscape; }')));
    const portrait = await pdfInfo(await renderer.renderPdf(documentWith(arimo, 'Dọc', '@page { size: A4 portrait; }')));
    expect(landscape.pageWidthPt).toBeGreaterThan(landscape.pageHeightPt);
    expect(portrait.pageWidthPt).toBeLessThan(portrait.pageHeightPt);
  });
});
