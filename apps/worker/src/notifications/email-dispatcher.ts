import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationRepository } from '@khenthuong/persistence';
import { AppConfig } from '@khenthuong/platform';
import { LOGGER } from '../worker.tokens';
import { composeNoticeEmail, type PendingNotice } from './notice-email';

/** Notices sent per transaction: several workers share the work (SKIP LOCKED) and a slow server holds few rows. */
const BATCH = 20;
/** Older notices are not mailed: after SMTP was off for a while, nobody wants last week's reminders. */
const MAX_AGE_SECONDS = 2 * 24 * 3600;

/** An SMTP reply that will not change on a retry (5xx: mailbox unknown, address refused). */
const permanent = (error: unknown): boolean => {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};

/**
 * E-mails each new notice to its user, when the user has an address and SMTP_URL is set. The notice
 * row is the outbox: it is marked sent in the transaction that locked it, so a crash between the
 * server's acceptance and the commit sends that one message again (at least once, never lost).
 */
@Injectable()
export class EmailDispatcher implements OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private transport?: Transporter;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  start(): void {
    if (!this.config.SMTP_URL) {
      this.logger.info('e-mail notices off: SMTP_URL is not set');
      return;
    }
    this.transport = createTransport(this.config.SMTP_URL, { from: this.config.MAIL_FROM });
    this.timer = setInterval(() => void this.tick(), this.config.EMAIL_POLL_SECONDS * 1000);
    this.timer.unref();
    void this.tick();
  }

  /** One pass; a pass still running is not overlapped. */
  tick(): Promise<void> {
    this.running ??= this.sendPending()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'e-mailing notices failed; retried on the next pass'))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async sendPending(): Promise<void> {
    await new NotificationRepository(this.dataSource).skipUnmailable(MAX_AGE_SECONDS);
    for (;;) {
      const sent = await this.dataSource.transaction((tx) => this.sendBatch(tx));
      if (sent < BATCH) return;
    }
  }

  private async sendBatch(tx: EntityManager): Promise<number> {
    const notices = NotificationRepository.in(tx);
    const pending: PendingNotice[] = await notices.pendingEmails(MAX_AGE_SECONDS, BATCH);
    for (const notice of pending) {
      try {
        await this.transport!.sendMail(composeNoticeEmail(notice, this.config.publicBaseUrl()));
        await notices.markEmailed(notice.id);
      } catch (error) {
        if (!permanent(error)) throw error;
        this.logger.warn({ err: error, notificationId: notice.id }, 'mail server refused a notice for good');
        await notices.markEmailRefused(notice.id, `refused: ${String((error as Error).message).slice(0, 500)}`);
      }
    }
    return pending.length;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    this.transport?.close();
  }
}
