import { defineTemplate } from '../templates/handlebars.env';
import type { CouncilMinutesView } from './council-minutes.view';

/**
 * Biên bản họp Hội đồng TĐKT (docs/documents.md §3): [H] → BIÊN BẢN → session, attendance → content →
 * voting → result table → conclusion → closing → THƯ KÝ / CHỦ TỊCH HỘI ĐỒNG → QR.
 */
export const COUNCIL_MINUTES_TEMPLATE = `<!doctype html>
<html lang="vi">
<head>
{{> documentHead}}
</head>
<body>
<main class="minutes">
  {{> nd30Header header}}
  <div class="doc-title">BIÊN BẢN</div>
  <div class="doc-subject">Họp Hội đồng Thi đua - Khen thưởng</div>
  <div class="doc-subject">{{subjectLine}}</div>
  <div class="rule-title"></div>
  <p class="line">{{openingLine}}</p>
  <p class="line">{{venueLine}}</p>
  <p class="line">{{chairLine}}</p>
  <p class="line">{{secretaryLine}}</p>
  <p class="line">{{attendanceLine}}</p>
  <table class="grid members">
    <colgroup><col style="width: 8%"><col style="width: 34%"><col style="width: 38%"><col style="width: 20%"></colgroup>
    <thead><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ trong Hội đồng</th><th>Tham dự</th></tr></thead>
    <tbody>
      {{#each members}}
      <tr><td class="c">{{order}}</td><td>{{name}}</td><td>{{role}}</td><td class="c">{{attendance}}</td></tr>
      {{/each}}
    </tbody>
  </table>
  <p class="line indent">{{quorumText}}</p>
  <div class="section">NỘI DUNG CUỘC HỌP</div>
  {{#each contentParagraphs}}<p class="line indent">{{this}}</p>{{/each}}
  <div class="section">KẾT QUẢ BIỂU QUYẾT</div>
  <p class="line">{{votingLine}}</p>
  {{#if countingBoard}}
  <p class="line">Ban kiểm phiếu:</p>
  {{#each countingBoard}}<div class="list-line">- {{this}}</div>{{/each}}
  {{/if}}
  {{#if ballotLine}}<p class="line">{{ballotLine}}</p>{{/if}}
  <table class="grid tally small">
    <colgroup><col style="width: 6%"><col style="width: 18%"><col style="width: 17%"><col style="width: 15%"><col style="width: 8%"><col style="width: 9%"><col style="width: 9%"><col style="width: 8%"><col style="width: 10%"></colgroup>
    <thead>
      <tr><th>STT</th><th>Họ tên / Tập thể</th><th>Chức vụ, đơn vị</th><th>Danh hiệu / hình thức</th><th>Đồng ý</th><th>Không đồng ý</th><th>Không biểu quyết</th><th>Tỷ lệ đồng ý (%)</th><th>Kết quả</th></tr>
    </thead>
    <tbody>
      {{#each nominees}}
      <tr><td class="c">{{order}}</td><td>{{name}}</td><td>{{positionAndUnit}}</td><td>{{titleText}}</td><td class="c">{{agree}}</td><td class="c">{{disagree}}</td><td class="c">{{abstain}}</td><td class="c">{{percent}}</td><td class="c">{{result}}</td></tr>
      {{/each}}
    </tbody>
  </table>
  <p class="line">{{passedLine}}</p>
  {{#if opinions.length}}
  <p class="line">Ý kiến của thành viên Hội đồng:</p>
  {{#each opinions}}<div class="list-line">- {{this}}</div>{{/each}}
  {{/if}}
  <div class="section">KẾT LUẬN</div>
  <p class="line indent">{{conclusionText}}</p>
  <p class="line indent">{{closingLine}}</p>
  {{> signatureRow this}}
  {{> verification verification}}
</main>
</body>
</html>
`;

export const renderCouncilMinutesTemplate = defineTemplate<CouncilMinutesView>(COUNCIL_MINUTES_TEMPLATE);
