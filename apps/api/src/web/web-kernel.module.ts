import { Global, Module } from '@nestjs/common';
import { NotificationInbox } from '../notifications/notification-inbox';
import { PageRenderer } from './page-renderer';
import { StaticController } from './static.controller';
import { ViewEngine } from './view-engine';
import { WebExceptionFilter } from './web-exception.filter';

/**
 * The page kernel every feature's pages render through: the compiled views, the layout renderer (with
 * the header's unread-notice count, hence the inbox here), the pages' exception filter and the static
 * assets.
 */
@Global()
@Module({
  controllers: [StaticController],
  providers: [
    // Templates are compiled once here, at boot: a broken view stops the api before it listens.
    { provide: ViewEngine, useFactory: () => new ViewEngine() },
    PageRenderer,
    NotificationInbox,
    WebExceptionFilter,
  ],
  exports: [ViewEngine, PageRenderer, NotificationInbox, WebExceptionFilter],
})
export class WebKernelModule {}
