import { createHash } from 'node:crypto';
import { TEXT_LIMITS } from '@khenthuong/domain';
import { CERTIFICATE_DESIGNS, CERTIFICATE_PAPER_KINDS, DocumentRenderer, MAX_RECIPIENT_LINE, PdfRenderer } from '../src';
import { CERTIFICATES_BY_KIND, certificate, LONG_RECIPIENT, VERY_LONG_RECIPIENT } from './certificate.fixtures';
import { CHROMIUM_PATH } from './chromium.helpers';
import { pdfFlatText, pdfFonts, pdfInfo, pdfWords } from './pdf-inspect';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('DocumentRenderer certificates (real Chromium)', () => {
  let pdfRenderer: PdfRenderer;
  let documents: DocumentRenderer;
  let batch: Buffer[];

  beforeAll(async () => {
    pdfRenderer = new PdfRenderer({ executablePath: CHROMIUM_PATH });
    documents = new DocumentRenderer(pdfRenderer);
    batch = await documents.renderCertificates(CERTIFICATE_PAPER_KINDS.map((kind) => CERTIFICATES_BY_KIND[kind]));
  });

  afterAll(async () => {
    await pdfRenderer.close();
  });

  it('prints the batch in one browser round trip and splits it into one PDF per certificate, in order', async () => {
    const before = pdfRenderer.stats().documentsRendered;
    const two = await documents.renderCertificates([CERTIFICATES_BY_KIND.GIAY_KHEN_TAP_THE, CERTIFICATES_BY_KIND.GIAY_KHEN_CA_NHAN]);
    expect(pdfRenderer.stats().documentsRendered - before).toBe(1);
    expect(two).toHaveLength(2);
    expect(await pdfFlatText(two[0] as Buffer)).toContain('Trạm Y tế phường Ngô Quyền');
    expect(await pdfFlatText(two[1] as Buffer)).toContain('Bà Nguyễn Thị Hồng Nhung');
    expect(await pdfFlatText(two[1] as Buffer)).not.toContain('Trạm Y tế');
  });

  it.each(CERTIFICATE_PAPER_KINDS.map((kind, index) => [kind, index] as const))('%s: one A4 landscape page, fonts embedded, exact text', async (kind, index) => {
    const pdf = batch[index] as Buffer;
    const model = CERTIFICATES_BY_KIND[kind];
    const info = await pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(info.pageWidthPt).toBeCloseTo(841.9, 0);
    expect(info.pageHeightPt).toBeCloseTo(595.3, 0);
    expect(info.title).toBe(model.documentTitle);
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded && font.unicode && /Tinos/.test(font.name))).toBe(true);

    const flat = await pdfFlatText(pdf);
    const design = CERTIFICATE_DESIGNS[kind];
    for (const text of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NGÔ QUYỀN',
      `${design.action} ${design.title}`,
      model.recipientLine,
      model.achievementText,
      `Quyết định số ${model.decisionNumberText} ngày 26 tháng 11 năm 2026`,
      'Ngô Quyền, ngày 26 tháng 11 năm 2026',
      model.signer.name,
    ]) {
      expect(flat).toContain(text);
    }
    if (model.detailLine) expect(flat).toContain(model.detailLine);
    if (model.yearText) expect(flat).toContain(`${design.title} ${model.yearText}`);
    // pdftotext joins a line that ends in "-" with the next one, so compare without hyphens.
    expect(flat.replace(/[\s-]/g, '')).toContain(model.verificationUrl.replace(/-/g, ''));
  });

  it('prints the register number and the deputy signature block where given', async () => {
    const kinds = CERTIFICATE_PAPER_KINDS;
    expect(await pdfFlatText(batch[kinds.indexOf('GIAY_KHEN_CA_NHAN')] as Buffer)).toContain('Số sổ vàng: 125');
    const family = await pdfFlatText(batch[kinds.indexOf('GIA_DINH_VAN_HOA')] as Buffer);
    expect(family).not.toContain('Số sổ vàng');
    expect(family).toContain('KT. CHỦ TỊCH PHÓ CHỦ TỊCH');
    expect(family).toContain('CÔNG NHẬN DANH HIỆU GIA ĐÌNH VĂN HÓA Năm 2026');
  });

  it('sets title, author, subject, keywords and the fixed issue date on every split certificate', async () => {
    for (const pdf of batch) {
      const { fields } = await pdfInfo(pdf);
      expect(fields['Author']).toBe('Ủy ban nhân dân phường Ngô Quyền');
      expect(fields['Subject']).toBe('Giấy khen');
      expect(fields['Keywords']).toBe('khen thưởng; Giấy khen; 07/QĐ-UBND');
      expect(fields['CreationDate']).toBe('Thu Nov 26 02:00:00 2026 UTC');
      expect(fields['ModDate']).toBe('Thu Nov 26 02:00:00 2026 UTC');
    }
  });

  it('renders one certificate alone with the same text as in a batch, and the same bytes on every render', async () => {
    const model = CERTIFICATES_BY_KIND.CHIEN_SI_THI_DUA_CO_SO;
    const [first, second] = [await documents.renderCertificate(model), await documents.renderCertificate(model)];
    expect(sha256(first)).toBe(sha256(second));
    expect((await pdfInfo(first)).pages).toBe(1);
    expect(await pdfFlatText(first)).toBe(await pdfFlatText(batch[CERTIFICATE_PAPER_KINDS.indexOf('CHIEN_SI_THI_DUA_CO_SO')] as Buffer));
  });

  it('keeps long and very long recipients on the one page, inside the frame and above the signature', async () => {
    const pdfs = await documents.renderCertificates([certificate({ recipientLine: LONG_RECIPIENT }), certificate({ recipientLine: VERY_LONG_RECIPIENT })]);
    for (const [index, line] of [LONG_RECIPIENT, VERY_LONG_RECIPIENT].entries()) {
      const pdf = pdfs[index] as Buffer;
      expect((await pdfInfo(pdf)).pages).toBe(1);
      expect(await pdfFlatText(pdf)).toContain(line);
      const words = await pdfWords(pdf);
      // The frame's inner rule is 13.6 mm from each edge.
      const inner = (13.6 * 72) / 25.4;
      for (const word of words) {
        expect(word.xMin).toBeGreaterThan(inner);
        expect(word.xMax).toBeLessThan(841.9 - inner);
        expect(word.yMax).toBeLessThan(595.3 - inner);
      }
      const lastRecipientWord = line.split(' ').at(-1) as string;
      const recipientBottom = Math.max(...words.filter((w) => w.text === lastRecipientWord).map((w) => w.yMax));
      // "Ngô Quyền, ngày …" above the signature is the lowest "Quyền," (a recipient may contain one).
      const placeDateTop = Math.max(...words.filter((w) => w.text === 'Quyền,').map((w) => w.yMin));
      expect(recipientBottom).toBeLessThan(placeDateTop);
    }
  });

  it('prints the longest name the api accepts, spaced or unbroken, whole on one A4 landscape page', async () => {
    const spaced = `Gia đình ${'Nguyễn Thị Hồng Nhung '.repeat(10).slice(0, TEXT_LIMITS.nomineeName - 1)}X`;
    const unbroken = `Ông ${'Đ'.repeat(TEXT_LIMITS.nomineeName)}`;
    expect(spaced).toHaveLength(MAX_RECIPIENT_LINE);
    const pdfs = await documents.renderCertificates([certificate({ recipientLine: spaced }), certificate({ recipientLine: unbroken })]);
    const inner = (13.6 * 72) / 25.4;
    for (const [index, line] of [spaced, unbroken].entries()) {
      const pdf = pdfs[index] as Buffer;
      const info = await pdfInfo(pdf);
      expect([info.pages, Math.round(info.pageWidthPt), Math.round(info.pageHeightPt)]).toEqual([1, 842, 595]);
      // Wrapped lines come back separated by a space; the name is otherwise complete.
      expect((await pdfFlatText(pdf)).replace(/ /g, '')).toContain(line.replace(/ /g, ''));
      for (const word of await pdfWords(pdf)) {
        expect(word.xMin).toBeGreaterThan(inner);
        expect(word.xMax).toBeLessThan(841.9 - inner);
        expect(word.yMax).toBeLessThan(595.3 - inner);
      }
    }
  });

  it('prints markup in a name literally', async () => {
    const [pdf] = await documents.renderCertificates([certificate({ recipientLine: 'Ông <script>alert(1)</script>' })]);
    expect(await pdfFlatText(pdf as Buffer)).toContain('Ông <script>alert(1)</script>');
  });

  it('rejects an empty batch model and a model missing its decision number', async () => {
    await expect(documents.renderCertificates([])).resolves.toEqual([]);
    await expect(documents.renderCertificate(certificate({ decisionNumberText: ' ' }))).rejects.toThrow('decisionNumberText is empty');
  });
});
