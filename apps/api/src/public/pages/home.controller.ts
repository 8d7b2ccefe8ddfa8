import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { IsOptional, IsString, Matches } from 'class-validator';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { PublicPageQueries } from '@khenthuong/persistence';
import { Public } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { awardTitleName } from '../../common/labels';
import { startPageFor } from '../../web/navigation';
import { PageRenderer } from '../../web/page-renderer';
import { shortDate } from '../../web/view-models';
import { WebExceptionFilter } from '../../web/web-exception.filter';

/**
 * The start page. A signed-in user goes to their work; the public sees only issued decisions (a
 * proposal under review is not public until it is posted).
 */
/** One installation may serve several wards: `?body=<code>` picks one (default: the first). */
class HomeQuery {
  @IsOptional()
  @IsString({ message: 'Mã cơ quan không hợp lệ.' })
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, { message: 'Mã cơ quan không hợp lệ.' })
  body?: string;
}

@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller()
export class HomeController {
  constructor(
    private readonly publicPages: PublicPageQueries,
    private readonly pages: PageRenderer,
  ) {}

  @Public()
  @Get()
  async home(@Req() req: WebRequest, @Res() res: Response, @Query() query: HomeQuery): Promise<void> {
    if (req.actor) return res.redirect(303, startPageFor(req.actor.roles));
    const [rows, body] = await Promise.all([this.publicPages.issuedDecisions(query.body ?? null), this.publicPages.body(query.body)]);
    await this.pages.send(req, res, 'home', 'Trang chủ', {
      decisions: rows.map((r) => ({
        decisionId: r.decision_id,
        nomineeName: r.nominee_name,
        titleName: awardTitleName(r.title, r.year),
        unitName: r.unit_name,
        numberText: r.number_text,
        date: shortDate(`${r.decision_date}T12:00:00+07:00`),
      })),
    }, 200, body?.id);
  }
}
