import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { CERTIFICATE_PAPER_KINDS, DocumentRenderer, PdfRenderer } from '../src';
import { CERTIFICATES_BY_KIND } from './certificate.fixtures';
import { CHROMIUM_PATH } from './chromium.helpers';
import { annexDecision, singleAwardeeDecision } from './decision.fixtures';
import { escalatedSubmission, paymentList, postingNotice, secretMinutes, submission } from './papers.fixtures';

/**
 * Layout regressions: each paper, rendered from fixed fixtures, is rasterised at 50 dpi and compared
 * with a reviewed reference PNG. Anti-aliasing differences stay far below the tolerance; a moved
 * block, a lost rule or a reflowed paragraph does not.
 */
const REFERENCE_DIR = join(__dirname, 'reference');
const UPDATE = process.env['UPDATE_REFERENCES'] === '1';
/** Share of pixels allowed to differ (after pixelmatch's per-pixel colour threshold). */
const TOLERANCE = 0.02;
const run = promisify(execFile);

type Case = [name: string, render: (documents: DocumentRenderer) => Promise<Buffer>, page: number];

const CASES: Case[] = [
  ['decision-single', (d) => d.renderDecision(singleAwardeeDecision()), 1],
  ['decision-annex-p1', (d) => d.renderDecision(annexDecision(30)), 1],
  ['decision-annex-p2', (d) => d.renderDecision(annexDecision(30)), 2],
  ...CERTIFICATE_PAPER_KINDS.map((kind): Case => [`certificate-${kind.toLowerCase()}`, (d) => d.renderCertificate(CERTIFICATES_BY_KIND[kind]), 1]),
  ['minutes-secret-p1', (d) => d.renderCouncilMinutes(secretMinutes()), 1],
  ['minutes-secret-p2', (d) => d.renderCouncilMinutes(secretMinutes()), 2],
  ['submission-ward-p1', (d) => d.renderSubmission(submission()), 1],
  ['submission-higher-p1', (d) => d.renderSubmission(escalatedSubmission()), 1],
  ['submission-higher-p2', (d) => d.renderSubmission(escalatedSubmission()), 2],
  ['posting-notice-p1', (d) => d.renderPostingNotice(postingNotice()), 1],
  ['payment-list-p1', (d) => d.renderPaymentList(paymentList()), 1],
];

async function rasterise(pdf: Buffer, page: number): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'visual-'));
  try {
    await writeFile(join(dir, 'doc.pdf'), pdf);
    await run('pdftoppm', ['-r', '50', '-png', '-f', String(page), '-l', String(page), '-singlefile', join(dir, 'doc.pdf'), join(dir, 'page')]);
    return await readFile(join(dir, 'page.png'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('visual regression against reviewed reference images (real Chromium, pdftoppm)', () => {
  let pdfRenderer: PdfRenderer;
  let documents: DocumentRenderer;

  beforeAll(() => {
    pdfRenderer = new PdfRenderer({ executablePath: CHROMIUM_PATH });
    documents = new DocumentRenderer(pdfRenderer);
  });

  afterAll(async () => {
    await pdfRenderer.close();
  });

  it.each(CASES)('%s matches its reference', async (name, render, page) => {
    const actualPng = await rasterise(await render(documents), page);
    const referencePath = join(REFERENCE_DIR, `${name}.png`);
    if (UPDATE) {
      await mkdir(REFERENCE_DIR, { recursive: true });
      await writeFile(referencePath, actualPng);
    }
    if (!existsSync(referencePath)) {
      throw new Error(
        `no reference image ${referencePath}: run \`UPDATE_REFERENCES=1 npx jest libs/documents/test/visual-regression.test.ts --selectProjects integration\`, ` +
          'look at the PNG, and commit it only if it looks like a real People’s Committee paper',
      );
    }
    const actual = PNG.sync.read(actualPng);
    const reference = PNG.sync.read(await readFile(referencePath));
    expect([actual.width, actual.height]).toEqual([reference.width, reference.height]);
    const differing = pixelmatch(actual.data, reference.data, null, actual.width, actual.height, { threshold: 0.1 });
    const share = differing / (actual.width * actual.height);
    if (share > TOLERANCE) {
      await writeFile(join(tmpdir(), `${name}.actual.png`), actualPng);
    }
    expect(share).toBeLessThanOrEqual(TOLERANCE);
  });
});
