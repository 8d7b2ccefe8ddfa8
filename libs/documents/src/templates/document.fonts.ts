import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Debian `fonts-croscore`. Tinos is metric-compatible with Times New Roman (Nghị định 30/2020). */
export const DEFAULT_FONTS_DIR = '/usr/share/fonts/truetype/croscore';

/** The family documents ask for; the embedded Tinos faces are declared under this name. */
export const DOCUMENT_FONT_FAMILY = 'Times New Roman';

/** CSS font-family stack for templates: embedded faces first, then an installed Tinos. */
export const DOCUMENT_FONT_STACK = `'${DOCUMENT_FONT_FAMILY}', 'Tinos', serif`;

const FACES = [
  { file: 'Tinos-Regular.ttf', weight: 400, style: 'normal' },
  { file: 'Tinos-Bold.ttf', weight: 700, style: 'normal' },
  { file: 'Tinos-Italic.ttf', weight: 400, style: 'italic' },
  { file: 'Tinos-BoldItalic.ttf', weight: 700, style: 'italic' },
] as const;

const cache = new Map<string, Promise<string>>();

/**
 * `@font-face` rules embedding the complete Tinos TTF files as data URLs, read once per directory.
 *
 * Complete files, never unicode-range subsets: Chromium writes each subset as its own PDF font and
 * text extraction then splits words at the seams ("QUYẾ T ĐỊ NH"). Embedding (not relying on
 * installed fonts) makes the PDF identical on every machine, and data URLs pass the renderer's
 * network block.
 */
export function loadFontFaceCss(fontsDir: string = DEFAULT_FONTS_DIR): Promise<string> {
  let css = cache.get(fontsDir);
  if (!css) {
    css = buildFontFaceCss(fontsDir);
    cache.set(fontsDir, css);
    // A missing file should not poison the cache: the fonts may be installed later.
    css.catch(() => cache.delete(fontsDir));
  }
  return css;
}

async function buildFontFaceCss(fontsDir: string): Promise<string> {
  const rules = await Promise.all(
    FACES.map(async (face) => {
      const path = join(fontsDir, face.file);
      const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
        throw new Error(`document font missing: ${path} (${error.code ?? error.message}); install fonts-croscore or set fontsDir`);
      });
      return (
        `@font-face { font-family: '${DOCUMENT_FONT_FAMILY}'; font-weight: ${face.weight}; font-style: ${face.style}; ` +
        `src: url(data:font/ttf;base64,${bytes.toString('base64')}) format('truetype'); }`
      );
    }),
  );
  return rules.join('\n');
}
