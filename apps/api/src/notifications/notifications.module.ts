import { Module } from '@nestjs/common';
import { NotificationPagesController } from './pages/notification-pages.controller';

/** A user's notices page; the inbox it reads is the page kernel's (every page's header counts the unread). */
@Module({ controllers: [NotificationPagesController] })
export class NotificationsModule {}
