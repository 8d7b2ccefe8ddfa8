import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const VIEWS = join(__dirname, 'views');

function templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? templates(join(dir, e.name)) : e.name.endsWith('.hbs') ? [join(dir, e.name)] : []));
}

describe('page forms', () => {
  it('every form leaves checking to the server (novalidate), so no browser tooltip in English stands in for the Vietnamese message', () => {
    const forms = templates(VIEWS).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/<form\b[^>]*>/g)].map((m) => ({ file: file.slice(VIEWS.length + 1), tag: m[0] })));
    expect(forms.length).toBeGreaterThan(40);
    expect(forms.filter((f) => !/\snovalidate\b/.test(f.tag))).toEqual([]);
  });
});
