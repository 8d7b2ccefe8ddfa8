import { DocumentRenderer, PdfRenderer } from '../src';
import { CHROMIUM_PATH } from './chromium.helpers';
import { escalatedSubmission, MEMBERS, openMinutes, paymentList, postingNotice, secretMinutes, submission } from './papers.fixtures';
import { pdfFlatText, pdfFonts, pdfInfo, pdfText, pdfTextRuns, pdfVisualLines } from './pdf-inspect';

async function expectA4PortraitWithEmbeddedFonts(pdf: Buffer, pages: number): Promise<void> {
  const info = await pdfInfo(pdf);
  expect(info.pages).toBe(pages);
  expect(info.pageWidthPt).toBeCloseTo(595.3, 0);
  expect(info.pageHeightPt).toBeCloseTo(841.9, 0);
  const fonts = await pdfFonts(pdf);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.every((font) => font.embedded && font.unicode && /Tinos/.test(font.name))).toBe(true);
}

async function lines(pdf: Buffer): Promise<string[]> {
  return (await pdfText(pdf)).split('\n').map((line) => line.trim());
}

describe('DocumentRenderer papers (real Chromium)', () => {
  let pdfRenderer: PdfRenderer;
  let documents: DocumentRenderer;

  beforeAll(() => {
    pdfRenderer = new PdfRenderer({ executablePath: CHROMIUM_PATH });
    documents = new DocumentRenderer(pdfRenderer);
  });

  afterAll(async () => {
    await pdfRenderer.close();
  });

  describe('renderCouncilMinutes', () => {
    it('prints session, attendance, the tally per nominee and both signatures', async () => {
      const pdf = await documents.renderCouncilMinutes(openMinutes());
      await expectA4PortraitWithEmbeddedFonts(pdf, 2);
      const flat = await pdfFlatText(pdf);
      for (const text of [
        'UBND PHƯỜNG NGÔ QUYỀN',
        'Số: 03/BB-HĐTĐKT',
        'Ngô Quyền, ngày 20 tháng 11 năm 2026',
        'BIÊN BẢN Họp Hội đồng Thi đua - Khen thưởng V/v xét, đề nghị khen thưởng danh hiệu thi đua năm 2026',
        'Thời gian: 14 giờ 00 phút, ngày 20 tháng 11 năm 2026.',
        'Chủ trì: Trần Văn Bình - Chủ tịch UBND phường, Chủ tịch Hội đồng.',
        'Thành viên Hội đồng: có mặt 6/7, vắng 1: Hoàng Thị Mai (đi công tác).',
        'Hình thức biểu quyết: biểu quyết công khai trên hệ thống quản lý thi đua, khen thưởng.',
        'Ý kiến của thành viên Hội đồng: - Phạm Văn Hải (không đồng ý) về Bùi Văn Tùng: Chưa có sáng kiến được công nhận.',
        'Kết quả: 2/3 trường hợp đạt tỷ lệ đồng ý theo quy định.',
        'Cuộc họp kết thúc vào 16 giờ 30 phút cùng ngày. Biên bản đã được thông qua tại cuộc họp./.',
        'THƯ KÝ CHỦ TỊCH HỘI ĐỒNG Nguyễn Thị Hà Trần Văn Bình',
      ]) {
        expect(flat).toContain(text);
      }
      for (const member of MEMBERS) expect(flat).toContain(member.name);
      const rows = await pdfVisualLines(pdf);
      expect(rows).toContain('1 Lê Quang Dũng Công chức Văn Chiến sĩ thi 6 0 0 85,7 Đạt');
      expect(rows).toContain('3 Bùi Văn Tùng Tổ trưởng Tổ Giấy khen 3 2 1 42,9 Không');
      expect(rows).toContain('6 Hoàng Thị Mai Chủ tịch Hội Liên hiệp Phụ nữ Vắng (đi công');
      expect(flat).not.toContain('Ban kiểm phiếu');
      expect(flat).not.toContain('Số phiếu phát ra');
      expect(flat).not.toContain('giơ tay');
    });

    it('sets the parent body upright and the council in bold, as an issuer under a parent body', async () => {
      const runs = await pdfTextRuns(await documents.renderCouncilMinutes(openMinutes()));
      expect(runs.find((r) => r.text === 'UBND PHƯỜNG NGÔ QUYỀN')).toEqual({ text: 'UBND PHƯỜNG NGÔ QUYỀN', bold: false });
      expect(runs.find((r) => r.text === 'HỘI ĐỒNG THI ĐUA -')).toEqual({ text: 'HỘI ĐỒNG THI ĐUA -', bold: true });
    });

    it('prints no opinion section for a secret ballot', async () => {
      expect(await pdfFlatText(await documents.renderCouncilMinutes(secretMinutes()))).not.toContain('Ý kiến của thành viên');
    });

    it('prints a secret ballot with its counting board and ballot totals', async () => {
      const pdf = await documents.renderCouncilMinutes(secretMinutes());
      const flat = await pdfFlatText(pdf);
      expect(flat).toContain('Hình thức biểu quyết: bỏ phiếu kín.');
      expect(flat).toContain('Ban kiểm phiếu: - Ông Phạm Văn Hải - Trưởng ban - Ông Vũ Đức Thắng - Thành viên');
      expect(flat).toContain('Số phiếu phát ra: 6; số phiếu thu về: 6; số phiếu hợp lệ: 6; số phiếu không hợp lệ: 0.');
      expect(await pdfVisualLines(pdf)).toContain('2 Trường Tiểu học Phường Ngô Tập thể lao 5 1 0 71,4 Đạt');
    });

    it('refuses a tally with more votes than valid ballots', async () => {
      const model = secretMinutes();
      model.nominees = [{ ...model.nominees[0]!, agree: 7 }];
      await expect(documents.renderCouncilMinutes(model)).rejects.toThrow('Lê Quang Dũng: 7 votes exceed 6 valid ballots');
    });
  });

  describe('renderSubmission', () => {
    it('to the ward chairman: addressee, bases, counts, request, attachments, signer, list', async () => {
      const pdf = await documents.renderSubmission(submission());
      await expectA4PortraitWithEmbeddedFonts(pdf, 2);
      const flat = await pdfFlatText(pdf);
      for (const text of [
        'Số: 05/TTr-HĐTĐKT',
        'Ngô Quyền, ngày 21 tháng 11 năm 2026',
        'TỜ TRÌNH V/v đề nghị tặng danh hiệu thi đua năm 2026',
        'Kính gửi: Chủ tịch Ủy ban nhân dân phường Ngô Quyền',
        'Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng phường ngày 20 tháng 11 năm 2026, tỷ lệ đồng ý từ 71,4% trở lên;',
        'Số lượng đề nghị khen thưởng: - Chiến sĩ thi đua cơ sở: 1 cá nhân. - Tập thể lao động tiên tiến: 1 tập thể.',
        'cho 01 cá nhân và 01 tập thể (có danh sách kèm theo).',
        'Hồ sơ kèm theo: - Danh sách đề nghị khen thưởng;',
        'Kính đề nghị Chủ tịch Ủy ban nhân dân phường xem xét, quyết định./.',
        'TM. HỘI ĐỒNG CHỦ TỊCH',
        'DANH SÁCH ĐỀ NGHỊ TẶNG DANH HIỆU THI ĐUA NĂM 2026 (Kèm theo Tờ trình số 05/TTr-HĐTĐKT ngày 21 tháng 11 năm 2026)',
      ]) {
        expect(flat).toContain(text);
      }
      expect(await pdfVisualLines(pdf)).toContain('2 Trường Tiểu học Ngô Phường Ngô Quyền Tập thể lao động');
      expect(flat).not.toContain('Sở Nội vụ');
      expect(flat).not.toContain('Điều 80');
    });

    it('to the higher level: addressee through the department, the escalation reason, the committee signs', async () => {
      const pdf = await documents.renderSubmission(escalatedSubmission());
      await expectA4PortraitWithEmbeddedFonts(pdf, 2);
      const text = await lines(pdf);
      expect(text).toContain('ỦY BAN NHÂN DÂN');
      expect(text).toContain('Số: 15/TTr-UBND');
      expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
      const flat = await pdfFlatText(pdf);
      expect(flat).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Hải Phòng (qua Sở Nội vụ)');
      expect(flat).toContain('không thuộc thẩm quyền quyết định của Chủ tịch Ủy ban nhân dân phường theo Điều 80 Luật Thi đua, khen thưởng.');
      expect(flat).toContain('- Bằng khen của Chủ tịch UBND thành phố: 1 cá nhân.');
    });

    it('refuses counts that disagree with the list, and an escalation without its reason', async () => {
      await expect(documents.renderSubmission(submission({ counts: [{ titleText: 'Chiến sĩ thi đua cơ sở', individuals: 2, collectives: 0 }] }))).rejects.toThrow(
        'Chiến sĩ thi đua cơ sở: counts say 2 individuals and 0 collectives, the list has 1 and 0',
      );
      await expect(documents.renderSubmission(escalatedSubmission({ escalationText: undefined }))).rejects.toThrow('needs escalationText');
    });
  });

  describe('renderPostingNotice', () => {
    it('prints what, where, the posting period, how to object, and the posted list', async () => {
      const pdf = await documents.renderPostingNotice(postingNotice());
      await expectA4PortraitWithEmbeddedFonts(pdf, 2);
      const flat = await pdfFlatText(pdf);
      for (const text of [
        'Số: 12/TB-UBND',
        'THÔNG BÁO Về việc niêm yết công khai danh sách cá nhân, tập thể đề nghị khen thưởng năm 2026',
        '1. Nội dung niêm yết: Danh sách 01 cá nhân, 01 tập thể đề nghị khen thưởng năm 2026 và báo cáo thành tích kèm theo.',
        '2. Địa điểm niêm yết: - Trụ sở Ủy ban nhân dân phường Ngô Quyền; - Nhà văn hóa các tổ dân phố; - Trang thông tin điện tử của phường;',
        '3. Thời gian niêm yết: từ ngày 23 tháng 11 năm 2026 đến hết ngày 27 tháng 11 năm 2026 (05 ngày làm việc).',
        '4. Trong thời gian niêm yết, cơ quan, tổ chức, cá nhân có ý kiến về danh sách trên gửi bằng văn bản hoặc trực tiếp về Công chức Văn phòng - Thống kê Ủy ban nhân dân phường (bà Nguyễn Thị Hà):',
        '- Địa chỉ: Số 1 đường Lạch Tray, phường Ngô Quyền - Điện thoại: 0225 3 846 123 - Thư điện tử: vanphong@ngoquyen.example.vn',
        'Quá thời hạn trên, xem như không có ý kiến.',
        '(Kèm theo Thông báo số 12/TB-UBND ngày 20 tháng 11 năm 2026 của Ủy ban nhân dân phường Ngô Quyền)',
      ]) {
        expect(flat).toContain(text);
      }
      const rows = await pdfVisualLines(pdf);
      expect(rows).toContain('TT Họ và tên / Tập thể Chức vụ, đơn vị Danh hiệu / hình');
      expect(rows).toContain('1 Lê Quang Dũng Công chức Văn phòng - Thống Chiến sĩ thi đua cơ');
      expect(rows).toContain('2 Trường Tiểu học Ngô Phường Ngô Quyền Tập thể lao động');
    });
  });

  describe('renderPaymentList', () => {
    it('prints each payee with a signature column, the total in figures and in words, and the signers', async () => {
      const pdf = await documents.renderPaymentList(paymentList());
      await expectA4PortraitWithEmbeddedFonts(pdf, 1);
      const flat = await pdfFlatText(pdf);
      for (const text of [
        'DANH SÁCH CHI TIỀN THƯỞNG Danh hiệu "Tập thể lao động tiên tiến" năm 2026',
        '(Kèm theo Quyết định số 07/QĐ-UBND ngày 26 tháng 11 năm 2026 của Chủ tịch UBND phường Ngô Quyền)',
        '(Số tiền bằng chữ: Bảy triệu hai trăm bảy mươi nghìn đồng)',
        'Ngô Quyền, ngày 28 tháng 11 năm 2026',
        'NGƯỜI LẬP BIỂU KẾ TOÁN KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
        'Nguyễn Thị Hà Đinh Thị Yến Lê Thị Cúc',
      ]) {
        expect(flat).toContain(text);
      }
      const rows = await pdfVisualLines(pdf);
      expect(rows).toContain('TT Họ và tên / Tập thể Chức vụ, đơn vị Số tiền Ký nhận');
      expect(rows).toContain('3 Tổ dân phố số 3 Phường Ngô Quyền 3.510.000');
      expect(rows).toContain('Tổng cộng 7.270.000');
    });

    it('runs 200 payees over several pages, repeating the table heading on each', async () => {
      const rows = Array.from({ length: 200 }, (_, i) => ({ name: `Người nhận số ${i + 1}`, positionAndUnit: 'Tổ dân phố số 1', amountText: '702.000' }));
      const pdf = await documents.renderPaymentList(paymentList({ rows, totalAmountText: '140.400.000', totalInWords: 'Một trăm bốn mươi triệu bốn trăm nghìn đồng' }));
      const { pages } = await pdfInfo(pdf);
      expect(pages).toBeGreaterThan(5);
      for (let page = 1; page <= pages; page++) {
        expect(await pdfVisualLines(pdf, { firstPage: page, lastPage: page })).toContain('TT Họ và tên / Tập thể Chức vụ, đơn vị Số tiền Ký nhận');
      }
      const rowLines = await pdfVisualLines(pdf);
      for (let n = 1; n <= 200; n++) expect(rowLines).toContain(`${n} Người nhận số ${n} Tổ dân phố số 1 702.000`);
      expect(rowLines).toContain('Tổng cộng 140.400.000');
    });

    it('refuses a total that is not the sum of the rows', async () => {
      await expect(documents.renderPaymentList(paymentList({ totalAmountText: '7.280.000' }))).rejects.toThrow('total 7280000 differs from the sum of the rows 7270000');
    });
  });

  it('sets the metadata of every paper: title, issuing body as author, subject, keywords, issue date', async () => {
    const cases: Array<[Buffer, string, string]> = [
      [await documents.renderCouncilMinutes(openMinutes()), openMinutes().documentTitle, 'biên bản; Hội đồng TĐKT; 03/BB-HĐTĐKT'],
      [await documents.renderSubmission(submission()), submission().documentTitle, 'tờ trình; 05/TTr-HĐTĐKT'],
      [await documents.renderPostingNotice(postingNotice()), postingNotice().documentTitle, 'thông báo; niêm yết; 12/TB-UBND'],
      [await documents.renderPaymentList(paymentList()), paymentList().documentTitle, 'chi tiền thưởng; 07/QĐ-UBND'],
    ];
    for (const [pdf, title, keywords] of cases) {
      const { fields } = await pdfInfo(pdf);
      expect(fields).toMatchObject({
        Title: title,
        Author: 'Ủy ban nhân dân phường Ngô Quyền',
        Keywords: keywords,
        CreationDate: 'Thu Nov 26 02:00:00 2026 UTC',
        ModDate: 'Thu Nov 26 02:00:00 2026 UTC',
      });
    }
  });
});
