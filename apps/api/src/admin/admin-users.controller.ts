import { Controller, Get, Inject, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { Role } from '@khenthuong/domain';
import { Roles } from '../auth/auth.decorators';
import type { WebRequest } from '../auth/web-session';
import { roleNames } from '../web/navigation';
import { PageRenderer } from '../web/page-renderer';
import { WebExceptionFilter } from '../web/web-exception.filter';

/** Read-only list of the body's users and their roles; editing comes with the admin pages (issue 6). */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('quan-tri')
export class AdminUsersController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly pages: PageRenderer,
  ) {}

  @Get('nguoi-dung')
  @Roles('ADMIN')
  async users(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const rows: { username: string; display_name: string; roles: Role[]; unit_name: string | null; council_role: string | null }[] = await this.dataSource.query(
      `SELECT u.username, u.display_name, u.roles, un.name AS unit_name, cm.council_role
         FROM app_user u
         LEFT JOIN unit un ON un.id = u.unit_id
         LEFT JOIN council c ON c.body_id = u.body_id AND c.active
         LEFT JOIN council_member cm ON cm.council_id = c.id AND cm.user_id = u.id
        WHERE u.body_id = $1 ORDER BY u.username`,
      [req.actor!.bodyId],
    );
    await this.pages.send(req, res, 'admin-users', 'Người dùng', {
      users: rows.map((r) => ({ username: r.username, displayName: r.display_name, roles: roleNames(r.roles), unitName: r.unit_name, councilRole: r.council_role ? COUNCIL_ROLE_VI[r.council_role] : null })),
    });
  }
}

const COUNCIL_ROLE_VI: Record<string, string> = { CHAIR: 'Chủ tịch Hội đồng', VICE_CHAIR: 'Phó Chủ tịch Hội đồng', SECRETARY: 'Thư ký Hội đồng', MEMBER: 'Ủy viên' };
