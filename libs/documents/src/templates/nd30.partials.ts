/**
 * Handlebars partials for the blocks every ward paper shares (docs/documents.md, "Common blocks").
 * `{{x}}` escapes; `{{{trusted…}}}` is reserved for values our own code produced (CSS, QR SVG).
 */
import { SIGNATURE_POSITION_URI } from '../signing/pdf-signature-field';

/** Context: the root view ({ documentTitle, trustedCss }). */
export const DOCUMENT_HEAD_PARTIAL = `<meta charset="utf-8">
<title>{{documentTitle}}</title>
<style>{{{trustedCss}}}</style>`;

/** [H] + [N]. Context: Nd30HeaderView. */
export const ND30_HEADER_PARTIAL = `<table class="nd30-header{{#if wideIssuer}} wide-issuer{{/if}}">
  <colgroup><col class="issuer"><col class="nation"></colgroup>
  <tr>
    <td>
      {{#if parentLine}}<div class="issuer-parent">{{parentLine}}</div>{{/if}}
      {{#each issuerLines}}<div class="issuer-line">{{this}}</div>{{/each}}
      <div class="rule-short"></div>
    </td>
    <td>
      <div class="national-title">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
      <div class="motto"><span class="motto-rule">Độc lập - Tự do - Hạnh phúc</span></div>
    </td>
  </tr>
  <tr class="number-row">
    <td class="number-text">{{#if numberText}}Số: {{numberText}}{{/if}}</td>
    <td class="place-date">{{placeDateText}}</td>
  </tr>
</table>`;

/**
 * [NN] + [S]. Context: Nd30ClosingView. When the closing ends the paper (no annex), the QR code
 * goes under "Nơi nhận", beside the signature, instead of spilling onto a page of its own. The
 * signature gap is an invisible link the signing step finds (and removes) to place the image.
 */
export const ND30_CLOSING_PARTIAL = `<table class="closing">
  <colgroup><col class="copies"><col class="signature"></colgroup>
  <tr>
    <td>
      <div class="copies-title">Nơi nhận:</div>
      {{#each recipients}}<div class="copy-line">- {{this}}</div>{{/each}}
      {{#if verification}}{{> verification verification}}{{/if}}
    </td>
    <td class="signature">
      {{#if signer.authorityLine}}<div>{{signer.authorityLine}}</div>{{/if}}
      <div>{{signer.positionLine}}</div>
      <a class="signature-gap signature-mark" href="${SIGNATURE_POSITION_URI}"></a>
      <div>{{signer.name}}</div>
    </td>
  </tr>
</table>`;

/**
 * Side-by-side signatures (minutes: THƯ KÝ left, CHỦ TỊCH HỘI ĐỒNG right; payment list: preparer,
 * accountant, head). Context: SignatureRowView. The last column, the head, is who signs digitally.
 */
export const SIGNATURE_ROW_PARTIAL = `<table class="signature-row">
  <tr>{{#each signatures}}<td class="signature">{{#each titleLines}}<div>{{this}}</div>{{/each}}</td>{{/each}}</tr>
  <tr>{{#each signatures}}<td class="signature-gap">{{#if @last}}<a class="signature-mark" href="${SIGNATURE_POSITION_URI}"></a>{{/if}}</td>{{/each}}</tr>
  <tr>{{#each signatures}}<td class="signature">{{name}}</td>{{/each}}</tr>
</table>`;

/** QR code and the verification address. Context: VerificationView. */
export const VERIFICATION_PARTIAL = `<div class="verification">
  {{{trustedQrSvg}}}
  <div>
    <div>Quét mã QR hoặc truy cập địa chỉ dưới đây để xác thực văn bản:</div>
    <div class="verification-url">{{url}}</div>
  </div>
</div>`;

export interface Nd30HeaderView {
  /** The issuer's parent body, upright and not bold above the issuer (Nghị định 30/2020 Phụ lục I): 'UBND PHƯỜNG NGÔ QUYỀN'. */
  parentLine?: string;
  /** e.g. ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NGÔ QUYỀN'], bold */
  issuerLines: string[];
  /** Long issuer lines ('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG'): a wider left column, one size smaller. */
  wideIssuer: boolean;
  /** Printed after "Số: "; null leaves the cell empty (papers without a number). */
  numberText: string | null;
  placeDateText: string;
}

export interface Nd30ClosingView {
  recipients: string[];
  /** Set when this block is the end of the paper. */
  verification: VerificationView | null;
  signer: { authorityLine: string | null; positionLine: string; name: string };
}

export interface VerificationView {
  url: string;
  trustedQrSvg: string;
}

export interface SignatureRowView {
  signatures: Array<{ titleLines: string[]; name: string }>;
}
