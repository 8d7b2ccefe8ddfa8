import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CERTIFICATE_PAPER_KINDS, DocumentRenderer, PdfRenderer, type CertificateDocumentModel } from '@khenthuong/documents';
import { CERTIFICATES_BY_KIND, certificate } from '../../libs/documents/test/certificate.fixtures';
import { annexDecision, singleAwardeeDecision } from '../../libs/documents/test/decision.fixtures';
import { escalatedSubmission, paymentList, postingNotice, secretMinutes, submission } from '../../libs/documents/test/papers.fixtures';
import { measure, report, summarise, type Sample } from './support/stats';

/**
 * PDF rendering, warm: each paper kind on the pooled renderer against a trivial one-line page on
 * the same pool (the baseline), then 200 certificates four ways — one call per certificate on the
 * pool, the batch path (one browser round trip, split by pdf-lib), a bare Puppeteer loop over one
 * warm page (the floor), and a new browser per document (the naive way, fewer documents).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Samples per paper kind: enough for a steady p50 on a shared machine.
const N = 60;
const CERTIFICATES = 200;
const NAIVE = 10;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function roundModels(count: number): CertificateDocumentModel[] {
  return Array.from({ length: count }, (_, i) => {
    const base = CERTIFICATES_BY_KIND[CERTIFICATE_PAPER_KINDS[i % CERTIFICATE_PAPER_KINDS.length]];
    return certificate({ ...base, recipientLine: `${base.recipientLine} ${i + 1}`, verificationUrl: `${base.verificationUrl}-${i}` });
  });
}

/** Peak resident memory (VmHWM) of a process and its descendants, in MiB. */
function peakMemoryMiB(rootPid: number | undefined): number {
  if (!rootPid) return 0;
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited
    }
  }
  const pids = [rootPid];
  for (let i = 0; i < pids.length; i++) for (const [pid, ppid] of parents) if (ppid === pids[i]) pids.push(pid);
  let kib = 0;
  for (const pid of pids) {
    try {
      kib += Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // exited
    }
  }
  return kib / 1024;
}

async function launch(): Promise<{ browser: Browser; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: [...FLAGS, `--user-data-dir=${dir}`] });
  return { browser, dir };
}

async function printOn(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
  await page.close();
  return pdf;
}

export async function main(): Promise<void> {
  const pool = new PdfRenderer({ executablePath: CHROMIUM, recycleAfterDocuments: 10_000 });
  const documents = new DocumentRenderer(pool);
  try {
    // Warm-up: browser launch, fonts read, templates compiled.
    await pool.renderPdf('<p>warm</p>');
    await documents.renderDecision(singleAwardeeDecision());
    await documents.renderCertificate(certificate());

    const kinds: Sample[] = [await measure('baseline: one-line HTML', N, () => pool.renderPdf('<!doctype html><p>Ngô Quyền</p>'))];
    const papers: Array<[string, () => Promise<unknown>]> = [
      ['decision, inline awardee', () => documents.renderDecision(singleAwardeeDecision())],
      ['decision, 60-row annex', () => documents.renderDecision(annexDecision(60))],
      ['certificate (Giấy khen)', () => documents.renderCertificate(certificate())],
      ['council minutes', () => documents.renderCouncilMinutes(secretMinutes())],
      ['submission (ward)', () => documents.renderSubmission(submission())],
      ['submission (higher level)', () => documents.renderSubmission(escalatedSubmission())],
      ['posting notice', () => documents.renderPostingNotice(postingNotice())],
      ['payment list', () => documents.renderPaymentList(paymentList())],
    ];
    for (const [label, render] of papers) kinds.push(await measure(label, N, render));
    console.log('\nEach paper kind, warm pooled renderer (PDF incl. metadata post-processing):');
    report(kinds);
    const [baseline, decision] = kinds as [Sample, Sample];
    console.log(`warm single decision / one-line page = ${(decision.p50Ms / baseline.p50Ms).toFixed(2)}× (target ≤ 3×)`);

    const models = roundModels(CERTIFICATES);
    const htmls = await Promise.all(models.map((model) => documents.renderCertificatesHtml([model])));

    // The floor: one warm page, setContent + pdf in a loop, HTML prepared beforehand.
    const bare = await launch();
    let floor: Sample;
    try {
      const page = await bare.browser.newPage();
      await page.setContent(htmls[0] as string);
      await page.pdf();
      floor = await measure(`bare Puppeteer loop, ${CERTIFICATES} certificates`, CERTIFICATES, async (i) => {
        await page.setContent(htmls[i] as string, { waitUntil: 'load' });
        return page.pdf({ printBackground: true, preferCSSPageSize: true });
      });
    } finally {
      await bare.browser.close();
      rmSync(bare.dir, { recursive: true, force: true });
    }

    const pooledOne = await measure(`pooled, renderCertificate × ${CERTIFICATES}`, CERTIFICATES, (i) => documents.renderCertificate(models[i] as CertificateDocumentModel));

    const batchStarted = performance.now();
    const parts = await documents.renderCertificates(models);
    const batchMs = performance.now() - batchStarted;
    if (parts.length !== CERTIFICATES) throw new Error(`batch returned ${parts.length} PDFs`);
    const batch = summarise(`pooled batch renderCertificates(${CERTIFICATES}), per certificate`, Array(CERTIFICATES).fill(batchMs / CERTIFICATES), batchMs);
    const browserPeak = peakMemoryMiB(pool.stats().browserPid);

    const naive = await measure(`naive: new browser per document (n=${NAIVE})`, NAIVE, async (i) => {
      const fresh = await launch();
      try {
        return await printOn(fresh.browser, htmls[i] as string);
      } finally {
        await fresh.browser.close();
        rmSync(fresh.dir, { recursive: true, force: true });
      }
    });

    console.log(`\n${CERTIFICATES} certificates, ratios against the bare loop (the floor):`);
    report([floor, pooledOne, batch, naive]);
    const rate = (s: Sample): number => s.perSecond;
    console.log(
      [
        `documents/s: floor ${rate(floor).toFixed(1)}, pooled one-by-one ${rate(pooledOne).toFixed(1)}, pooled batch ${rate(batch).toFixed(1)}, naive ${rate(naive).toFixed(2)}`,
        `pooled one-by-one / floor = ${(rate(pooledOne) / rate(floor)).toFixed(2)}× (target ≥ 0.8×); batch / floor = ${(rate(batch) / rate(floor)).toFixed(2)}×`,
        `pooled one-by-one / naive = ${(rate(pooledOne) / rate(naive)).toFixed(1)}× (target ≥ 10×); batch / naive = ${(rate(batch) / rate(naive)).toFixed(1)}×`,
        `peak memory: node ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB, pooled browser (all processes, sum of peaks) ${browserPeak.toFixed(0)} MiB`,
      ].join('\n'),
    );
  } finally {
    await pool.close();
  }
}
