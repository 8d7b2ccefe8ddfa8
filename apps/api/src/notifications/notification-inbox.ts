import { Injectable } from '@nestjs/common';
import { NotificationRepository as Notices, type NotificationRow } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';

export type { NotificationRow };

export const NOTIFICATION_PAGE_SIZE = 30;

/** A user's own notifications (written by the worker's notify activity), always scoped to them and their body. */
@Injectable()
export class NotificationInbox {
  constructor(private readonly notices: Notices) {}

  /** Served by ix_notification_user_unread; runs on every page for the header's count. */
  unreadCount(actor: RequestActor): Promise<number> {
    return this.notices.unreadCount(actor.userId, actor.bodyId);
  }

  /** Unread first, then newest; one page more than shown tells whether another follows. */
  async page(actor: RequestActor, page: number): Promise<{ rows: NotificationRow[]; hasNext: boolean }> {
    const rows = await this.notices.pageOf(actor.userId, actor.bodyId, NOTIFICATION_PAGE_SIZE + 1, (page - 1) * NOTIFICATION_PAGE_SIZE);
    return { rows: rows.slice(0, NOTIFICATION_PAGE_SIZE), hasNext: rows.length > NOTIFICATION_PAGE_SIZE };
  }

  /** Marks one of the user's own notifications read; false when it is not theirs (or does not exist). */
  markRead(actor: RequestActor, id: string): Promise<boolean> {
    return this.notices.markRead(id, actor.userId, actor.bodyId);
  }

  markAllRead(actor: RequestActor): Promise<number> {
    return this.notices.markAllRead(actor.userId, actor.bodyId);
  }
}
