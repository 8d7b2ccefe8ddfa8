import { defineTemplate } from '../templates/handlebars.env';
import type { PostingNoticeView } from './posting-notice.view';

/**
 * Thông báo công khai (docs/documents.md §5): [H] [N] → THÔNG BÁO + Về việc → bases → 1. what is posted →
 * 2. where → 3. period → 4. how to object → "Quá thời hạn …" → [NN] [S] → [A] the posted list + QR.
 */
export const POSTING_NOTICE_TEMPLATE = `<!doctype html>
<html lang="vi">
<head>
{{> documentHead}}
</head>
<body>
<main class="notice">
  {{> nd30Header header}}
  <div class="doc-title">THÔNG BÁO</div>
  <div class="doc-subject">{{subjectLine}}</div>
  <div class="rule-title"></div>
  {{#each bases}}<p class="para">{{this}}</p>{{/each}}
  <p class="para">1. Nội dung niêm yết: {{postedItemsText}}</p>
  <p class="para">2. Địa điểm niêm yết:</p>
  {{#each places}}<div class="list-line">- {{this}};</div>{{/each}}
  <p class="para">{{periodText}}</p>
  <p class="para">{{objectionText}}</p>
  {{#each contactLines}}<div class="list-line">- {{this}}</div>{{/each}}
  <p class="para">Quá thời hạn trên, xem như không có ý kiến.</p>
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

export const renderPostingNoticeTemplate = defineTemplate<PostingNoticeView>(POSTING_NOTICE_TEMPLATE);
