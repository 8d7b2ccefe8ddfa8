import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestActor } from '../auth/actor';

export interface NotificationRow {
  id: string;
  kind: string;
  message: string;
  proposal_id: string | null;
  round_id: string | null;
  read_at: Date | null;
  created_at: Date;
}

export const NOTIFICATION_PAGE_SIZE = 30;

/** A user's own notifications (written by the worker's notify activity), always scoped to them and their body. */
@Injectable()
export class NotificationRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Served by ix_notification_user_unread; runs on every page for the header's count. */
  async unreadCount(actor: RequestActor): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND body_id = $2 AND read_at IS NULL`, [actor.userId, actor.bodyId]);
    return row?.n ?? 0;
  }

  /** Unread first, then newest; one page more than shown tells whether another follows. */
  async page(actor: RequestActor, page: number): Promise<{ rows: NotificationRow[]; hasNext: boolean }> {
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT id, kind, message, proposal_id, round_id, read_at, created_at FROM notification
        WHERE user_id = $1 AND body_id = $2
        ORDER BY (read_at IS NULL) DESC, created_at DESC, id DESC
        LIMIT ${NOTIFICATION_PAGE_SIZE + 1} OFFSET ${(page - 1) * NOTIFICATION_PAGE_SIZE}`,
      [actor.userId, actor.bodyId],
    );
    return { rows: rows.slice(0, NOTIFICATION_PAGE_SIZE), hasNext: rows.length > NOTIFICATION_PAGE_SIZE };
  }

  /** Marks one of the user's own notifications read; false when it is not theirs (or does not exist). */
  async markRead(actor: RequestActor, id: string): Promise<boolean> {
    // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count], not the rows.
    const [{ n }] = await this.dataSource.query(
      `WITH marked AS (UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 AND body_id = $3 RETURNING id)
       SELECT count(*)::int AS n FROM marked`,
      [id, actor.userId, actor.bodyId],
    );
    return n > 0;
  }

  async markAllRead(actor: RequestActor): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `WITH marked AS (UPDATE notification SET read_at = now() WHERE user_id = $1 AND body_id = $2 AND read_at IS NULL RETURNING id)
       SELECT count(*)::int AS n FROM marked`,
      [actor.userId, actor.bodyId],
    );
    return n;
  }
}
