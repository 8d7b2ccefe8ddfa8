import type { Page } from 'puppeteer-core';

/** A document whose inline fonts were taken out of it. */
export interface FontlessHtml {
  /** The `@font-face` rules with data-URL sources, as they were written (kept apart: joining megabytes costs more than comparing them). */
  fontRules: string[];
  /** The document without those rules. */
  html: string;
}

const FONT_FACE = '@font-face';

/**
 * Takes `@font-face` rules with data-URL sources out of a self-contained document. Documents embed
 * complete font files (megabytes of base64); sending and sanitising them for every render costs far
 * more than printing the page, so a warm page loads them once and keeps them (`loadOnWarmPage`).
 * Undefined when the document carries no inline font (or no doctype).
 */
export function takeInlineFonts(html: string): FontlessHtml | undefined {
  // The warm page is a standards-mode document; a document without a doctype would print in quirks mode.
  if (!/^\s*<!doctype html>/i.test(html.slice(0, 64))) return undefined;
  const rules: string[] = [];
  const rest: string[] = [];
  let cursor = 0;
  for (let start = html.indexOf(FONT_FACE); start >= 0; start = html.indexOf(FONT_FACE, cursor)) {
    // Base64 has no '}', so the first one closes the rule.
    const end = html.indexOf('}', start);
    if (end < 0) break;
    const rule = html.slice(start, end + 1);
    if (rule.includes('url(data:')) {
      rest.push(html.slice(cursor, start));
      rules.push(rule);
    } else {
      rest.push(html.slice(cursor, end + 1));
    }
    cursor = end + 1;
  }
  if (rules.length === 0) return undefined;
  rest.push(html.slice(cursor));
  return { fontRules: rules, html: rest.join('') };
}

/** The font rules each warm page holds as FontFace objects. */
const loadedFonts = new WeakMap<Page, readonly string[]>();

function sameRules(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((rule, i) => rule === b[i]);
}

/*
 * FontFace objects added by script are not tied to any stylesheet, and puppeteer's setContent
 * rewrites the same Document (document.open/write): they would stay in `document.fonts` and serve
 * the next document's family names. They are dropped before any other document is loaded.
 */
const dropFonts = new Function('document.fonts.clear();') as () => void;

/** Call before loading a document some other way: the page must not lend it the fonts it holds. */
export async function forgetWarmFonts(page: Page): Promise<void> {
  if (!loadedFonts.has(page)) return;
  loadedFonts.delete(page);
  await page.evaluate(dropFonts);
}

/*
 * Page-side code, run through CDP (documents themselves run no script). Written as source text
 * because this library is compiled without the DOM types.
 *
 * FontFace objects added to `document.fonts` survive the document element being swapped; each CSS
 * rule is turned into one with the same descriptors.
 */
const installFonts = new Function(
  'fontCss',
  `const style = document.createElement('style');
  style.textContent = fontCss;
  document.head.appendChild(style);
  const faces = [...style.sheet.cssRules].filter((rule) => rule instanceof CSSFontFaceRule).map((rule) => {
    const d = rule.style;
    const descriptors = {};
    for (const [key, name] of [['weight', 'font-weight'], ['style', 'font-style'], ['stretch', 'font-stretch'], ['unicodeRange', 'unicode-range']]) {
      const value = d.getPropertyValue(name);
      if (value) descriptors[key] = value;
    }
    return new FontFace(d.getPropertyValue('font-family').replace(/^["']|["']$/g, ''), d.getPropertyValue('src'), descriptors);
  });
  style.remove();
  for (const face of faces) document.fonts.add(face);
  return Promise.all(faces.map((face) => face.load())).then(() => faces.length);`,
) as (fontCss: string) => Promise<number>;

/** Replaces the whole document element (head styles included) and waits for images and fonts. */
const swapDocument = new Function(
  'html',
  `const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  return Promise.allSettled([...document.images].map((image) => image.decode())).then(() => document.fonts.ready).then(() => undefined);`,
) as (html: string) => Promise<void>;

const EMPTY_DOCUMENT = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';

/**
 * Loads a document on a page that already holds its fonts, loading them first if the page holds
 * none or others. The printed result is the same as loading the self-contained HTML: the same
 * faces under the same descriptors, the same standards-mode document.
 */
export async function loadOnWarmPage(page: Page, document: FontlessHtml, timeoutMs: number): Promise<void> {
  if (!sameRules(loadedFonts.get(page), document.fontRules)) {
    await forgetWarmFonts(page);
    await page.setContent(EMPTY_DOCUMENT, { waitUntil: 'load', timeout: timeoutMs });
    const faces = await page.evaluate(installFonts, document.fontRules.join('\n'));
    if (faces !== document.fontRules.length) throw new Error(`${document.fontRules.length} inline fonts, ${faces} loaded`);
    loadedFonts.set(page, document.fontRules);
  }
  await page.evaluate(swapDocument, document.html);
}
