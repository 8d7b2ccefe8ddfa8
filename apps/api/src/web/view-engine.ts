import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { TEXT_LIMITS } from '@khenthuong/domain';

/**
 * The views live beside the sources (`src/web/views`); the compiled api runs from `dist/web`, so it
 * looks for them there first and falls back to the sources (the Docker image ships both).
 */
export function viewsDir(): string {
  const candidates = [join(__dirname, 'views'), join(__dirname, '..', '..', 'src', 'web', 'views')];
  const found = candidates.find((dir) => existsSync(join(dir, 'layout.hbs')));
  if (!found) throw new Error(`web views not found in ${candidates.join(' or ')}`);
  return found;
}

const hbsFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.hbs'));

/** What the layout needs besides the page: who is signed in, their menu, the form token. */
export interface LayoutModel {
  pageTitle: string;
  bodyName: string;
  user: { displayName: string; roleNames: string; unread: number } | null;
  nav: { href: string; label: string; current: boolean }[];
  csrfToken: string;
}

/**
 * Handlebars views compiled once at boot: one layout, shared partials, one template per page.
 * Its own Handlebars environment, so helpers never leak into the document templates.
 */
export class ViewEngine {
  private readonly hbs = Handlebars.create();
  private readonly layout: Handlebars.TemplateDelegate;
  private readonly pages = new Map<string, Handlebars.TemplateDelegate>();

  constructor(dir = viewsDir()) {
    this.hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    this.hbs.registerHelper('includes', (list: unknown, item: unknown) => Array.isArray(list) && list.includes(item));
    for (const file of hbsFiles(join(dir, 'partials'))) {
      this.hbs.registerPartial(basename(file, '.hbs'), readFileSync(join(dir, 'partials', file), 'utf8'));
    }
    const compile = (file: string) => this.hbs.compile(readFileSync(file, 'utf8'), { strict: false, preventIndent: true });
    this.layout = compile(join(dir, 'layout.hbs'));
    for (const file of hbsFiles(join(dir, 'pages'))) this.pages.set(basename(file, '.hbs'), compile(join(dir, 'pages', file)));
    // Compile lazily-compiled partials now, so a broken template stops boot instead of a request.
    for (const page of this.pages.values()) page({});
  }

  render(page: string, layout: LayoutModel, model: object): string {
    const template = this.pages.get(page);
    if (!template) throw new Error(`no web view named ${page}`);
    // Every page's inputs take their maxlength from the same limits the api validates (`@root.limits`).
    const context = { ...model, layout, limits: TEXT_LIMITS };
    return this.layout({ layout, body: new this.hbs.SafeString(template(context)) });
  }
}
