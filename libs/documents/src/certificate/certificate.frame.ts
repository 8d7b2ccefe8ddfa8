/**
 * The decorative frame of the certificates: our own drawing (no third-party artwork), inline SVG
 * in millimetres over the whole A4 landscape sheet. Red and gold like the ward's printed stock;
 * vector, so it stays sharp in print and adds no image to the PDF.
 */
const RED = '#9b1c1c';
const GOLD = '#b8862b';

/** A corner flourish drawn for the top-left corner; the others are mirror images. */
const CORNER = `<g stroke-linecap="round">
  <path d="M0 34 V 0 H 34" fill="none" stroke="${RED}" stroke-width="0.9"/>
  <path d="M3.5 24 V 3.5 H 24" fill="none" stroke="${GOLD}" stroke-width="0.5"/>
  <path d="M5 5 C 12 6, 16 10, 17 17 C 10 16, 6 12, 5 5 Z" fill="${RED}"/>
  <path d="M9 3.5 C 15 9, 22 9, 27 7 M3.5 9 C 9 15, 9 22, 7 27" fill="none" stroke="${GOLD}" stroke-width="0.5"/>
  <circle cx="34" cy="0" r="1" fill="${RED}"/>
  <circle cx="0" cy="34" r="1" fill="${RED}"/>
  <circle cx="19.5" cy="19.5" r="1.1" fill="${GOLD}"/>
</g>`;

function corner(x: number, y: number, sx: 1 | -1, sy: 1 | -1): string {
  return `<g transform="translate(${x} ${y}) scale(${sx} ${sy})">${CORNER}</g>`;
}

/** A small lotus-like ornament (a divider under the headline). */
export const CERTIFICATE_DIVIDER_SVG = `<svg class="divider" viewBox="0 0 80 8" xmlns="http://www.w3.org/2000/svg" aria-hidden="true">
  <path d="M2 4 H 32 M48 4 H 78" stroke="${GOLD}" stroke-width="0.6"/>
  <path d="M40 0.5 C 43 2.5, 43 5.5, 40 7.5 C 37 5.5, 37 2.5, 40 0.5 Z" fill="${RED}"/>
  <path d="M40 4 C 35 1, 33 3, 31.5 4 C 33 5, 35 7, 40 4 Z M40 4 C 45 1, 47 3, 48.5 4 C 47 5, 45 7, 40 4 Z" fill="${GOLD}"/>
</svg>`;

export const CERTIFICATE_FRAME_SVG = `<svg class="frame" viewBox="0 0 297 210" xmlns="http://www.w3.org/2000/svg" aria-hidden="true">
  <rect x="7" y="7" width="283" height="196" fill="none" stroke="${RED}" stroke-width="2.4"/>
  <rect x="10.2" y="10.2" width="276.6" height="189.6" fill="none" stroke="${GOLD}" stroke-width="0.7"/>
  <rect x="11.8" y="11.8" width="273.4" height="186.4" fill="none" stroke="${GOLD}" stroke-width="1.6" stroke-dasharray="0.5 1.6"/>
  <rect x="13.6" y="13.6" width="269.8" height="182.8" fill="none" stroke="${RED}" stroke-width="0.5"/>
  ${corner(15.5, 15.5, 1, 1)}
  ${corner(281.5, 15.5, -1, 1)}
  ${corner(15.5, 194.5, 1, -1)}
  ${corner(281.5, 194.5, -1, -1)}
</svg>`;
