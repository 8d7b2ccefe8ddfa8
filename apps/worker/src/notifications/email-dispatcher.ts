import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@khenthuong/platform';
import { LOGGER } from '../worker.tokens';
import { composeNoticeEmail, type PendingNotice } from './notice-email';

/** Notices sent per transaction: several workers share the work (SKIP LOCKED) and a slow server holds few rows. */
const BATCH = 20;
/** Older notices are not mailed: after SMTP was off for a while, nobody wants last week's reminders. */
const MAX_AGE = '2 days';

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
    await this.dataSource.query(
      `UPDATE notification n SET email_skipped_reason = CASE WHEN n.created_at < now() - interval '${MAX_AGE}' THEN 'too old' ELSE 'no address' END
         FROM app_user u
        WHERE u.id = n.user_id AND n.email_sent_at IS NULL AND n.email_skipped_reason IS NULL
          AND (u.email IS NULL OR NOT u.active OR n.created_at < now() - interval '${MAX_AGE}')`,
    );
    for (;;) {
      const sent = await this.dataSource.transaction((tx) => this.sendBatch(tx));
      if (sent < BATCH) return;
    }
  }

  private async sendBatch(tx: EntityManager): Promise<number> {
    const pending: PendingNotice[] = await tx.query(
      `SELECT n.id, n.message, n.proposal_id, n.round_id, u.email, u.display_name, b.name AS body_name
         FROM notification n JOIN app_user u ON u.id = n.user_id JOIN issuing_body b ON b.id = n.body_id
        WHERE n.email_sent_at IS NULL AND n.email_skipped_reason IS NULL AND u.email IS NOT NULL AND u.active
          AND n.created_at >= now() - interval '${MAX_AGE}'
        ORDER BY n.created_at LIMIT ${BATCH} FOR UPDATE OF n SKIP LOCKED`,
    );
    for (const notice of pending) {
      try {
        await this.transport!.sendMail(composeNoticeEmail(notice, this.config.publicBaseUrl()));
        await tx.query(`UPDATE notification SET email_sent_at = now() WHERE id = $1`, [notice.id]);
      } catch (error) {
        if (!permanent(error)) throw error;
        this.logger.warn({ err: error, notificationId: notice.id }, 'mail server refused a notice for good');
        await tx.query(`UPDATE notification SET email_skipped_reason = $2 WHERE id = $1`, [notice.id, `refused: ${String((error as Error).message).slice(0, 500)}`]);
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
