import { DOCUMENT_FONT_STACK } from './document.fonts';

/**
 * Layout shared by the ward's administrative documents, per Nghị định 30/2020/NĐ-CP (Điều 15,
 * Phụ lục I): A4 portrait, margins top 20, bottom 20, left 30, right 15 mm; Times New Roman
 * (embedded Tinos) 13–14 pt; page numbers centred in the top margin, not on the first page.
 *
 * Page numbers use CSS page-margin boxes (Chromium ≥ 131) rather than puppeteer's headerTemplate:
 * `@page :first` can blank page 1, which a header template cannot, and the number is set in the
 * embedded font like the body.
 */
export const ND30_CSS = `
@page {
  size: A4 portrait;
  margin: 20mm 15mm 20mm 30mm;
  @top-center {
    content: counter(page);
    font-family: ${DOCUMENT_FONT_STACK};
    font-size: 13pt;
    vertical-align: middle;
  }
}
@page :first {
  @top-center { content: none; }
}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  color: #000;
  font-family: ${DOCUMENT_FONT_STACK};
  font-size: 14pt;
  /* Nghị định 30/2020: at least single spacing between lines, at least 6 pt between paragraphs. */
  line-height: 1.2;
  hyphens: manual;
  /* A long unbroken name wraps instead of running off the page. break-word, not anywhere: the
     latter also shrinks tables' columns to a letter's width, breaking dates and short words. */
  overflow-wrap: break-word;
}
p { margin: 0; }
.bold { font-weight: 700; }
.italic { font-style: italic; }
.center { text-align: center; }
.nowrap { white-space: nowrap; }

/* [H] header table and [N] number/date row */
table.nd30-header { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.nd30-header td { padding: 0; vertical-align: top; text-align: center; }
table.nd30-header col.issuer { width: 38%; }
table.nd30-header col.nation { width: 62%; }
table.nd30-header.wide-issuer col.issuer { width: 45%; }
table.nd30-header.wide-issuer col.nation { width: 55%; }
table.nd30-header.wide-issuer .issuer-line { font-size: 12pt; }
.issuer-line { font-size: 13pt; font-weight: 700; line-height: 1.2; }
.issuer-parent { font-size: 13pt; font-weight: 400; line-height: 1.2; }
table.nd30-header.wide-issuer .issuer-parent { font-size: 12pt; }
.national-title { font-size: 12pt; font-weight: 700; white-space: nowrap; line-height: 1.2; }
.motto { font-size: 13pt; font-weight: 700; white-space: nowrap; line-height: 1.2; }
/* Tiêu ngữ: a solid rule exactly as long as the line, hence an inline-block border. */
.motto-rule { display: inline-block; border-bottom: 0.75pt solid #000; padding-bottom: 1pt; }
.rule-short { width: 22mm; margin: 2pt auto 0; border-top: 0.75pt solid #000; }
.number-row td { padding-top: 8pt !important; }
.number-text { font-size: 13pt; }
.place-date { font-size: 14pt; font-style: italic; }

/* [T] the paper's name */
.doc-title { margin-top: 18pt; text-align: center; font-weight: 700; font-size: 14pt; }
.doc-subject { text-align: center; font-weight: 700; font-size: 14pt; }
.rule-title { width: 40mm; margin: 3pt auto 0; border-top: 0.75pt solid #000; }
.authority { margin-top: 14pt; text-align: center; font-weight: 700; font-size: 14pt; }

/* Body paragraphs */
.para { text-align: justify; text-indent: 10mm; margin-top: 6pt; }
.basis { font-style: italic; }
.decides { margin: 12pt 0 6pt; text-align: center; font-weight: 700; }

/* [NN] recipients of copies and [S] signature */
/* Kept whole and with the last article: a signature alone on a page invites substitution. */
table.closing { width: 100%; margin-top: 12pt; border-collapse: collapse; table-layout: fixed; break-inside: avoid; break-before: avoid; }
.para.article:last-of-type { break-after: avoid; }
table.closing td { padding: 0; vertical-align: top; }
table.closing col.copies { width: 50%; }
table.closing col.signature { width: 50%; }
.copies-title { font-size: 12pt; font-weight: 700; font-style: italic; }
.copy-line { font-size: 11pt; line-height: 1.25; }
.signature { text-align: center; font-weight: 700; font-size: 14pt; }
.signature-gap { height: 28mm; }
/* The mark where the digital signature image goes: a block the size of the gap, never visible. */
.signature-mark { display: block; height: 28mm; color: inherit; text-decoration: none; }

/* Side-by-side signatures (minutes, payment list), kept whole */
table.signature-row { width: 100%; margin-top: 12pt; border-collapse: collapse; table-layout: fixed; break-inside: avoid; }
table.signature-row td { padding: 0 4pt; vertical-align: top; }
table.signature-row td.signature-gap { height: 28mm; }

/* Generic bordered table of the body (tallies, lists); rows never split, heading repeated */
table.grid { width: 100%; margin-top: 8pt; border-collapse: collapse; font-size: 13pt; line-height: 1.2; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; }
/* Top-aligned: each row reads as one line from its first line of text, on paper and when extracted. */
table.grid th, table.grid td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.grid th { font-weight: 700; text-align: center; }
table.grid td.c { text-align: center; }
table.grid td.r { text-align: right; white-space: nowrap; }
table.grid tr.total td { font-weight: 700; }
table.grid.payment tr.payee td { height: 11mm; }
.signing-date { margin-top: 10pt; text-align: right; padding-right: 10mm; }
table.grid.small { font-size: 11pt; table-layout: fixed; }
table.grid.small th, table.grid.small td { padding: 2pt 2pt; }
.section { margin-top: 8pt; font-weight: 700; break-after: avoid; }
.line { text-align: justify; margin-top: 4pt; }
.line.indent { text-indent: 10mm; }
.list-line { margin-top: 2pt; padding-left: 10mm; }
table.addressee { margin: 10pt auto 4pt; border-collapse: collapse; }
table.addressee td { padding: 0 3pt; vertical-align: top; }
td.addressee-label { font-style: italic; white-space: nowrap; }

/* [A] annex */
.annex { break-before: page; }
.annex-title { text-align: center; font-weight: 700; font-size: 14pt; }
.annex-reference { text-align: center; font-style: italic; font-size: 14pt; }
table.annex-table { width: 100%; margin-top: 10pt; border-collapse: collapse; font-size: 13pt; line-height: 1.2; }
table.annex-table thead { display: table-header-group; }
table.annex-table tr { break-inside: avoid; }
table.annex-table th, table.annex-table td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: middle; }
table.annex-table th { font-weight: 700; text-align: center; }
table.annex-table td.order, table.annex-table td.note { text-align: center; }
table.annex-table td.amount { text-align: right; white-space: nowrap; }
table.annex-table tr.total td { font-weight: 700; }
.in-words { margin-top: 6pt; font-style: italic; }

/* Verification QR, small, at the end of the document */
.verification { display: flex; align-items: center; gap: 3mm; margin-top: 8mm; break-inside: avoid; font-size: 8pt; line-height: 1.2; }
.verification svg { width: 18mm; height: 18mm; flex: none; }
table.closing .verification { margin-top: 6mm; }
.verification-url { overflow-wrap: anywhere; }
`;
