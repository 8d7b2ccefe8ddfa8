import type { PDFOptions } from 'puppeteer-core';
import { BrowserSession } from './browser.session';
import { ConcurrencyLimiter } from './concurrency.limiter';
import { forgetWarmFonts, loadOnWarmPage, takeInlineFonts } from './warm-fonts';

export interface PdfRendererLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface PdfRendererOptions {
  /** Chromium or Chrome binary, e.g. /usr/bin/chromium. Never downloaded at run time. */
  executablePath: string;
  /** Renders (and warm pages) at once. Default 2. */
  maxConcurrentPages?: number;
  /** Restart the browser after this many documents, to bound memory growth. Default 200. */
  recycleAfterDocuments?: number;
  /** Default 30 s. */
  launchTimeoutMs?: number;
  /** Limit for loading the HTML and for printing it, each. Default 60 s. */
  renderTimeoutMs?: number;
  /** Off by default: our documents are static and need no script. */
  javaScriptEnabled?: boolean;
  /** Appended to the launch flags. */
  extraArgs?: string[];
  /** pino-compatible; silent when omitted. */
  logger?: PdfRendererLogger;
}

export interface PdfMargin {
  top?: string;
  right?: string;
  bottom?: string;
  left?: string;
}

export interface PdfRenderOptions {
  /** Default 'A4'. A CSS `@page { size }` in the HTML wins (preferCSSPageSize). */
  format?: 'A4' | 'A3' | 'A5';
  landscape?: boolean;
  /**
   * Chromium's own header/footer. Prefer CSS page-margin boxes in the document (`@page {
   * @top-center { content: counter(page) } }`): they use the document's fonts and can skip the
   * first page with `@page :first`, which these templates cannot.
   */
  displayHeaderFooter?: boolean;
  headerTemplate?: string;
  footerTemplate?: string;
  /** Used where the document's CSS sets no `@page` margin. */
  margin?: PdfMargin;
  /** e.g. '1-3'. Default: all pages. */
  pageRanges?: string;
  /** Default true. */
  preferCSSPageSize?: boolean;
}

export interface PdfRendererHealth {
  ok: boolean;
  version?: string;
  error?: string;
}

export interface PdfRendererStats {
  /** Process id of the browser now serving renders, if one is running. */
  browserPid?: number;
  launches: number;
  documentsRendered: number;
  activeRenders: number;
  queuedRenders: number;
}

/** Thrown when the renderer has been closed. */
export class PdfRendererClosedError extends Error {
  constructor() {
    super('PdfRenderer is closed');
    this.name = 'PdfRendererClosedError';
  }
}

/**
 * HTML → PDF through one pooled headless Chromium per process.
 *
 * The browser starts on first use, pages are reused (keeping the documents' inline fonts loaded
 * between renders), and a browser that crashed or was recycled is
 * replaced transparently (a render interrupted by a crash is retried once on the new browser).
 */
export class PdfRenderer {
  private readonly limiter: ConcurrencyLimiter;
  private readonly recycleAfter: number;
  private readonly renderTimeoutMs: number;
  private readonly sessions = new Set<BrowserSession>();
  private readonly inFlight = new Set<Promise<Buffer>>();
  private pendingSession: Promise<BrowserSession> | undefined;
  private closed = false;
  private closing: Promise<void> | undefined;
  private launches = 0;
  private documentsRendered = 0;

  constructor(private readonly options: PdfRendererOptions) {
    if (!options.executablePath) throw new TypeError('PdfRenderer: executablePath is required');
    this.limiter = new ConcurrencyLimiter(options.maxConcurrentPages ?? 2);
    this.recycleAfter = positive('recycleAfterDocuments', options.recycleAfterDocuments ?? 200);
    this.renderTimeoutMs = positive('renderTimeoutMs', options.renderTimeoutMs ?? 60_000);
  }

  async renderPdf(html: string, options: PdfRenderOptions = {}): Promise<Buffer> {
    this.assertOpen();
    const render = this.limiter.run(async () => {
      this.assertOpen();
      try {
        return await this.renderOnce(html, options);
      } catch (error) {
        if (!(error instanceof BrowserGoneError) || this.closed) throw causeOf(error);
        this.options.logger?.warn({ err: error.cause }, 'browser went away during a render; retrying once');
        try {
          return await this.renderOnce(html, options);
        } catch (retryError) {
          throw causeOf(retryError);
        }
      }
    });
    this.inFlight.add(render);
    try {
      return await render;
    } finally {
      this.inFlight.delete(render);
    }
  }

  /** Starts the browser if needed and asks it for its version. */
  async health(): Promise<PdfRendererHealth> {
    if (this.closed) return { ok: false, error: 'closed' };
    try {
      const session = await this.currentSession();
      return { ok: true, version: await session.browser.version() };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  stats(): PdfRendererStats {
    const current = [...this.sessions].find((session) => session.usable);
    return {
      browserPid: current?.pid,
      launches: this.launches,
      documentsRendered: this.documentsRendered,
      activeRenders: this.limiter.active,
      queuedRenders: this.limiter.queued,
    };
  }

  /** Waits for renders in progress, then closes every browser and removes its profile. */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    this.closed = true;
    // Queued renders see `closed` when their turn comes; running ones are bounded by their timeouts.
    await Promise.allSettled([...this.inFlight]);
    await this.pendingSession?.catch(() => undefined);
    // Includes browsers still closing after a recycle or a crash: none may outlive close().
    await Promise.all([...this.sessions].map((session) => this.dispose(session)));
  }

  private async renderOnce(html: string, options: PdfRenderOptions): Promise<Buffer> {
    const session = await this.currentSession();
    session.active++;
    let page: Awaited<ReturnType<BrowserSession['acquirePage']>> | undefined;
    let reusable = false;
    try {
      page = await session.acquirePage();
      const fontless = takeInlineFonts(html);
      if (fontless) {
        await loadOnWarmPage(page, fontless, this.renderTimeoutMs);
      } else {
        await forgetWarmFonts(page);
        await page.setContent(html, { waitUntil: 'load', timeout: this.renderTimeoutMs });
      }
      const pdf = await page.pdf(this.pdfOptions(options));
      reusable = true;
      return Buffer.from(pdf);
    } catch (error) {
      if (!session.alive) throw new BrowserGoneError(error);
      throw error;
    } finally {
      session.active--;
      if (page) await session.releasePage(page, reusable);
      if (reusable) {
        session.rendered++;
        this.documentsRendered++;
      }
      this.retireIfDue(session);
    }
  }

  private pdfOptions(options: PdfRenderOptions): PDFOptions {
    return {
      format: options.format ?? 'A4',
      landscape: options.landscape ?? false,
      printBackground: true,
      preferCSSPageSize: options.preferCSSPageSize ?? true,
      displayHeaderFooter: options.displayHeaderFooter ?? false,
      headerTemplate: options.headerTemplate,
      footerTemplate: options.footerTemplate,
      margin: options.margin,
      pageRanges: options.pageRanges,
      timeout: this.renderTimeoutMs,
    };
  }

  private retireIfDue(session: BrowserSession): void {
    if (session.rendered >= this.recycleAfter && !session.retiring) {
      session.retiring = true;
      this.options.logger?.info({ pid: session.pid, rendered: session.rendered }, 'recycling browser');
    }
    if (session.retiring && session.active === 0) void this.dispose(session);
  }

  /** Closes a browser; it stays tracked until its process and profile are gone. */
  private dispose(session: BrowserSession): Promise<void> {
    return session.close().finally(() => this.sessions.delete(session));
  }

  /** The browser to render on: the running one, or a new one (one launch at a time). */
  private async currentSession(): Promise<BrowserSession> {
    // Two rounds: a browser that dies right after launch is replaced once, not in a loop.
    for (let attempt = 0; attempt < 2; attempt++) {
      const pending = (this.pendingSession ??= this.launch());
      let session: BrowserSession;
      try {
        session = await pending;
      } catch (error) {
        if (this.pendingSession === pending) this.pendingSession = undefined;
        throw error;
      }
      if (session.usable) return session;
      if (this.pendingSession === pending) this.pendingSession = undefined;
    }
    throw new Error('PdfRenderer: the browser exits right after launch');
  }

  private async launch(): Promise<BrowserSession> {
    this.assertOpen();
    const started = Date.now();
    const session = await BrowserSession.launch({
      executablePath: this.options.executablePath,
      launchTimeoutMs: this.options.launchTimeoutMs ?? 30_000,
      operationTimeoutMs: this.renderTimeoutMs,
      javaScriptEnabled: this.options.javaScriptEnabled ?? false,
      extraArgs: this.options.extraArgs ?? [],
      onUnexpectedExit: (gone) => {
        this.options.logger?.warn({ pid: gone.pid }, 'browser exited unexpectedly; the next render relaunches it');
        void this.dispose(gone);
      },
    });
    this.launches++;
    this.sessions.add(session);
    this.options.logger?.info({ pid: session.pid, ms: Date.now() - started }, 'browser launched');
    if (this.closed) {
      // close() began while we were launching: do not leave this browser behind.
      await this.dispose(session);
      throw new PdfRendererClosedError();
    }
    return session;
  }

  private assertOpen(): void {
    if (this.closed) throw new PdfRendererClosedError();
  }
}

/** Internal marker: the failure came from the browser disappearing, so a retry may succeed. */
class BrowserGoneError extends Error {
  constructor(override readonly cause: unknown) {
    super('browser went away');
  }
}

function causeOf(error: unknown): unknown {
  return error instanceof BrowserGoneError ? error.cause : error;
}

function positive(name: string, value: number): number {
  if (!(value > 0)) throw new RangeError(`PdfRenderer: ${name} must be positive, got ${value}`);
  return value;
}
