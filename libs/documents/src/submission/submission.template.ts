import { defineTemplate } from '../templates/handlebars.env';
import type { SubmissionView } from './submission.view';

/**
 * Tờ trình (docs/documents.md §4): [H] [N] → TỜ TRÌNH + V/v → Kính gửi → bases → (escalation) → counts →
 * request → Hồ sơ kèm theo → closing request → [NN] [S] → [A] the list, closed by the QR code.
 */
export const SUBMISSION_TEMPLATE = `<!doctype html>
<html lang="vi">
<head>
{{> documentHead}}
</head>
<body>
<main class="submission">
  {{> nd30Header header}}
  <div class="doc-title">TỜ TRÌNH</div>
  <div class="doc-subject">{{subjectLine}}</div>
  <div class="rule-title"></div>
  <table class="addressee">
    <tr><td class="addressee-label">Kính gửi:</td><td>{{#each addresseeLines}}<div>{{this}}</div>{{/each}}</td></tr>
  </table>
  {{#each bases}}<p class="para">{{this}}</p>{{/each}}
  {{#if escalationText}}<p class="para">{{escalationText}}</p>{{/if}}
  <p class="para">Số lượng đề nghị khen thưởng:</p>
  {{#each countLines}}<div class="list-line">{{this}}</div>{{/each}}
  <p class="para">{{requestText}} (có danh sách kèm theo).</p>
  <p class="para"><span class="italic">Hồ sơ kèm theo:</span></p>
  {{#each attachments}}<div class="list-line">- {{this}}</div>{{/each}}
  <p class="para">{{closingRequest}}</p>
  {{> nd30Closing closing}}
</main>
<section class="annex">
  <div class="annex-title">{{annex.title}}</div>
  <div class="annex-reference">{{annex.reference}}</div>
  <div class="rule-title"></div>
  <table class="grid">
    <colgroup><col style="width: 8%"><col style="width: 30%"><col style="width: 37%"><col style="width: 25%"></colgroup>
    <thead><tr><th>TT</th><th>Họ và tên / Tập thể</th><th>Chức vụ, đơn vị</th><th>Danh hiệu / hình thức</th></tr></thead>
    <tbody>
      {{#each annex.rows}}
      <tr><td class="c">{{order}}</td><td>{{name}}</td><td>{{positionAndUnit}}</td><td>{{titleText}}</td></tr>
      {{/each}}
    </tbody>
  </table>
</section>
{{> verification verification}}
</body>
</html>
`;

export const renderSubmissionTemplate = defineTemplate<SubmissionView>(SUBMISSION_TEMPLATE);
