import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFontFaceCss } from './document.fonts';

const FILES = ['Tinos-Regular.ttf', 'Tinos-Bold.ttf', 'Tinos-Italic.ttf', 'Tinos-BoldItalic.ttf'];

describe('loadFontFaceCss', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fonts-spec-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('embeds each complete face as a base64 data URL under the document family', async () => {
    await Promise.all(FILES.map((file) => writeFile(join(dir, file), `bytes of ${file}`)));
    const css = await loadFontFaceCss(dir);
    const faces = css.split('\n');
    expect(faces).toHaveLength(4);
    const regular = Buffer.from('bytes of Tinos-Regular.ttf').toString('base64');
    expect(faces[0]).toBe(
      `@font-face { font-family: 'Times New Roman'; font-weight: 400; font-style: normal; src: url(data:font/ttf;base64,${regular}) format('truetype'); }`,
    );
    expect(faces.map((f) => /font-weight: (\d+); font-style: (\w+)/.exec(f)?.slice(1).join(' '))).toEqual([
      '400 normal',
      '700 normal',
      '400 italic',
      '700 italic',
    ]);
    expect(css).not.toContain('unicode-range');
  });

  it('reads the files once per directory', async () => {
    await Promise.all(FILES.map((file) => writeFile(join(dir, file), 'x')));
    const first = loadFontFaceCss(dir);
    expect(loadFontFaceCss(dir)).toBe(first);
    await first;
  });

  it('names the missing file, and retries on the next call instead of caching the failure', async () => {
    await expect(loadFontFaceCss(dir)).rejects.toThrow(`document font missing: ${join(dir, 'Tinos-Regular.ttf')}`);
    await Promise.all(FILES.map((file) => writeFile(join(dir, file), 'x')));
    await expect(loadFontFaceCss(dir)).resolves.toContain('@font-face');
  });
});
