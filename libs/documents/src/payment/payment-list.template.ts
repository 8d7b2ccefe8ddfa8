import { defineTemplate } from '../templates/handlebars.env';
import type { PaymentListView } from './payment-list.view';

/**
 * Danh sách chi tiền thưởng: [H] → title, subject, decision reference → table with a signature
 * column (heading repeated on every page, rows never split) → total in figures and in words →
 * place and date → signatures → QR.
 */
export const PAYMENT_LIST_TEMPLATE = `<!doctype html>
<html lang="vi">
<head>
{{> documentHead}}
</head>
<body>
<main class="payment-list">
  {{> nd30Header header}}
  <div class="doc-title">DANH SÁCH CHI TIỀN THƯỞNG</div>
  <div class="doc-subject">{{subjectLine}}</div>
  <div class="annex-reference">{{referenceLine}}</div>
  <div class="rule-title"></div>
  <table class="grid payment">
    <colgroup><col style="width: 7%"><col style="width: 28%"><col style="width: 30%"><col style="width: 16%"><col style="width: 19%"></colgroup>
    <thead><tr><th>TT</th><th>Họ và tên / Tập thể</th><th>Chức vụ, đơn vị</th><th>Số tiền (đồng)</th><th>Ký nhận</th></tr></thead>
    <tbody>
      {{#each rows}}
      <tr class="payee"><td class="c">{{order}}</td><td>{{name}}</td><td>{{positionAndUnit}}</td><td class="r">{{amountText}}</td><td></td></tr>
      {{/each}}
      <tr class="total"><td></td><td colspan="2" class="c">Tổng cộng</td><td class="r">{{totalAmountText}}</td><td></td></tr>
    </tbody>
  </table>
  <p class="in-words">(Số tiền bằng chữ: {{totalInWords}})</p>
  <p class="place-date signing-date">{{placeDateText}}</p>
  {{> signatureRow this}}
  {{> verification verification}}
</main>
</body>
</html>
`;

export const renderPaymentListTemplate = defineTemplate<PaymentListView>(PAYMENT_LIST_TEMPLATE);
