/// <reference lib="dom" />  // page.evaluate callbacks run in the browser
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { AwardTitle, DossierPaper, PERFORMANCE_RATING_NAMES_VI, ROLES } from '@khenthuong/domain';
import type { DemoScenarioResult } from '@khenthuong/persistence';
import { ProposalStatus, RoundStatus } from '@khenthuong/temporal';
import { screenshotsDir, signInAs } from '../support/browser';

/** What every walk shares: one browser, the api, the isolated demo ward and what the scenario left in it. */
export interface MorningStack {
  browser: Browser;
  baseUrl: string;
  dataSource: DataSource;
  /** Username prefix of the ward's demo logins. */
  prefix: string;
  /** The ward's code, as public pages take it (`?body=`). */
  bodyCode: string;
  scenario: DemoScenarioResult;
}

export const DESKTOP_WIDTH = 1366;
export const PHONE_WIDTH = 375;

/** Codes of the process a reader must never meet: statuses, roles, titles, papers, ratings, choices. */
const CODES = new Set<string>([
  ...ROLES,
  ...Object.values(ProposalStatus),
  ...Object.values(RoundStatus),
  ...Object.values(AwardTitle),
  ...Object.values(DossierPaper),
  ...Object.keys(PERFORMANCE_RATING_NAMES_VI),
  ...['AGREE', 'DISAGREE', 'ABSTAIN', 'APPROVE', 'REJECT', 'DECISION', 'MINUTES', 'SUBMISSION', 'CERTIFICATE', 'CAMPAIGN'],
]);

const DEVELOPER_NOTES: [string, RegExp][] = [
  ['an id', /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i],
  ['a date as stored', /\b\d{4}-\d{2}-\d{2}\b/],
  ['a legal-notes marker', /legal\.md|(?:^|[\s(])U:|\(U\)/i],
  ['a file of the code', /\b[\w-]+\.(?:ts|js|mjs|hbs|md|sql|json)\b/],
];

/** What a reader sees that only a developer would write: codes, ids, stored dates, notes, source files. */
export function developerNotesIn(text: string): string[] {
  const found = text
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((word) => CODES.has(word) || /^[A-Z0-9]+(?:_[A-Z0-9]+)+$/.test(word))
    .map((word) => `a code "${word}"`);
  for (const [what, pattern] of DEVELOPER_NOTES) {
    const match = pattern.exec(text);
    if (match) found.push(`${what} "${match[0].trim()}"`);
  }
  return [...new Set(found)];
}

export interface TaskRow {
  text: string;
  href: string | null;
  overdue: boolean;
}

/** A deadline as the task list words it, or how long a task without one has waited. */
export const DUE_WORDING = /hạn \d{2}\/\d{1,2}\/\d{4} \((còn \d+ ngày làm việc|hạn cuối hôm nay|quá hạn)\)$|\(chờ từ \d{2}:\d{2} ngày \d{2}\/\d{1,2}\/\d{4}\)$/;
const PAPER_PATH = /\/(van-ban|giay-to)\/[^/]+$|\.pdf$/;

/**
 * One role's morning in Chromium: each page visited is checked for developer notes, its same-origin
 * links are followed (GET only) for dead ends and papers that are not PDFs, and it is captured at
 * 1366 px and at 375 px, where it must not scroll sideways.
 */
export class MorningWalk {
  readonly problems: string[] = [];
  private readonly probed = new Set<string>();
  private readonly started = Date.now();
  private pagesChecked = 0;
  private screenshots = 0;

  private constructor(
    readonly stack: MorningStack,
    readonly role: string,
    readonly page: Page,
  ) {}

  static async signIn(stack: MorningStack, role: string, login: string): Promise<MorningWalk> {
    const problems: string[] = [];
    const page = await signInAs(stack.browser, stack.baseUrl, stack.prefix + login, problems, { width: DESKTOP_WIDTH });
    const walk = new MorningWalk(stack, role, page);
    walk.problems.push(...problems);
    page.on('console', (m) => m.type() === 'error' && walk.problems.push(`console: ${m.text()} at ${m.location().url}`));
    return walk;
  }

  static async anonymous(stack: MorningStack, role: string): Promise<MorningWalk> {
    const context = await stack.browser.newContext({ viewport: { width: DESKTOP_WIDTH, height: 900 }, locale: 'vi-VN' });
    const walk = new MorningWalk(stack, role, await context.newPage());
    walk.page.on('console', (m) => m.type() === 'error' && walk.problems.push(`console: ${m.text()} at ${m.location().url}`));
    return walk;
  }

  /** Opens a page of the app and checks it as a step of the morning. */
  async visit(step: string, path: string): Promise<Page> {
    const res = await this.page.goto(this.stack.baseUrl + path);
    if (res?.status() !== 200) this.problems.push(`${step}: ${path} answered ${res?.status()}`);
    await this.check(step);
    return this.page;
  }

  /**
   * Checks the page the walk is on (reached by a click) as a step of the morning, then narrows it to
   * a phone's width (the layout follows the viewport, no reload needed) and back.
   */
  async check(step: string): Promise<void> {
    const path = new URL(this.page.url()).pathname;
    this.pagesChecked += 1;
    const text = await this.page.evaluate(() => `${document.title}\n${document.body.innerText}`);
    for (const note of developerNotesIn(text)) this.problems.push(`${step}: ${path} shows ${note}`);
    await this.followLinks(step);
    await this.capture(step, DESKTOP_WIDTH);
    await this.page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
    const overflow = await this.page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
    if (overflow > 0) this.problems.push(`${step}: ${path} scrolls ${overflow}px sideways at ${PHONE_WIDTH}px`);
    await this.capture(step, PHONE_WIDTH);
    await this.page.setViewportSize({ width: DESKTOP_WIDTH, height: 900 });
  }

  /** The rows of "Việc cần làm", checked for their wording and order: overdue first, then by deadline, then the rest. */
  async tasks(step = '01-viec-can-lam'): Promise<TaskRow[]> {
    await this.visit(step, '/viec-can-lam');
    const rows = await this.page.$$eval('#danh-sach-viec > li', (items) =>
      items.map((li) => ({ text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(), href: li.querySelector('a')?.getAttribute('href') ?? null, overdue: li.querySelector('.deadline.overdue') !== null })),
    );
    for (const row of rows) if (!DUE_WORDING.test(row.text)) this.problems.push(`${step}: task without a Vietnamese deadline or waiting time: ${row.text}`);
    const order = rows.map((r) => (r.overdue ? 0 : r.text.includes('(chờ từ') ? 2 : 1));
    if (order.some((rank, i) => i > 0 && rank < order[i - 1]!)) this.problems.push(`${step}: tasks out of order (overdue, with deadline, waiting): ${rows.map((r) => r.text).join(' | ')}`);
    return rows;
  }

  /**
   * Follows a task's link and returns the actions offered where it lands: the enabled submit buttons
   * (and button-like links) of the part of the page the link points to, or of the whole page.
   */
  async followTask(step: string, row: TaskRow): Promise<string[]> {
    if (!row.href) throw new Error(`task without a link: ${row.text}`);
    if (new URL(this.page.url()).pathname !== '/viec-can-lam') await this.page.goto(`${this.stack.baseUrl}/viec-can-lam`);
    await this.page.locator(`#danh-sach-viec a[href="${row.href}"]`).first().click();
    await this.page.waitForURL((url) => url.pathname + url.search + url.hash === row.href);
    await this.check(step);
    return this.page.evaluate((hash) => {
      const target = hash ? document.getElementById(hash) : document.querySelector('main');
      const scope = target?.closest('section') ?? target;
      if (!scope) return [];
      const controls = Array.from(scope.querySelectorAll<HTMLElement>('form button[type=submit], form button:not([type]), a.button'));
      return controls.filter((c) => !(c as HTMLButtonElement).disabled && c.offsetParent !== null).map((c) => (c.textContent ?? '').trim());
    }, new URL(this.page.url()).hash.slice(1));
  }

  /** How many notices the header counts as unread. */
  async unreadCount(): Promise<number> {
    const badge = this.page.locator('#thong-bao-moi .count');
    return (await badge.count()) ? Number(await badge.textContent()) : 0;
  }

  /** The notices page: the unread ones, each with a message a person can read. */
  async notices(step: string): Promise<string[]> {
    await this.visit(step, '/thong-bao');
    const unread = await this.page.locator('.notifications li.unread > p:first-child').allTextContents();
    for (const message of unread) if (message.replace(/^Mới:\s*/, '').trim().length < 10) this.problems.push(`${step}: a notice without a readable message: "${message}"`);
    return unread.map((m) => m.replace(/^Mới:\s*/, '').trim());
  }

  /** The papers a page offers in `selector`: link text and address. */
  papersIn(selector: string): Promise<{ name: string; href: string }[]> {
    return this.page.locator(`${selector} a`).evaluateAll((links) => links.map((a) => ({ name: (a.textContent ?? '').trim(), href: a.getAttribute('href') ?? '' })));
  }

  /** What the app answers this role for an address it was not offered (a paper outside its scope). */
  async statusOf(path: string): Promise<number> {
    return (await this.page.request.get(this.stack.baseUrl + path, { maxRedirects: 0 })).status();
  }

  /** Closes the walk; the page problems found on the way must be none. */
  async finish(): Promise<void> {
    await this.page.context().close();
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    console.log(`morning of ${this.role}: ${this.pagesChecked} pages, ${this.probed.size} links followed, ${this.screenshots} screenshots, ${seconds} s`);
    expect(this.problems).toEqual([]);
  }

  private async capture(step: string, width: number): Promise<void> {
    this.screenshots += 1;
    await this.page.screenshot({ path: join(screenshotsDir(), `${this.role}-${step}-${width}.png`), fullPage: true });
  }

  /** Every same-origin link of the page answers, for this role, 200 or a redirect to a page that does; papers are PDFs. */
  private async followLinks(step: string): Promise<void> {
    const origin = new URL(this.stack.baseUrl).origin;
    const hrefs = await this.page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    const fresh: URL[] = [];
    for (const href of hrefs) {
      const url = new URL(href);
      url.hash = '';
      if (url.origin !== origin || url.pathname === '/dang-xuat' || this.probed.has(url.href)) continue;
      this.probed.add(url.href);
      fresh.push(url);
    }
    // A few at a time: the api answers while the database works on another.
    for (let i = 0; i < fresh.length; i += 4) {
      const batch = fresh.slice(i, i + 4);
      const problems = await Promise.all(batch.map((url) => this.probe(url)));
      problems.forEach((problem, j) => problem && this.problems.push(`${step}: link ${batch[j]!.pathname}${batch[j]!.search} ${problem}`));
    }
  }

  private async probe(url: URL): Promise<string | null> {
    let res = await this.page.request.get(url.href, { maxRedirects: 0 });
    if (res.status() >= 300 && res.status() < 400) {
      const target = new URL(res.headers()['location'] ?? '', url);
      if (target.origin !== url.origin) return `leaves the site for ${target.href}`;
      if (target.pathname === '/dang-nhap' && url.pathname !== '/dang-nhap') return 'sends this user to the login page';
      res = await this.page.request.get(target.href);
    }
    if (res.status() !== 200) return `answers ${res.status()}`;
    if (!PAPER_PATH.test(url.pathname)) return null;
    const type = res.headers()['content-type'] ?? '';
    const magic = (await res.body()).subarray(0, 4).toString('latin1');
    return type.startsWith('application/pdf') && magic === '%PDF' ? null : `is a paper but not a PDF (${type}, starts "${magic}")`;
  }
}
