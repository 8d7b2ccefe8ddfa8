import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { PublicPageQueries } from '@khenthuong/persistence';
import { AppConfig } from '@khenthuong/platform';
import { ensureCsrfToken, type WebRequest } from '../auth/web-session';
import { NotificationInbox } from '../notifications/notification-inbox';
import { navFor, roleNames } from './navigation';
import { ViewEngine } from './view-engine';

/** Renders a page inside the layout: the signed-in user, their menu, the body's name, the form token. */
@Injectable()
export class PageRenderer {
  // Body names change about never; caching them saves a query on every page.
  private readonly bodyNames = new Map<string, string>();

  constructor(
    private readonly views: ViewEngine,
    private readonly publicPages: PublicPageQueries,
    private readonly config: AppConfig,
    private readonly notifications: NotificationInbox,
  ) {}

  /**
   * `issuerBodyId` names the body a public page is of (a ward's posting, its paper's verification):
   * the page is headed with that body's name rather than the visitor's or the installation's first.
   */
  async send(req: WebRequest, res: Response, page: string, pageTitle: string, model: object, status = 200, issuerBodyId?: string): Promise<void> {
    const html = await this.html(req, res, page, pageTitle, model, issuerBodyId);
    res.status(status).type('html').send(html);
  }

  async html(req: WebRequest, res: Response, page: string, pageTitle: string, model: object, issuerBodyId?: string): Promise<string> {
    const actor = req.actor;
    const layout = {
      pageTitle,
      bodyName: await this.bodyName(issuerBodyId ?? actor?.bodyId),
      user: actor ? { displayName: actor.displayName, roleNames: roleNames(actor.roles), unread: await this.notifications.unreadCount(actor) } : null,
      nav: actor ? navFor(actor.roles, req.path) : [],
      csrfToken: ensureCsrfToken(req, res, this.config),
    };
    return this.views.render(page, layout, model);
  }

  private async bodyName(bodyId: string | undefined): Promise<string> {
    const key = bodyId ?? '';
    const cached = this.bodyNames.get(key);
    if (cached) return cached;
    const found = await this.publicPages.bodyName(bodyId);
    if (found) this.bodyNames.set(key, found);
    return found ?? 'Hệ thống Thi đua - Khen thưởng';
  }
}
