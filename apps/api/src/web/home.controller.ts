import { Controller, Get, Inject, Query, Req, Res, UseFilters } from '@nestjs/common';
import { IsOptional, IsString, Matches } from 'class-validator';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import type { WebRequest } from '../auth/web-session';
import { awardTitleName } from '../common/labels';
import { startPageFor } from './navigation';
import { PageRenderer } from './page-renderer';
import { shortDate } from './view-models';
import { WebExceptionFilter } from './web-exception.filter';

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
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly pages: PageRenderer,
  ) {}

  @Public()
  @Get()
  async home(@Req() req: WebRequest, @Res() res: Response, @Query() query: HomeQuery): Promise<void> {
    if (req.actor) return res.redirect(303, startPageFor(req.actor.roles));
    const rows: { decision_id: string; title: string; year: number; nominee_name: string; unit_name: string; number_text: string; decision_date: string }[] = await this.dataSource.query(
      `SELECT d.id AS decision_id, p.title, p.year, p.nominee_name, u.name AS unit_name, d.number_text, to_char(d.decision_date, 'YYYY-MM-DD') AS decision_date
         FROM proposal p JOIN unit u ON u.id = p.unit_id
         JOIN decision d ON d.id = p.decision_id
        WHERE p.body_id = (SELECT id FROM issuing_body WHERE ($1::text IS NULL OR code = $1) ORDER BY created_at LIMIT 1)
          AND p.status IN ('DOCUMENTS_ISSUED', 'CLOSED')
        ORDER BY d.decision_date DESC, d.sequence DESC LIMIT 50`,
      [query.body ?? null],
    );
    await this.pages.send(req, res, 'home', 'Trang chủ', {
      decisions: rows.map((r) => ({
        decisionId: r.decision_id,
        nomineeName: r.nominee_name,
        titleName: awardTitleName(r.title, r.year),
        unitName: r.unit_name,
        numberText: r.number_text,
        date: shortDate(`${r.decision_date}T12:00:00+07:00`),
      })),
    });
  }
}
