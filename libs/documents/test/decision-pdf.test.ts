import { DocumentRenderer, PdfRenderer } from '../src';
import { CHROMIUM_PATH } from './chromium.helpers';
import { annexDecision, LONG_NAME, singleAwardeeDecision } from './decision.fixtures';
import { ISSUED_AT } from './certificate.fixtures';
import { pdfFlatText, pdfFonts, pdfInfo, pdfText, pdfVisualLines, pdfWords } from './pdf-inspect';

const MM = 72 / 25.4;

describe('DocumentRenderer.renderDecision (real Chromium)', () => {
  let pdfRenderer: PdfRenderer;
  let documents: DocumentRenderer;
  let single: Buffer;
  let long: Buffer;

  beforeAll(async () => {
    pdfRenderer = new PdfRenderer({ executablePath: CHROMIUM_PATH });
    documents = new DocumentRenderer(pdfRenderer);
    [single, long] = await Promise.all([
      documents.renderDecision(singleAwardeeDecision()),
      documents.renderDecision(annexDecision(60)),
    ]);
  });

  afterAll(async () => {
    await pdfRenderer.close();
  });

  describe('one awardee, inline', () => {
    it('is one A4 page with the document title as PDF title', async () => {
      const info = await pdfInfo(single);
      expect(info.pages).toBe(1);
      expect(info.pageWidthPt).toBeCloseTo(595.3, 0);
      expect(info.pageHeightPt).toBeCloseTo(841.9, 0);
      expect(info.title).toBe('Quyết định 01/QĐ-UBND tặng Giấy khen');
    });

    it('embeds every font, all of them Tinos', async () => {
      const fonts = await pdfFonts(single);
      expect(fonts.length).toBeGreaterThanOrEqual(3);
      for (const font of fonts) {
        expect(font).toMatchObject({ embedded: true, unicode: true });
        expect(font.name).toMatch(/^[A-Z]{6}\+Tinos(-Bold|-Italic|-BoldItalic)?$/);
      }
    });

    it('extracts the exact Vietnamese text of every block', async () => {
      const lines = (await pdfText(single)).split('\n').map((line) => line.trim());
      for (const line of [
        'ỦY BAN NHÂN DÂN',
        'PHƯỜNG NGÔ QUYỀN',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 01/QĐ-UBND',
        'Ngô Quyền, ngày 26 tháng 11 năm 2026',
        'QUYẾT ĐỊNH',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NGÔ QUYỀN',
        'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
        'QUYẾT ĐỊNH:',
        'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
        'Nơi nhận:',
        '- Như Điều 4;',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        'Trần Văn Bình',
      ]) {
        expect(lines).toContain(line);
      }
      const flat = await pdfFlatText(single);
      expect(flat).toContain(`cho Bà ${LONG_NAME}, Tổ trưởng Tổ dân phố số 3`);
      expect(flat).toContain('Tổng số tiền thưởng: 351.000 đồng (Bằng chữ: Ba trăm năm mươi mốt nghìn đồng).');
      expect(flat.replace(/\s/g, '')).toContain(singleAwardeeDecision().verificationUrl);
    });

    it('shows no page number on the only page', async () => {
      expect(await wordsInTopMargin(single, 1)).toEqual([]);
    });

    it('keeps the Nghị định 30 margins: text starts 30 mm from the left, 20 mm from the top', async () => {
      const words = await pdfWords(single, { firstPage: 1, lastPage: 1 });
      const left = Math.min(...words.map((w) => w.xMin));
      const top = Math.min(...words.map((w) => w.yMin));
      expect(left).toBeGreaterThanOrEqual(30 * MM - 1);
      expect(left).toBeLessThan(32 * MM);
      expect(top).toBeGreaterThanOrEqual(20 * MM - 1);
      expect(Math.max(...words.map((w) => w.xMax))).toBeLessThanOrEqual(595.3 - 15 * MM + 1);
    });

    it('prints markup in user data literally', async () => {
      const pdf = await documents.renderDecision(
        singleAwardeeDecision({ awardees: [{ name: '<script>alert(1)</script>', positionAndUnit: 'Tổ dân phố số 3' }] }),
      );
      expect(await pdfFlatText(pdf)).toContain('cho <script>alert(1)</script>, Tổ dân phố số 3');
    });
  });

  describe('60 awardees in an annex', () => {
    it('runs over several A4 pages', async () => {
      const info = await pdfInfo(long);
      expect(info.pages).toBeGreaterThan(2);
      expect(info.pageWidthPt).toBeCloseTo(595.3, 0);
      expect(info.pageHeightPt).toBeCloseTo(841.9, 0);
    });

    it('embeds every font', async () => {
      const fonts = await pdfFonts(long);
      expect(fonts.every((font) => font.embedded)).toBe(true);
    });

    it('numbers pages from 2 at the top centre, and not page 1', async () => {
      const { pages } = await pdfInfo(long);
      expect(await wordsInTopMargin(long, 1)).toEqual([]);
      expect(firstLine(await pdfText(long, { firstPage: 1, lastPage: 1 }))).toBe('ỦY BAN NHÂN DÂN');
      for (let page = 2; page <= pages; page++) {
        expect(firstLine(await pdfText(long, { firstPage: page, lastPage: page }))).toBe(String(page));
        const [number] = await wordsInTopMargin(long, page);
        expect(number?.text).toBe(String(page));
        // Centred over the text column (30 mm left, 15 mm right margin).
        const centre = ((number?.xMin ?? 0) + (number?.xMax ?? 0)) / 2;
        expect(centre).toBeCloseTo((30 * MM + (595.3 - 15 * MM)) / 2, -1);
      }
    });

    it('starts the annex on its own page with title and reference, and repeats the table heading on every annex page', async () => {
      const { pages } = await pdfInfo(long);
      const page2 = await pdfFlatText(long, { firstPage: 2, lastPage: 2 });
      expect(page2).toContain('DANH SÁCH TẬP THỂ ĐƯỢC TẶNG DANH HIỆU "TẬP THỂ LAO ĐỘNG TIÊN TIẾN" NĂM 2026');
      expect(page2).toContain('(Kèm theo Quyết định số 01/QĐ-UBND ngày 26 tháng 11 năm 2026 của Chủ tịch UBND phường Ngô Quyền)');
      for (let page = 2; page <= pages; page++) {
        const text = await pdfFlatText(long, { firstPage: page, lastPage: page });
        expect(text).toContain('TT Họ và tên / Tập thể Chức vụ, đơn vị Số tiền (đồng) Ghi chú');
      }
    });

    it('lists every awardee once, never splitting a row across pages', async () => {
      const words = await pdfWords(long, { firstPage: 2 });
      for (let n = 1; n <= 60; n++) {
        const names = words.filter((w, i) => w.text === String(n) && words[i - 1]?.text === 'số' && words[i - 2]?.text === 'thể');
        expect(names).toHaveLength(1);
      }
      // Two-line cells: every word of the cell must be on the page where the cell starts.
      for (const cell of [['Trường', 'Tiểu', 'học', 'Ngô', 'Quyền'], ['Hội', 'Liên', 'hiệp', 'Phụ', 'nữ', 'phường']]) {
        const starts = words.flatMap((w, i) => (w.text === cell[0] && words[i + 1]?.text === cell[1] ? [i] : []));
        expect(starts).toHaveLength(12);
        for (const start of starts) {
          const pagesOfCell = new Set(words.slice(start, start + cell.length).map((w) => w.page));
          expect(words.slice(start, start + cell.length).map((w) => w.text)).toEqual(cell);
          expect(pagesOfCell.size).toBe(1);
        }
      }
      expect((await pdfFlatText(long)).match(/3\.540\.000/g)).toHaveLength(60 + 1); // 60 rows + Điều 2
    });

    it('extracts the subject, the totals and the amount in words', async () => {
      const flat = await pdfFlatText(long);
      expect(flat).toContain('Về việc tặng danh hiệu "Tập thể lao động tiên tiến" năm 2026');
      expect(flat).toContain('cho 60 tập thể (có danh sách kèm theo)');
      expect(flat).toContain('Tổng cộng 212.400.000');
      expect(flat).toContain('(Bằng chữ: Hai trăm mười hai triệu bốn trăm nghìn đồng)');
    });

    it('closes the last page with the verification address', async () => {
      const { pages } = await pdfInfo(long);
      const last = (await pdfText(long, { firstPage: pages, lastPage: pages })).replace(/\s/g, '');
      expect(last).toContain(singleAwardeeDecision().verificationUrl);
      const earlier = (await pdfText(long, { firstPage: 1, lastPage: pages - 1 })).replace(/\s/g, '');
      expect(earlier).not.toContain('/verify/');
    });
  });
});

describe('DocumentRenderer.renderDecision: extremes, signer variants and metadata (real Chromium)', () => {
  let pdfRenderer: PdfRenderer;
  let documents: DocumentRenderer;

  beforeAll(() => {
    pdfRenderer = new PdfRenderer({ executablePath: CHROMIUM_PATH });
    documents = new DocumentRenderer(pdfRenderer);
  });

  afterAll(async () => {
    await pdfRenderer.close();
  });

  it('lays out a 200-row annex: every row once, heading and page number on every annex page, QR at the end', async () => {
    const pdf = await documents.renderDecision(annexDecision(200, { grantText: 'Tặng danh hiệu "Tập thể lao động tiên tiến" năm 2026 cho 200 tập thể' }));
    const { pages } = await pdfInfo(pdf);
    expect(pages).toBeGreaterThan(6);
    for (let page = 2; page <= pages; page++) {
      const lines = await pdfVisualLines(pdf, { firstPage: page, lastPage: page });
      expect(lines[0]).toBe(String(page));
      expect(lines).toContain('TT Họ và tên / Tập thể Chức vụ, đơn vị Ghi chú');
    }
    const annex = await pdfFlatText(pdf, { firstPage: 2 });
    for (let n = 1; n <= 200; n++) expect(annex.split(` Tập thể số ${n} `)).toHaveLength(2);
    expect(annex).toContain('Tổng cộng 212.400.000');
    expect((await pdfFonts(pdf)).every((font) => font.embedded)).toBe(true);
    const last = (await pdfText(pdf, { firstPage: pages, lastPage: pages })).replace(/\s/g, '');
    expect(last).toContain(singleAwardeeDecision().verificationUrl);
  });

  it('wraps a very long name inside the text column and keeps the decision on one page', async () => {
    const name = `${LONG_NAME} ${LONG_NAME} ${LONG_NAME}`;
    const pdf = await documents.renderDecision(singleAwardeeDecision({ awardees: [{ honorific: 'Bà', name, positionAndUnit: 'Tổ trưởng Tổ dân phố số 3' }] }));
    expect((await pdfInfo(pdf)).pages).toBeLessThanOrEqual(2);
    expect(await pdfFlatText(pdf)).toContain(`cho Bà ${name}, Tổ trưởng Tổ dân phố số 3`);
    const words = await pdfWords(pdf);
    expect(Math.max(...words.map((w) => w.xMax))).toBeLessThanOrEqual(595.3 - 15 * MM + 1);
    expect(Math.min(...words.map((w) => w.xMin))).toBeGreaterThanOrEqual(30 * MM - 1);
  });

  it('signs for the chairman as deputy: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', async () => {
    const pdf = await documents.renderDecision(
      singleAwardeeDecision({ signer: { authorityLine: 'KT. CHỦ TỊCH', positionLine: 'PHÓ CHỦ TỊCH', name: 'Lê Thị Cúc' } }),
    );
    const lines = (await pdfText(pdf)).split('\n').map((line) => line.trim());
    expect(lines).toContain('KT. CHỦ TỊCH');
    expect(lines).toContain('PHÓ CHỦ TỊCH');
    expect(lines).toContain('Lê Thị Cúc');
    expect(lines).not.toContain('TM. ỦY BAN NHÂN DÂN');
  });

  it('sets the metadata given, and defaults author and subject from the decision when none is given', async () => {
    const given = await documents.renderDecision(
      singleAwardeeDecision({
        metadata: { author: 'Ủy ban nhân dân phường Ngô Quyền', subject: 'Khen thưởng', keywords: ['Giấy khen', '01/QĐ-UBND'], createdAt: ISSUED_AT },
      }),
    );
    expect((await pdfInfo(given)).fields).toMatchObject({
      Title: 'Quyết định 01/QĐ-UBND tặng Giấy khen',
      Author: 'Ủy ban nhân dân phường Ngô Quyền',
      Subject: 'Khen thưởng',
      Keywords: 'Giấy khen; 01/QĐ-UBND',
      CreationDate: 'Thu Nov 26 02:00:00 2026 UTC',
      ModDate: 'Thu Nov 26 02:00:00 2026 UTC',
    });
    const defaulted = (await pdfInfo(await documents.renderDecision(singleAwardeeDecision()))).fields;
    expect(defaulted['Author']).toBe('Ủy ban nhân dân phường Ngô Quyền');
    expect(defaulted['Subject']).toBe(singleAwardeeDecision().subjectLine);
    expect(defaulted['CreationDate']).toBeDefined();
  });
});

function firstLine(text: string): string | undefined {
  return text.split('\n').find((line) => line.trim() !== '')?.trim();
}

/** Words above the 20 mm top margin of `page`: where the page number lives. */
async function wordsInTopMargin(pdf: Buffer, page: number): Promise<Array<{ text: string; xMin: number; xMax: number }>> {
  const words = await pdfWords(pdf, { firstPage: page, lastPage: page });
  return words.filter((w) => w.yMax < 20 * MM).map(({ text, xMin, xMax }) => ({ text, xMin, xMax }));
}
