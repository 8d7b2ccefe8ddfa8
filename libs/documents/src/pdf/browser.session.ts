import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

export interface BrowserSessionOptions {
  executablePath: string;
  launchTimeoutMs: number;
  /** Per page operation (setContent, pdf). */
  operationTimeoutMs: number;
  javaScriptEnabled: boolean;
  extraArgs: readonly string[];
  /** Called once when the browser goes away without `close()` having been asked for; must close the session. */
  onUnexpectedExit: (session: BrowserSession) => void;
}

/**
 * Puppeteer's defaults already cover automation basics (no extensions, --disable-dev-shm-usage for
 * small /dev/shm in containers, tagged PDF, sRGB). These add what a document server wants: no
 * sandbox (runs as an unprivileged service user or root in a container), no GPU, and nothing that
 * phones home, nor reaches the network at all. `headless: true` adds `--headless=new`, which is
 * what `--headless` means since Chrome 132.
 */
const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Request interception stops requests, but not what Chromium does before them: an <iframe>
  // to a remote host was seen opening a TCP connection (navigation pre-connect) although its
  // request was aborted. Every connection goes to a proxy that does not exist instead.
  '--proxy-server=http://0.0.0.0:1',
  '--proxy-bypass-list=<-loopback>',
];

/** data: URLs carry fonts and images inline; about:blank is the empty page a new tab starts on. */
const ALLOWED_URL = /^(data:|about:blank$)/;

/** One Chromium process with its own throw-away profile and a few warm pages. */
export class BrowserSession {
  readonly pid: number | undefined;
  /** Documents rendered by this browser, for recycling. */
  rendered = 0;
  /** Renders currently holding a page of this browser. */
  active = 0;
  /** Set when the session should take no new work (recycling); it closes once idle. */
  retiring = false;

  private readonly idlePages: Page[] = [];
  private exited = false;
  private closing: Promise<void> | undefined;

  private constructor(
    readonly browser: Browser,
    private readonly userDataDir: string,
    private readonly options: BrowserSessionOptions,
  ) {
    this.pid = browser.process()?.pid;
    browser.process()?.once('exit', () => this.markExited());
    browser.once('disconnected', () => this.markExited());
  }

  static async launch(options: BrowserSessionOptions): Promise<BrowserSession> {
    // A fresh profile per browser: no state (cache, cookies, crash dumps) leaks between launches.
    const userDataDir = await mkdtemp(join(tmpdir(), 'khenthuong-chromium-'));
    try {
      const browser = await launch({
        executablePath: options.executablePath,
        headless: true,
        pipe: true, // CDP over pipes: no debugging port open on the host
        userDataDir,
        args: [...BROWSER_ARGS, ...options.extraArgs],
        timeout: options.launchTimeoutMs,
        protocolTimeout: options.operationTimeoutMs + 10_000,
        // The host application owns shutdown and calls close(); puppeteer must not hook signals.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      return new BrowserSession(browser, userDataDir, options);
    } catch (error) {
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
      throw error;
    }
  }

  /** True while the browser is connected and accepts new work. */
  get usable(): boolean {
    return this.alive && !this.retiring;
  }

  get alive(): boolean {
    return !this.exited && !this.closing && this.browser.connected;
  }

  async acquirePage(): Promise<Page> {
    const idle = this.idlePages.pop();
    if (idle && !idle.isClosed()) return idle;
    return this.newPage();
  }

  /** Returns a page to the warm pool, or discards it when it may be in a bad state. */
  async releasePage(page: Page, reusable: boolean): Promise<void> {
    if (reusable && this.alive && !page.isClosed()) {
      this.idlePages.push(page);
      return;
    }
    if (this.alive) await page.close().catch(() => undefined);
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async newPage(): Promise<Page> {
    const page = await this.browser.newPage();
    page.setDefaultTimeout(this.options.operationTimeoutMs);
    // Documents are static HTML built by our templates; no script needs to run in them.
    await page.setJavaScriptEnabled(this.options.javaScriptEnabled);
    // A document must never fetch anything: no tracking pixels, no leaks of who opened it, and
    // the same bytes in, the same PDF out.
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (request.isInterceptResolutionHandled()) return;
      if (ALLOWED_URL.test(request.url())) void request.continue().catch(() => undefined);
      else void request.abort('blockedbyclient').catch(() => undefined);
    });
    return page;
  }

  private markExited(): void {
    if (this.exited) return;
    this.exited = true;
    // The owner closes us (killing leftover children, removing the profile).
    if (!this.closing) this.options.onUnexpectedExit(this);
  }

  private async shutDown(): Promise<void> {
    this.idlePages.length = 0;
    if (this.browser.connected) {
      await withTimeout(this.browser.close(), 5_000).catch(() => undefined);
    }
    await this.killProcessGroup();
    await rm(this.userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }

  /**
   * puppeteer starts Chromium detached, in its own process group; killing the group also takes
   * down zygote and renderer children that a crashed or hung browser may have left.
   */
  private async killProcessGroup(): Promise<void> {
    const child = this.browser.process();
    if (!child?.pid) return;
    const running = child.exitCode === null && child.signalCode === null;
    const exitedNow = running ? new Promise<void>((resolve) => child.once('exit', () => resolve())) : undefined;
    for (const target of [-child.pid, child.pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // ESRCH: already gone.
      }
    }
    if (exitedNow) await withTimeout(exitedNow, 5_000).catch(() => undefined);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
