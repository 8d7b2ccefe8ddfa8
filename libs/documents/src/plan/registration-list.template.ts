import { DocumentModelError } from '../document-model.error';
import type { HtmlToPdf } from '../document.renderer';
import { DEFAULT_FONTS_DIR, loadFontFaceCss } from '../templates/document.fonts';
import { defineTemplate } from '../templates/handlebars.env';
import { ND30_CSS } from '../templates/nd30.styles';
import type { Nd30HeaderView } from '../templates/nd30.partials';
import type { RegistrationListModel } from './registration-list.model';

interface RegistrationListView {
  documentTitle: string;
  trustedCss: string;
  header: Nd30HeaderView;
  subjectLine: string;
  rows: Array<RegistrationListModel['rows'][number] & { order: string; ownTargetsText: string }>;
  empty: boolean;
  missingUnits: string[];
  completenessText: string;
}

/** [H] [N] → "DANH SÁCH ĐĂNG KÝ THI ĐUA" + subject → table → units not registered. No signature: a working list. */
const REGISTRATION_LIST_TEMPLATE = `<!doctype html>
<html lang="vi">
<head>
{{> documentHead}}
</head>
<body>
<main class="registration-list">
  {{> nd30Header header}}
  <div class="doc-title">DANH SÁCH ĐĂNG KÝ THI ĐUA</div>
  <div class="doc-subject">{{subjectLine}}</div>
  <div class="rule-title"></div>
  <p class="para">{{completenessText}}</p>
  {{#if empty}}<p class="para">Chưa có tập thể, cá nhân nào đăng ký.</p>{{/if}}
  {{#unless empty}}
  <table class="annex-table registrations">
    <colgroup><col style="width: 6%"><col style="width: 22%"><col style="width: 18%"><col style="width: 22%"><col style="width: 20%"><col style="width: 12%"></colgroup>
    <thead><tr><th>TT</th><th>Tập thể, cá nhân</th><th>Đơn vị</th><th>Danh hiệu đăng ký</th><th>Chỉ tiêu đăng ký</th><th>Ngày đăng ký</th></tr></thead>
    <tbody>
      {{#each rows}}
      <tr><td class="order">{{order}}</td><td>{{registrantName}} ({{kindName}})</td><td>{{unitName}}</td><td>{{titles}}</td><td>{{ownTargetsText}}</td><td class="center">{{registeredOn}}{{#if late}} (quá hạn){{/if}}</td></tr>
      {{/each}}
    </tbody>
  </table>
  {{/unless}}
  {{#if missingUnits.length}}
  <p class="part">Đơn vị chưa đăng ký:</p>
  {{#each missingUnits}}<p class="para">- {{this}}</p>{{/each}}
  {{/if}}
</main>
</body>
</html>
`;

const render = defineTemplate<RegistrationListView>(REGISTRATION_LIST_TEMPLATE);
const CSS = `.part { margin-top: 10pt; font-weight: 700; } table.registrations { font-size: 11pt; }`;

export async function renderRegistrationListHtml(model: RegistrationListModel, options: { fontsDir?: string } = {}): Promise<string> {
  const problems = (['documentTitle', 'bodyNameUpper', 'placeName', 'dateText', 'subjectLine'] as const).filter((k) => !model[k]?.trim()).map((k) => `${k} is empty`);
  if (problems.length) throw new DocumentModelError('registration list', problems);
  const fontCss = await loadFontFaceCss(options.fontsDir ?? DEFAULT_FONTS_DIR);
  return render({
    documentTitle: model.documentTitle,
    trustedCss: `${fontCss}\n${ND30_CSS}\n${CSS}`,
    header: { issuerLines: ['ỦY BAN NHÂN DÂN', model.bodyNameUpper], wideIssuer: false, numberText: null, placeDateText: `${model.placeName}, ${model.dateText}` },
    subjectLine: model.subjectLine,
    rows: model.rows.map((r, i) => ({ ...r, order: String(i + 1), ownTargetsText: r.ownTargets || '—' })),
    empty: model.rows.length === 0,
    missingUnits: model.missingUnits,
    completenessText: model.completenessText,
  });
}

/** Danh sách đăng ký thi đua as PDF (A4, the Nghị định 30/2020 header). */
export async function renderRegistrationList(pdf: HtmlToPdf, model: RegistrationListModel, options: { fontsDir?: string } = {}): Promise<Buffer> {
  return pdf.renderPdf(await renderRegistrationListHtml(model, options));
}
