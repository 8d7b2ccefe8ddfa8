import { join } from 'node:path';
import { DocumentRenderer, ensureDemoPki, IssuedDocumentSigner, loadIssuingKeys, PdfRenderer } from '@khenthuong/documents';
import { CERTIFICATES_BY_KIND } from '../../libs/documents/test/certificate.fixtures';
import { annexDecision, singleAwardeeDecision } from '../../libs/documents/test/decision.fixtures';
import { openMinutes, submission } from '../../libs/documents/test/papers.fixtures';
import { measure, report, type Sample } from './support/stats';

/**
 * Signing an issued paper (the person's signature, then the agency's as an incremental update,
 * each with an RFC 3161 timestamp from the local authority), warm, with keys opened once: per paper
 * kind against rendering the same paper on the pooled Chromium (the baseline of the run), and the
 * bytes the two signatures add.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const N = 10;
const PKI_DIR = process.env.SIGNING_KEYS_DIR ?? join(__dirname, '..', '..', '.data', 'pki');
const PAPER = { bodyCode: 'ngo-quyen', label: 'Quyết định số 12/QĐ-UBND', signerRole: 'CHAIRMAN' as const, signerName: 'Nguyễn Văn Hùng', agencyName: 'Ủy ban nhân dân phường Ngô Quyền', placeName: 'Ngô Quyền' };

export async function main(): Promise<void> {
  ensureDemoPki(PKI_DIR);
  const signer = new IssuedDocumentSigner(loadIssuingKeys(PKI_DIR));
  const pdf = new PdfRenderer({ executablePath: CHROMIUM });
  const documents = new DocumentRenderer(pdf);
  try {
    const kinds: [string, () => Promise<Buffer>][] = [
      ['decision, 1 awardee', () => documents.renderDecision(singleAwardeeDecision())],
      ['decision, annex of 30', () => documents.renderDecision(annexDecision(30))],
      ['certificate', async () => (await documents.renderCertificates([CERTIFICATES_BY_KIND.GIAY_KHEN_CA_NHAN]))[0]!],
      ['council minutes', () => documents.renderCouncilMinutes(openMinutes())],
      ['submission', () => documents.renderSubmission(submission())],
    ];
    const sizes: Record<string, string | number>[] = [];
    for (const [label, render] of kinds) {
      await render(); // warm
      const rendered = await render();
      const samples: Sample[] = [await measure(`${label}: render (baseline)`, N, render)];
      let signed = rendered;
      samples.push(await measure(`${label}: sign (person + agency)`, N, async () => (signed = await signer.sign(rendered, PAPER))));
      report(samples);
      sizes.push({ paper: label, 'rendered bytes': rendered.length, 'signed bytes': signed.length, 'added bytes': signed.length - rendered.length, 'added %': ((100 * (signed.length - rendered.length)) / rendered.length).toFixed(1) });
    }
    console.table(sizes);
  } finally {
    await pdf.close();
  }
}
