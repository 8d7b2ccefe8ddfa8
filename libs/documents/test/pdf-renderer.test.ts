import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PdfRenderer, PdfRendererClosedError } from '../src';
import { CHROMIUM_PATH, descendants, isAlive, userDataDirOf, waitUntil } from './chromium.helpers';
import { pdfInfo, pdfText } from './pdf-inspect';

const PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body><p>Trang thử nghiệm</p></body></html>';

function page(text: string): string {
  return PAGE.replace('Trang thử nghiệm', text);
}

describe('PdfRenderer (real Chromium)', () => {
  const renderers: PdfRenderer[] = [];

  function renderer(options: Partial<ConstructorParameters<typeof PdfRenderer>[0]> = {}): PdfRenderer {
    const created = new PdfRenderer({ executablePath: CHROMIUM_PATH, ...options });
    renderers.push(created);
    return created;
  }

  afterAll(async () => {
    await Promise.all(renderers.map((r) => r.close()));
  });

  describe('health', () => {
    it('starts the browser lazily and reports its version', async () => {
      const pdf = renderer();
      expect(pdf.stats().launches).toBe(0);
      const health = await pdf.health();
      expect(health).toEqual({ ok: true, version: expect.stringMatching(/^(Headless)?Chrome\/\d+/) });
      expect(pdf.stats()).toMatchObject({ launches: 1, browserPid: expect.any(Number) });
    });
  });

  describe('renderPdf', () => {
    // One warm browser for the tests that do not care about its lifecycle.
    let shared: PdfRenderer;
    beforeAll(() => {
      shared = renderer();
    });

    it('renders A4 portrait by default and landscape on request', async () => {
      const pdf = shared;
      const portrait = await pdfInfo(await pdf.renderPdf(page('Dọc')));
      const landscape = await pdfInfo(await pdf.renderPdf(page('Ngang'), { landscape: true }));
      // 210 × 297 mm = 595.3 × 841.9 pt; Chromium rounds the sheet to its own units (595.92 here).
      const near = (actual: number, expected: number): boolean => Math.abs(actual - expected) < 1;
      expect(near(portrait.pageWidthPt, 595.3) && near(portrait.pageHeightPt, 841.9)).toBe(true);
      expect(near(landscape.pageWidthPt, 841.9) && near(landscape.pageHeightPt, 595.3)).toBe(true);
    });

    it('passes Chromium header and footer templates through', async () => {
      const pdf = shared;
      const out = await pdf.renderPdf(page('Nội dung'), {
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: '<div style="font-size:10px;width:100%;text-align:center">Trang <span class="pageNumber"></span></div>',
        margin: { top: '20mm', bottom: '20mm' },
      });
      expect(await pdfText(out)).toContain('Trang 1');
    });

    it('never reaches the network, not even a TCP connection; data: URLs still load', async () => {
      const hits: string[] = [];
      let connections = 0;
      const server: Server = createServer((req, res) => {
        hits.push(req.url ?? '');
        res.end('x');
      });
      server.on('connection', () => connections++);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const pdf = shared;
        const html = `<!doctype html><html><head>
          <link rel="stylesheet" href="${base}/style.css">
          <style>@import url(${base}/import.css); body { background: url(${base}/bg.png); }
            @font-face { font-family: Remote; src: url(${base}/font.ttf); } p { font-family: Remote; }</style>
          </head><body><p>Ảnh:</p><img src="${base}/pixel.png"><iframe src="${base}/frame"></iframe>
          <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==">
          </body></html>`;
        const out = await pdf.renderPdf(html);
        expect(await pdfText(out)).toContain('Ảnh:');
        expect(hits).toEqual([]);
        expect(connections).toBe(0);
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it('does not run scripts in the document', async () => {
      const pdf = shared;
      const out = await pdf.renderPdf(page('<span id="x">tĩnh</span><script>document.getElementById("x").textContent = "động"</script>'));
      expect(await pdfText(out)).toContain('tĩnh');
    });

    it('renders concurrently on at most maxConcurrentPages pages, in one browser', async () => {
      const pdf = renderer({ maxConcurrentPages: 2 });
      const outs = await Promise.all(Array.from({ length: 6 }, (_, i) => pdf.renderPdf(page(`Tài liệu số ${i}`))));
      for (const [i, out] of outs.entries()) expect(await pdfText(out)).toContain(`Tài liệu số ${i}`);
      expect(pdf.stats()).toMatchObject({ launches: 1, documentsRendered: 6, activeRenders: 0, queuedRenders: 0 });
    });

    it('recycles the browser after recycleAfterDocuments and ends the old one', async () => {
      const pdf = renderer({ recycleAfterDocuments: 2 });
      await pdf.renderPdf(page('một'));
      const firstPid = pdf.stats().browserPid as number;
      await pdf.renderPdf(page('hai'));
      expect(await waitUntil(() => !isAlive(firstPid))).toBe(true);
      await pdf.renderPdf(page('ba'));
      expect(pdf.stats()).toMatchObject({ launches: 2, documentsRendered: 3 });
      expect(pdf.stats().browserPid).not.toBe(firstPid);
    });

    it('does not let a browser being recycled outlive close()', async () => {
      const launched: number[] = [];
      const logger = {
        info: (details: { pid?: number }, message: string) => void (message === 'browser launched' && launched.push(details.pid ?? 0)),
        warn: () => undefined,
      };
      const pdf = renderer({ recycleAfterDocuments: 1, logger });
      await pdf.renderPdf(page('một'));
      await pdf.close();
      expect(launched).toHaveLength(1);
      expect(launched.filter(isAlive)).toEqual([]);
    });
  });

  describe('browser crash', () => {
    it('relaunches transparently when the browser was killed between renders', async () => {
      const pdf = renderer();
      await pdf.renderPdf(page('trước'));
      const pid = pdf.stats().browserPid as number;
      const profile = userDataDirOf(pid) as string;
      const children = descendants(pid);
      process.kill(pid, 'SIGKILL');
      expect(await waitUntil(() => !isAlive(pid))).toBe(true);

      const out = await pdf.renderPdf(page('sau khi sập'));
      expect(await pdfText(out)).toContain('sau khi sập');
      expect(pdf.stats().launches).toBe(2);
      expect(pdf.stats().browserPid).not.toBe(pid);
      // What the dead browser left (renderers, zygote, profile) is cleaned up too.
      expect(await waitUntil(() => children.every((child) => !isAlive(child)))).toBe(true);
      expect(await waitUntil(() => !existsSync(profile))).toBe(true);
    });

    it('retries a render that the crash interrupted', async () => {
      const warnings: string[] = [];
      const pdf = renderer({ logger: { info: () => undefined, warn: (_details, message) => warnings.push(message) } });
      await pdf.health();
      const pid = pdf.stats().browserPid as number;
      const rows = Array.from({ length: 400 }, (_, i) => `<p>Dòng ${i}</p>`).join('');
      const rendering = pdf.renderPdf(page(`Tài liệu dài ${rows}`));
      process.kill(pid, 'SIGKILL');
      const out = await rendering;
      expect(await pdfText(out, { firstPage: 1, lastPage: 1 })).toContain('Tài liệu dài');
      expect(pdf.stats().launches).toBe(2);
      expect(warnings).toContain('browser went away during a render; retrying once');
    });
  });

  describe('close', () => {
    it('leaves no Chromium process and no profile directory behind', async () => {
      const pdf = renderer({ maxConcurrentPages: 3 });
      await Promise.all([pdf.renderPdf(page('a')), pdf.renderPdf(page('b')), pdf.renderPdf(page('c'))]);
      const pid = pdf.stats().browserPid as number;
      const children = descendants(pid);
      const profile = userDataDirOf(pid) as string;
      expect(children.length).toBeGreaterThan(0);
      expect(existsSync(profile)).toBe(true);

      await pdf.close();

      expect(isAlive(pid)).toBe(false);
      expect(children.filter(isAlive)).toEqual([]);
      expect(existsSync(profile)).toBe(false);
      expect(pdf.stats().browserPid).toBeUndefined();
      await expect(pdf.renderPdf(page('d'))).rejects.toThrow(PdfRendererClosedError);
    });

    it('waits for renders in progress before closing', async () => {
      const pdf = renderer();
      await pdf.health();
      const rendering = pdf.renderPdf(page('đang in'));
      await pdf.close();
      await expect(rendering).resolves.toBeInstanceOf(Buffer);
    });
  });
});
