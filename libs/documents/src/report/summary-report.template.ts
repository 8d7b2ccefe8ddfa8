import { defineTemplate } from '../templates/handlebars.env';
import type { SummaryReportView } from './summary-report.view';

/**
 * Báo cáo tổng kết: [H] [N] → "BÁO CÁO" + subject → I. Kết quả thực hiện: overview chart and
 * table of all targets, then one chart per target → II. Đánh giá, đề nghị khen thưởng → [NN] [S].
 */
export const SUMMARY_REPORT_TEMPLATE = `<!doctype html>
<html lang="vi">
<head>
{{> documentHead}}
</head>
<body>
<main class="report">
  {{> nd30Header header}}
  <div class="doc-title">BÁO CÁO</div>
  <div class="doc-subject">{{subjectLine}}</div>
  <div class="rule-title"></div>
  {{#each introParagraphs}}
  <p class="para">{{this}}</p>
  {{/each}}
  <p class="part">I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA</p>
  <p class="para">{{overviewText}}</p>
  <figure class="chart-figure">{{{trustedOverviewSvg}}}<figcaption>Biểu đồ 1. Tỷ lệ thực hiện so với kế hoạch của các chỉ tiêu</figcaption></figure>
  <table class="annex-table report-targets">
    <colgroup><col style="width: 7%"><col style="width: 41%"><col style="width: 17%"><col style="width: 17%"><col style="width: 9%"><col style="width: 9%"></colgroup>
    <thead><tr><th>TT</th><th>Chỉ tiêu</th><th>Kế hoạch</th><th>Thực hiện</th><th>Tỷ lệ</th><th>Đánh giá</th></tr></thead>
    <tbody>
      {{#each targets}}
      <tr><td class="order">{{order}}</td><td>{{name}}</td><td class="center">{{targetText}}</td><td class="center">{{actualText}}</td><td class="center">{{percentText}}</td><td class="center">{{verdict}}</td></tr>
      {{/each}}
    </tbody>
  </table>
  {{#each targets}}
  <figure class="chart-figure target-chart">{{{trustedChartSvg}}}<figcaption>Biểu đồ {{chartNumber}}. {{name}}</figcaption></figure>
  {{/each}}
  <p class="part">II. ĐÁNH GIÁ, ĐỀ NGHỊ KHEN THƯỞNG</p>
  {{#each evaluationParagraphs}}
  <p class="para">{{this}}</p>
  {{/each}}
  {{> nd30Closing closing}}
</main>
</body>
</html>
`;

export const renderSummaryReportTemplate = defineTemplate<SummaryReportView>(SUMMARY_REPORT_TEMPLATE);
