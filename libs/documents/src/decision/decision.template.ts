import { defineTemplate } from '../templates/handlebars.env';
import type { DecisionView } from './decision.view';

/**
 * Quyết định khen thưởng (docs/documents.md §1): [H] [N] → title → authority → Căn cứ → Xét đề nghị →
 * QUYẾT ĐỊNH: → articles → [NN] [S] → [A] annex on its own page. The verification QR closes the
 * last page: at the end of the annex, or under "Nơi nhận" when there is none.
 */
export const DECISION_TEMPLATE = `<!doctype html>
<html lang="vi">
<head>
{{> documentHead}}
</head>
<body>
<main class="decision">
  {{> nd30Header header}}
  <div class="doc-title">QUYẾT ĐỊNH</div>
  <div class="doc-subject">{{subjectLine}}</div>
  <div class="rule-title"></div>
  <div class="authority">{{authorityTitle}}</div>
  {{#each legalBases}}
  <p class="para basis">{{this}}</p>
  {{/each}}
  <p class="para basis">{{proposalBasis}}</p>
  <div class="decides">QUYẾT ĐỊNH:</div>
  {{#each articles}}
  <p class="para article"><span class="bold">{{label}}</span> {{text}}</p>
  {{/each}}
  {{> nd30Closing closing}}
</main>
{{#if annex}}
<section class="annex">
  <div class="annex-title">{{annex.title}}</div>
  <div class="annex-reference">{{annex.reference}}</div>
  <div class="rule-title"></div>
  <table class="annex-table">
    <colgroup>
      <col style="width: 7%">
      {{#if annex.showAmounts}}<col style="width: 31%"><col style="width: 33%"><col style="width: 16%"><col style="width: 13%">
      {{else}}<col style="width: 40%"><col style="width: 40%"><col style="width: 13%">{{/if}}
    </colgroup>
    <thead>
      <tr>
        <th>TT</th>
        <th>{{annex.nameHeading}}</th>
        <th>Chức vụ, đơn vị</th>
        {{#if annex.showAmounts}}<th>Số tiền (đồng)</th>{{/if}}
        <th>Ghi chú</th>
      </tr>
    </thead>
    <tbody>
      {{#each annex.rows}}
      <tr>
        <td class="order">{{order}}</td>
        <td class="name">{{name}}</td>
        <td class="position">{{positionAndUnit}}</td>
        {{#if ../annex.showAmounts}}<td class="amount">{{amountText}}</td>{{/if}}
        <td class="note">{{note}}</td>
      </tr>
      {{/each}}
      {{#if annex.totalAmountText}}
      <tr class="total">
        <td></td>
        <td colspan="2" class="center">Tổng cộng</td>
        <td class="amount">{{annex.totalAmountText}}</td>
        <td></td>
      </tr>
      {{/if}}
    </tbody>
  </table>
  {{#if annex.totalInWords}}<p class="in-words">(Bằng chữ: {{annex.totalInWords}})</p>{{/if}}
</section>
{{/if}}
{{#if verification}}{{> verification verification}}{{/if}}
</body>
</html>
`;

export const renderDecisionTemplate = defineTemplate<DecisionView>(DECISION_TEMPLATE);
