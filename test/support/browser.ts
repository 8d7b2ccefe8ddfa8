/// <reference lib="dom" />  // page.evaluate callbacks run in the browser
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@khenthuong/persistence';
import { eventually } from './stack';

/** Screenshots of the browser tests, for review (git-ignored). */
export const SCREENSHOTS_DIR = join(__dirname, '..', '..', '.artifacts', 'screenshots');

export function screenshotsDir(): string {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return SCREENSHOTS_DIR;
}

/** Visible form controls without a label (or aria-label): each one is an accessibility defect. */
export function unlabelledControls(page: Page): Promise<string[]> {
  return page.$$eval('input:not([type=hidden]), select, textarea', (els) =>
    els.filter((el) => (el as HTMLInputElement).labels?.length === 0 && !el.getAttribute('aria-label')).map((el) => el.outerHTML),
  );
}

/**
 * Signs in through the login page in a fresh context; console errors of the page are collected
 * into `problems` unless `expectedError` says they are the page doing its job.
 */
export async function signInAs(
  browser: Browser,
  baseUrl: string,
  username: string,
  problems: string[],
  options: { width?: number; expectedError?: (m: ConsoleMessage) => boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && !options.expectedError?.(m) && problems.push(`console: ${m.text()} at ${m.location().url}`));
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname !== '/dang-nhap');
  return page;
}

/** Reloads until the page offers the control: the workflow's state follows a click by one task. */
export async function reloadUntil(page: Page, role: 'button' | 'link', name: string): Promise<void> {
  await eventually(async () => {
    await page.reload();
    return (await page.getByRole(role, { name }).count()) > 0 ? true : undefined;
  }, `${role} ${name}`);
}
