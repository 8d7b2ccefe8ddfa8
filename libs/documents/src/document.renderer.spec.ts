import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { annexDecision, singleAwardeeDecision } from '../test/decision.fixtures';
import { DocumentModelError } from './document-model.error';
import { DocumentRenderer, type HtmlToPdf } from './document.renderer';
import { SIGNATURE_POSITION_URI } from './signing/pdf-signature-field';

describe('DocumentRenderer', () => {
  let fontsDir: string;
  let printed: string[];
  let renderer: DocumentRenderer;
  /** A real (blank) PDF, since the renderer post-processes what the browser returns with pdf-lib. */
  let blankPdf: Buffer;

  beforeAll(async () => {
    const blank = await PDFDocument.create();
    blank.addPage();
    blankPdf = Buffer.from(await blank.save());
    fontsDir = await mkdtemp(join(tmpdir(), 'renderer-spec-'));
    for (const face of ['Regular', 'Bold', 'Italic', 'BoldItalic']) await writeFile(join(fontsDir, `Tinos-${face}.ttf`), face);
  });

  afterAll(async () => {
    await rm(fontsDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    printed = [];
    const pdf: HtmlToPdf = {
      renderPdf: async (html) => {
        printed.push(html);
        return blankPdf;
      },
    };
    renderer = new DocumentRenderer(pdf, { fontsDir });
  });

  describe('renderDecision', () => {
    it('prints the decision HTML with embedded fonts and an inline QR code', async () => {
      const pdf = await PDFDocument.load(await renderer.renderDecision(annexDecision(2)));
      expect(pdf.getTitle()).toBe(annexDecision(2).documentTitle);
      expect(pdf.getAuthor()).toBe('Ủy ban nhân dân phường Ngô Quyền');
      expect(printed).toHaveLength(1);
      const html = printed[0] ?? '';
      expect(html).toContain(`url(data:font/ttf;base64,${Buffer.from('BoldItalic').toString('base64')})`);
      expect(html).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 \d+ \d+"/);
      // Only the namespace URI: nothing the page could fetch. The signature position is a link
      // (never fetched) that signing finds and removes.
      expect(html.split(`href="${SIGNATURE_POSITION_URI}"`).join('').match(/(?:src|href)=["']?https?:/g)).toBeNull();
    });

    it('rejects an invalid model before anything is printed', async () => {
      await expect(renderer.renderDecision(singleAwardeeDecision({ awardees: [] }))).rejects.toThrow(DocumentModelError);
      expect(printed).toEqual([]);
    });
  });

  describe('renderDecisionHtml', () => {
    it('returns the same self-contained HTML that would be printed', async () => {
      const html = await renderer.renderDecisionHtml(singleAwardeeDecision());
      await renderer.renderDecision(singleAwardeeDecision());
      expect(printed[0]).toBe(html);
    });
  });
});
