import { annexDecision, LONG_NAME, singleAwardeeDecision } from '../../test/decision.fixtures';
import { DocumentModelError } from '../document-model.error';
import { renderDecisionTemplate } from './decision.template';
import { buildDecisionView, executionArticleNumber } from './decision.view';

const ASSETS = { fontCss: '/* fonts */', qrSvg: '<svg id="qr"></svg>' };

function html(model = singleAwardeeDecision()): string {
  return renderDecisionTemplate(buildDecisionView(model, ASSETS));
}

/** Text content in document order, tags dropped and entities kept: enough to check ordering. */
function textOf(markup: string): string {
  return markup.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('buildDecisionView + decision template', () => {
  it('escapes user data everywhere it is printed', () => {
    const attack = '<script>alert(1)</script>';
    const out = html(
      singleAwardeeDecision({
        awardees: [{ name: attack, positionAndUnit: `<img src=x onerror="alert(2)">` }],
        legalBases: [`Căn cứ ${attack};`],
        subjectLine: `Về việc ${attack}`,
        signer: { positionLine: 'CHỦ TỊCH', name: attack },
        recipientsOfCopy: [attack],
        verificationUrl: `https://x.vn/verify/"><script>alert(3)</script>`,
        documentTitle: `</title>${attack}`,
      }),
    );
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src&#x3D;x onerror&#x3D;&quot;alert(2)&quot;&gt;');
    expect(out).toContain('https://x.vn/verify/&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;');
    expect(out).not.toMatch(/<script|<img/i);
  });

  it('prints the header table: issuer with rule, national title and motto, number and italic place-date', () => {
    const out = html();
    expect(out).toMatch(/<div class="issuer-line">ỦY BAN NHÂN DÂN<\/div><div class="issuer-line">PHƯỜNG NGÔ QUYỀN<\/div>\s*<div class="rule-short">/);
    expect(out).toContain('<div class="national-title">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>');
    expect(out).toContain('<span class="motto-rule">Độc lập - Tự do - Hạnh phúc</span>');
    expect(out).toContain('<td class="number-text">Số: 01/QĐ-UBND</td>');
    expect(out).toContain('<td class="place-date">Ngô Quyền, ngày 26 tháng 11 năm 2026</td>');
  });

  it('prints title, subject, authority, the Căn cứ lines in order as italic paragraphs, then "QUYẾT ĐỊNH:"', () => {
    const model = singleAwardeeDecision();
    const out = html(model);
    const bases = [...out.matchAll(/<p class="para basis">([^<]*)<\/p>/g)].map((m) => m[1]);
    expect(bases).toEqual([...model.legalBases, model.proposalBasis]);
    expect(textOf(out)).toMatch(
      /QUYẾT ĐỊNH Về việc tặng Giấy khen .* CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NGÔ QUYỀN Căn cứ Luật Tổ chức .* Xét đề nghị .* QUYẾT ĐỊNH: Điều 1\./,
    );
  });

  it('names a single awardee inline in Điều 1 and numbers the articles with the money article', () => {
    const view = buildDecisionView(singleAwardeeDecision(), ASSETS);
    expect(view.articles.map((a) => a.label)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.', 'Điều 4.']);
    expect(view.articles[0]?.text).toBe(
      `Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường cho Bà ${LONG_NAME}, Tổ trưởng Tổ dân phố số 3, đã có thành tích xuất sắc trong phong trào thi đua năm 2026.`,
    );
    expect(view.articles[1]?.text).toBe(
      'Cá nhân được tặng Giấy khen kèm theo tiền thưởng 351.000 đồng (0,15 × mức lương cơ sở). ' +
        'Tổng số tiền thưởng: 351.000 đồng (Bằng chữ: Ba trăm năm mươi mốt nghìn đồng). ' +
        'Kinh phí khen thưởng trích từ Quỹ thi đua, khen thưởng của phường năm 2026.',
    );
    expect(view.articles[2]?.text).toBe('Quyết định này có hiệu lực kể từ ngày ký.');
    expect(view.annex).toBeNull();
    expect(view.closing.verification).not.toBeNull();
  });

  it('leaves out the money article when there is no reward', () => {
    const model = singleAwardeeDecision({ reward: undefined, effectText: 'Quyết định này có hiệu lực từ ngày 01 tháng 12 năm 2026.' });
    const view = buildDecisionView(model, ASSETS);
    expect(view.articles.map((a) => a.label)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
    expect(view.articles[1]?.text).toBe('Quyết định này có hiệu lực từ ngày 01 tháng 12 năm 2026.');
    expect(executionArticleNumber(model)).toBe(3);
    expect(executionArticleNumber(singleAwardeeDecision())).toBe(4);
  });

  it('prints the closing: recipients with dashes, signer lines, and the QR under "Nơi nhận" when there is no annex', () => {
    const out = html(singleAwardeeDecision({ signer: { authorityLine: 'KT. CHỦ TỊCH', positionLine: 'PHÓ CHỦ TỊCH', name: 'Lê Thị Cúc' } }));
    expect(textOf(out)).toMatch(/Nơi nhận: - Như Điều 4; - Hội đồng TĐKT phường; - Lưu: VT, VP\. .*KT\. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Cúc/);
    const closing = /<table class="closing">[\s\S]*?<\/table>/.exec(out)?.[0] ?? '';
    expect(closing).toContain('<svg id="qr"></svg>');
    expect(out).not.toContain('class="annex"');
  });

  it('omits the authority line when the chairman signs in his own name', () => {
    const view = buildDecisionView(singleAwardeeDecision({ signer: { positionLine: 'CHỦ TỊCH', name: 'Trần Văn Bình' } }), ASSETS);
    expect(view.closing.signer).toEqual({ authorityLine: null, positionLine: 'CHỦ TỊCH', name: 'Trần Văn Bình' });
  });

  it('refers to the attached list and builds the annex table with totals when listing in an annex', () => {
    const model = annexDecision(3);
    const view = buildDecisionView(model, ASSETS);
    expect(view.articles[0]?.text).toBe(
      'Tặng danh hiệu "Tập thể lao động tiên tiến" năm 2026 cho 3 tập thể (có danh sách kèm theo), đã có thành tích xuất sắc trong phong trào thi đua năm 2026.',
    );
    expect(view.annex).toMatchObject({
      reference: '(Kèm theo Quyết định số 01/QĐ-UBND ngày 26 tháng 11 năm 2026 của Chủ tịch UBND phường Ngô Quyền)',
      nameHeading: 'Họ và tên / Tập thể',
      showAmounts: true,
      totalAmountText: '212.400.000',
      totalInWords: 'Hai trăm mười hai triệu bốn trăm nghìn đồng',
    });
    expect(view.annex?.rows.map((r) => r.order)).toEqual(['1', '2', '3']);
    expect(view.closing.verification).toBeNull();

    const out = html(model);
    expect(out.match(/<tr>\s*<td class="order">/g)).toHaveLength(3);
    expect(out).toContain('<thead>');
    expect(textOf(out)).toMatch(/TT Họ và tên \/ Tập thể Chức vụ, đơn vị Số tiền \(đồng\) Ghi chú/);
    expect(textOf(out)).toMatch(/Tổng cộng 212\.400\.000 .*\(Bằng chữ: Hai trăm mười hai triệu bốn trăm nghìn đồng\)/);
    // The QR closes the annex, i.e. the last page.
    expect(out.indexOf('<svg id="qr">')).toBeGreaterThan(out.indexOf('class="annex-table"'));
  });

  it('drops the amount column and totals when nobody receives money', () => {
    const model = annexDecision(2, {
      reward: undefined,
      awardees: [
        { name: 'Hộ ông Nguyễn Văn An', positionAndUnit: 'Tổ dân phố số 1' },
        { name: 'Hộ bà Trần Thị Bình', positionAndUnit: 'Tổ dân phố số 2', note: 'Ba năm liền' },
      ],
    });
    const out = html(model);
    expect(out).not.toContain('Số tiền (đồng)');
    expect(out).not.toContain('Tổng cộng');
    expect(out).not.toContain('Bằng chữ');
    expect(out).toContain('<td class="note">Ba năm liền</td>');
  });

  it('carries the page rules: A4, Nghị định 30 margins, page number from page 2, and the font CSS', () => {
    const view = buildDecisionView(singleAwardeeDecision(), ASSETS);
    expect(view.trustedCss).toContain('/* fonts */');
    expect(view.trustedCss).toMatch(/@page \{\s*size: A4 portrait;\s*margin: 20mm 15mm 20mm 30mm;/);
    expect(view.trustedCss).toMatch(/@top-center \{\s*content: counter\(page\);/);
    expect(view.trustedCss).toMatch(/@page :first \{\s*@top-center \{ content: none; \}/);
    expect(html()).toContain('<title>Quyết định 01/QĐ-UBND tặng Giấy khen</title>');
  });

  it.each([
    ['inline with two awardees', annexDecision(2, { awardeeListing: 'inline' }), /exactly 1 awardee, got 2/],
    ['annex without title', annexDecision(2, { annexTitle: undefined }), /annexTitle is required/],
    ['annex without awardees', annexDecision(0), /at least 1 awardee/],
    ['blank number', singleAwardeeDecision({ numberText: ' ' }), /numberText is empty/],
    ['no legal basis', singleAwardeeDecision({ legalBases: [] }), /legalBases is empty/],
  ])('rejects a model that cannot make a valid paper: %s', (_case, model, message) => {
    expect(() => buildDecisionView(model, ASSETS)).toThrow(DocumentModelError);
    expect(() => buildDecisionView(model, ASSETS)).toThrow(message);
  });
});
