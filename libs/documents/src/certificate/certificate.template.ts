import { SIGNATURE_POSITION_URI } from '../signing/pdf-signature-field';
import { defineTemplate } from '../templates/handlebars.env';
import { CERTIFICATE_DIVIDER_SVG, CERTIFICATE_FRAME_SVG } from './certificate.frame';
import type { CertificateBatchView } from './certificate.view';

/**
 * Certificates (docs/documents.md §2): national title → issuer → headline → recipient → achievement →
 * decision number and register (left, with the QR code) → place, date and signature (right).
 * One `.certificate` per page; the frame and divider are our own constant SVG.
 */
export const CERTIFICATE_TEMPLATE = `<!doctype html>
<html lang="vi">
<head>
{{> documentHead}}
</head>
<body>
{{#each certificates}}
<section class="certificate">
  ${CERTIFICATE_FRAME_SVG}
  <div class="sheet">
    <div class="national-title">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
    <div class="motto"><span>Độc lập - Tự do - Hạnh phúc</span></div>
    <div class="issuer">{{issuerLine}}</div>
    <div class="action">{{action}}</div>
    <div class="{{titleClass}}">{{title}}</div>
    {{#if yearText}}<div class="year">{{yearText}}</div>{{/if}}
    ${CERTIFICATE_DIVIDER_SVG}
    <div class="{{recipientClass}}">{{recipientLine}}</div>
    {{#if detailLine}}<div class="detail">{{detailLine}}</div>{{/if}}
    <div class="achievement">{{achievementText}}</div>
    <div class="footer">
      <div class="left">
        {{{trustedQrSvg}}}
        <div>
          <div class="decision">{{decisionLine}}</div>
          {{#if registerLine}}<div>{{registerLine}}</div>{{/if}}
          <div class="url">{{verificationUrl}}</div>
        </div>
      </div>
      <div class="right">
        <div class="place-date">{{placeDateText}}</div>
        {{#if signer.authorityLine}}<div class="signer">{{signer.authorityLine}}</div>{{/if}}
        <div class="signer">{{signer.positionLine}}</div>
        <a class="signature-gap signature-mark" href="${SIGNATURE_POSITION_URI}"></a>
        <div class="signer">{{signer.name}}</div>
      </div>
    </div>
  </div>
</section>
{{/each}}
</body>
</html>
`;

export const renderCertificateTemplate = defineTemplate<CertificateBatchView>(CERTIFICATE_TEMPLATE);
