import { DOCUMENT_FONT_STACK } from '../templates/document.fonts';

/**
 * A4 landscape, no page margins: the frame covers the sheet and each certificate is exactly one
 * page (overflow clipped), so a batch of n certificates prints n pages and splits back safely.
 */
export const CERTIFICATE_CSS = `
@page { size: A4 landscape; margin: 0; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; font-family: ${DOCUMENT_FONT_STACK}; line-height: 1.25; }
.certificate { position: relative; width: 297mm; height: 210mm; overflow: hidden; }
.certificate + .certificate { break-before: page; }
.certificate svg.frame { position: absolute; inset: 0; width: 297mm; height: 210mm; }
.sheet { position: absolute; left: 24mm; right: 24mm; top: 24mm; bottom: 22mm; text-align: center; }
.national-title { font-size: 13pt; font-weight: 700; }
.motto { font-size: 14pt; font-weight: 700; }
.motto span { display: inline-block; border-bottom: 0.75pt solid #000; padding-bottom: 1pt; }
.issuer { margin-top: 8mm; font-size: 15pt; font-weight: 700; }
.action { margin-top: 4mm; font-size: 16pt; font-weight: 700; }
.title { margin-top: 1mm; font-size: 34pt; font-weight: 700; color: #b01c1c; letter-spacing: 0.5pt; }
.title.long { font-size: 27pt; }
.year { font-size: 15pt; font-weight: 700; font-style: italic; }
svg.divider { display: block; width: 60mm; height: 6mm; margin: 1mm auto 0; }
.recipient { margin-top: 6mm; font-size: 22pt; font-weight: 700; color: #1a2a6c; overflow-wrap: anywhere; }
.recipient.long { font-size: 18pt; }
.recipient.very-long { font-size: 14pt; }
.recipient.longest { margin-top: 4mm; font-size: 12pt; }
.detail { margin-top: 1.5mm; font-size: 15pt; overflow-wrap: anywhere; }
.achievement { margin: 4mm 14mm 0; font-size: 15pt; font-style: italic; overflow-wrap: anywhere; }
.footer { position: absolute; left: 0; right: 0; bottom: 0; display: flex; justify-content: space-between; align-items: flex-end; text-align: center; }
.footer .left { width: 50%; box-sizing: border-box; padding-left: 16mm; display: flex; align-items: flex-end; gap: 3mm; text-align: left; font-size: 11pt; }
.footer .left .decision { white-space: nowrap; }
.footer .left svg { width: 20mm; height: 20mm; flex: none; }
.footer .left .url { font-size: 7pt; overflow-wrap: anywhere; }
.footer .right { width: 46%; padding-right: 6mm; font-size: 14pt; }
.place-date { font-style: italic; }
.signer { font-weight: 700; }
.signature-gap { height: 22mm; }
.signature-mark { display: block; color: inherit; text-decoration: none; }
`;
