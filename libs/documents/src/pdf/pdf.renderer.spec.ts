import { PdfRenderer, PdfRendererClosedError } from './pdf.renderer';

// Behaviour with a real browser is covered in test/pdf-renderer.test.ts (integration).
describe('PdfRenderer', () => {
  describe('constructor', () => {
    it.each([
      [{ executablePath: '' }, 'executablePath is required'],
      [{ executablePath: '/x', maxConcurrentPages: 0 }, 'limit must be a positive integer'],
      [{ executablePath: '/x', recycleAfterDocuments: 0 }, 'recycleAfterDocuments must be positive'],
    ])('rejects invalid options %j', (options, message) => {
      expect(() => new PdfRenderer(options)).toThrow(message);
    });

    it('does not start a browser', () => {
      const renderer = new PdfRenderer({ executablePath: '/nonexistent/chromium' });
      expect(renderer.stats()).toEqual({ browserPid: undefined, launches: 0, documentsRendered: 0, activeRenders: 0, queuedRenders: 0 });
    });
  });

  describe('health', () => {
    it('reports a browser that cannot start instead of throwing', async () => {
      const renderer = new PdfRenderer({ executablePath: '/nonexistent/chromium', launchTimeoutMs: 5_000 });
      const health = await renderer.health();
      expect(health.ok).toBe(false);
      expect(health.error).toMatch(/nonexistent/);
      await renderer.close();
      await expect(renderer.health()).resolves.toEqual({ ok: false, error: 'closed' });
    });
  });

  describe('renderPdf', () => {
    it('rejects with the launch error, and retries the launch on the next call', async () => {
      const renderer = new PdfRenderer({ executablePath: '/nonexistent/chromium', launchTimeoutMs: 5_000 });
      await expect(renderer.renderPdf('<p>x</p>')).rejects.toThrow(/nonexistent/);
      await expect(renderer.renderPdf('<p>x</p>')).rejects.toThrow(/nonexistent/);
      await renderer.close();
    });

    it('rejects once closed', async () => {
      const renderer = new PdfRenderer({ executablePath: '/nonexistent/chromium' });
      await renderer.close();
      await expect(renderer.renderPdf('<p>x</p>')).rejects.toThrow(PdfRendererClosedError);
    });
  });
});
