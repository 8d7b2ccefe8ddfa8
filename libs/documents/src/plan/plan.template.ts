import { defineTemplate } from '../templates/handlebars.env';
import type { PlanView } from './plan.view';

/**
 * Kế hoạch thi đua (seed plan): [H] [N] → "KẾ HOẠCH" + subject → Căn cứ → motto → I. Mục đích,
 * yêu cầu (short) → II. Nội dung: movements and the targets as a table → III. Tổ chức thực hiện →
 * [NN] [S] with the verification QR.
 */
export const PLAN_TEMPLATE = `<!doctype html>
<html lang="vi">
<head>
{{> documentHead}}
</head>
<body>
<main class="plan">
  {{> nd30Header header}}
  <div class="doc-title">KẾ HOẠCH</div>
  <div class="doc-subject">{{subjectLine}}</div>
  <div class="rule-title"></div>
  {{#each legalBases}}
  <p class="para basis">{{this}}</p>
  {{/each}}
  <p class="para">{{introText}}</p>
  <p class="part">I. MỤC ĐÍCH, YÊU CẦU</p>
  <p class="para">{{purposeText}}</p>
  <p class="part">II. NỘI DUNG THI ĐUA</p>
  <p class="section">1. Các phong trào thi đua</p>
  {{#each movements}}
  <p class="para"><span class="bold">{{label}}</span> {{title}}{{#if themesText}}: {{themesText}}{{/if}}.</p>
  {{/each}}
  <p class="section">2. Các chỉ tiêu thi đua chủ yếu</p>
  <table class="annex-table plan-targets">
    <colgroup><col style="width: 7%"><col style="width: 43%"><col style="width: 17%"><col style="width: 20%"><col style="width: 13%"></colgroup>
    <thead><tr><th>TT</th><th>Chỉ tiêu</th><th>Mức phấn đấu</th><th>Đơn vị chủ trì</th><th>Kỳ báo cáo</th></tr></thead>
    <tbody>
      {{#each targets}}
      <tr><td class="order">{{order}}</td><td>{{name}}</td><td class="center nowrap">{{targetText}}</td><td>{{responsibleUnit}}</td><td class="center">{{reportingPeriod}}</td></tr>
      {{/each}}
    </tbody>
  </table>
  <p class="part">III. TỔ CHỨC THỰC HIỆN</p>
  <p class="para">{{registrationText}}</p>
  <p class="para">{{implementationText}}</p>
  {{> nd30Closing closing}}
</main>
</body>
</html>
`;

export const renderPlanTemplate = defineTemplate<PlanView>(PLAN_TEMPLATE);
