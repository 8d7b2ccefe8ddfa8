import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notices also go out by e-mail: a user's address, and per notice when it was sent or why it never
 * will be. Notices written before this step are marked as not to be mailed, so enabling SMTP does
 * not flood inboxes with old news.
 */
export class NotificationEmail1765310000000 implements MigrationInterface {
  name = 'NotificationEmail1765310000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "app_user" ADD "email" text`);
    await q.query(`ALTER TABLE "notification" ADD "email_sent_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "notification" ADD "email_skipped_reason" text`);
    await q.query(`UPDATE "notification" SET "email_skipped_reason" = 'written before e-mail notices'`);
    await q.query(`CREATE INDEX "ix_notification_email_pending" ON "notification" ("created_at") WHERE "email_sent_at" IS NULL AND "email_skipped_reason" IS NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_notification_email_pending"`);
    await q.query(`ALTER TABLE "notification" DROP COLUMN "email_skipped_reason"`);
    await q.query(`ALTER TABLE "notification" DROP COLUMN "email_sent_at"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "email"`);
  }
}
