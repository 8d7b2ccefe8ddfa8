import { formatTarget, REPORTING_PERIOD_NAMES_VI } from '@khenthuong/domain';
import { DEMO_PLAN_2024 } from '@khenthuong/persistence';
import { PdfRenderer, renderPlan, renderSummaryReport, renderSummaryReportHtml, type PlanDocumentModel, type SummaryReportModel } from '../src';
import { CHROMIUM_PATH } from './chromium.helpers';
import { pdfFlatText, pdfFonts, pdfInfo, pdfText, pdfWords } from './pdf-inspect';

const UNIT_NAMES: Record<string, string> = {
  'vp-tk': 'Bộ phận Văn phòng - Thống kê',
  'dc-xd': 'Bộ phận Địa chính - Xây dựng',
  'vh-xh': 'Bộ phận Văn hóa - Xã hội',
  'tram-y-te': 'Trạm Y tế phường',
  'cong-an': 'Công an phường',
  'lanh-dao': 'Lãnh đạo UBND phường',
};

/** The seed plan of 2024 with its 17 targets, numbered 03/KH-UBND. */
function seedPlan(): PlanDocumentModel {
  return {
    documentTitle: 'Kế hoạch 03/KH-UBND phát động các phong trào thi đua năm 2024',
    bodyNameUpper: 'PHƯỜNG NGÔ QUYỀN',
    bodyName: 'phường Ngô Quyền',
    numberText: '03/KH-UBND',
    placeName: 'Ngô Quyền',
    dateText: 'ngày 05 tháng 02 năm 2024',
    subjectLine: DEMO_PLAN_2024.title,
    legalBases: DEMO_PLAN_2024.legalBases,
    motto: DEMO_PLAN_2024.motto,
    year: 2024,
    movements: DEMO_PLAN_2024.movements,
    targets: DEMO_PLAN_2024.targets.map((t) => ({
      name: t.name,
      targetText: formatTarget(t.comparison, t.targetValue, t.unitOfMeasure),
      responsibleUnit: UNIT_NAMES[t.unitCode]!,
      reportingPeriod: REPORTING_PERIOD_NAMES_VI[t.reportingPeriod],
    })),
    registrationText: 'Các bộ phận, tổ dân phố, tập thể, cá nhân đăng ký thi đua trước ngày 15 tháng 3 năm 2024.',
    implementationText: 'Giao công chức Văn phòng - Thống kê phường có trách nhiệm theo dõi, đôn đốc, tổng hợp và báo cáo Hội đồng TĐKT, Chủ tịch UBND phường kết quả thực hiện Kế hoạch này./.',
    recipientsOfCopy: ['Hội đồng TĐKT thành phố (để B/c);', 'Lãnh đạo UBND phường (để C/đ);', 'Lưu: VT.'],
    signer: { positionLine: 'CHỦ TỊCH', name: 'Vũ Trí Khánh' },
    verificationUrl: 'https://khenthuong.example.vn/verify/3f1c0a9e5b7d4e2f8a6c1b0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f',
  };
}

function summaryReport(): SummaryReportModel {
  const plan = seedPlan();
  return {
    documentTitle: 'Báo cáo tổng kết phong trào thi đua năm 2024',
    bodyNameUpper: 'PHƯỜNG NGÔ QUYỀN',
    numberText: '45/BC-UBND',
    placeName: 'Ngô Quyền',
    dateText: 'ngày 20 tháng 12 năm 2024',
    subjectLine: 'Tổng kết phong trào thi đua năm 2024',
    introParagraphs: ['Thực hiện Kế hoạch số 03/KH-UBND ngày 05 tháng 02 năm 2024 của Chủ tịch UBND phường Ngô Quyền, kết quả như sau:'],
    targets: plan.targets.map((t, i) => {
      const seed = DEMO_PLAN_2024.targets[i]!;
      if (seed.name === 'Giải quyết việc làm mới') {
        return { name: t.name, targetText: t.targetText, targetValue: 172, actualText: '90 lao động', percent: 52.3, met: false, points: [{ label: 'Quý I', value: 40 }, { label: 'Quý II', value: 90 }], forecast: 176 };
      }
      if (seed.name === 'Tỷ lệ gia đình văn hoá') {
        return { name: t.name, targetText: t.targetText, targetValue: 98, actualText: '98,4%', percent: 100, met: true, points: [{ label: 'Năm 2024', value: 98.4 }], forecast: 98.4 };
      }
      return { name: t.name, targetText: t.targetText, targetValue: seed.targetValue, actualText: 'chưa có số liệu', percent: null, met: null, points: [], forecast: null };
    }),
    evaluationParagraphs: ['Đề nghị công nhận danh hiệu "Lao động tiên tiến" cho 10 cá nhân; "Chiến sĩ thi đua cơ sở" cho 01 cá nhân; "Tập thể lao động tiên tiến" cho 01 tập thể.'],
    recipientsOfCopy: ['Hội đồng TĐKT thành phố (để B/c);', 'Lưu: VT.'],
    signer: { positionLine: 'CHỦ TỊCH', name: 'Vũ Trí Khánh' },
    verificationUrl: seedPlan().verificationUrl,
  };
}

describe('plan and summary report PDFs (real Chromium)', () => {
  let pdfRenderer: PdfRenderer;
  let plan: Buffer;
  let report: Buffer;

  beforeAll(async () => {
    pdfRenderer = new PdfRenderer({ executablePath: CHROMIUM_PATH });
    [plan, report] = await Promise.all([renderPlan(pdfRenderer, seedPlan()), renderSummaryReport(pdfRenderer, summaryReport())]);
  });

  afterAll(async () => {
    await pdfRenderer.close();
  });

  describe('renderPlan', () => {
    it('is A4 with the document title, every font embedded Tinos', async () => {
      const info = await pdfInfo(plan);
      expect(info.pageWidthPt).toBeCloseTo(595.3, 0);
      expect(info.pageHeightPt).toBeCloseTo(841.9, 0);
      expect(info.pages).toBeGreaterThanOrEqual(2);
      expect(info.title).toBe('Kế hoạch 03/KH-UBND phát động các phong trào thi đua năm 2024');
      for (const font of await pdfFonts(plan)) {
        expect(font).toMatchObject({ embedded: true, unicode: true });
        expect(font.name).toMatch(/^[A-Z]{6}\+Tinos(-Bold|-Italic|-BoldItalic)?$/);
      }
    });

    it('prints the Nghị định 30 blocks, the motto and all 17 seed targets as exact Vietnamese text', async () => {
      const lines = (await pdfText(plan)).split('\n').map((l) => l.trim());
      for (const line of ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NGÔ QUYỀN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 03/KH-UBND', 'Ngô Quyền, ngày 05 tháng 02 năm 2024', 'KẾ HOẠCH', 'Phát động các phong trào thi đua năm 2024', 'I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG THI ĐUA', 'III. TỔ CHỨC THỰC HIỆN', 'Nơi nhận:', 'CHỦ TỊCH', 'Vũ Trí Khánh']) {
        expect(lines).toContain(line);
      }
      const flat = await pdfFlatText(plan);
      expect(flat).toContain('với phương châm “Rõ việc, quyết liệt, linh hoạt, về đích”, cụ thể như sau:');
      expect(flat).toContain('Căn cứ Nghị quyết số 38/NQ-HĐND ngày 20/12/2023 của HĐND phường Ngô Quyền');
      for (const [i, t] of DEMO_PLAN_2024.targets.entries()) {
        expect(flat).toContain(`${i + 1} ${t.name.split(' ').slice(0, 4).join(' ')}`);
      }
      for (const text of ['< 0,08%', '≥ 98%', '≥ 172 lao động', '≥ 269 người', '≥ 99,7%']) expect(flat).toContain(text);
    });

    it('numbers pages from the second on, in the top margin', async () => {
      const words = await pdfWords(plan);
      const inTopMargin = (page: number) => words.filter((w) => w.page === page && w.yMax < 20 * (72 / 25.4)).map((w) => w.text);
      expect(inTopMargin(1)).toEqual([]);
      expect(inTopMargin(2)).toEqual(['2']);
    });
  });

  describe('renderSummaryReport', () => {
    it('is A4, all fonts embedded, with the report blocks and the table of targets', async () => {
      const info = await pdfInfo(report);
      expect(info.pageWidthPt).toBeCloseTo(595.3, 0);
      expect(info.title).toBe('Báo cáo tổng kết phong trào thi đua năm 2024');
      for (const font of await pdfFonts(report)) expect(font).toMatchObject({ embedded: true, unicode: true });
      const lines = (await pdfText(report)).split('\n').map((l) => l.trim());
      for (const line of ['BÁO CÁO', 'Tổng kết phong trào thi đua năm 2024', 'Số: 45/BC-UBND', 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA', 'II. ĐÁNH GIÁ, ĐỀ NGHỊ KHEN THƯỞNG']) {
        expect(lines).toContain(line);
      }
      const flat = await pdfFlatText(report);
      expect(flat).toContain('Có 1/17 chỉ tiêu thi đua chủ yếu đạt và vượt kế hoạch.');
      expect(flat).toContain('Giải quyết việc làm mới ≥ 172 lao động 90 lao động 52,3% Chưa đạt');
    });

    it('draws one chart per target and the overview, as vector text in the PDF', async () => {
      const flat = await pdfFlatText(report);
      expect(flat).toContain('Biểu đồ 1. Tỷ lệ thực hiện so với kế hoạch của các chỉ tiêu');
      for (let n = 2; n <= 18; n++) expect(flat).toContain(`Biểu đồ ${n}.`);
      // The jobs chart: two quarters, the hollow forecast bar and the dashed target line's label.
      expect(flat).toContain('Chỉ tiêu: ≥ 172 lao động (đường nét đứt)');
      expect(flat).toContain('Biểu đồ 10. Giải quyết việc làm mới');
      // Bars with their values and period labels, on the page of the forecast 176 (reading order of SVG text varies).
      const words = await pdfWords(report);
      const page = words.find((w) => w.text === '176')!.page;
      const onPage = words.filter((w) => w.page === page).map((w) => w.text);
      expect(onPage).toEqual(expect.arrayContaining(['40', '90', '176', 'Quý', 'I', 'II', 'Dự', 'báo']));
      const html = await renderSummaryReportHtml(summaryReport());
      expect(html.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+" class="chart/g)).toHaveLength(18);
    });
  });
});
