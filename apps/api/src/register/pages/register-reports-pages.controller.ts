import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { countChartSvg } from '@khenthuong/documents';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import { countBy, dueWorkbook, statisticsWorkbook, STATISTICS_DIMENSIONS } from '../register-report-export';
import { sendWorkbook } from '../register.controller';
import { RegisterReportsService } from '../register-reports.service';
import { DuePageQuery, RegisterReportQuery } from '../register.dto';
import { PageRenderer } from '../../web/page-renderer';
import { WebExceptionFilter } from '../../web/web-exception.filter';

const query = (entries: Record<string, number | undefined>) =>
  new URLSearchParams(Object.entries(entries).filter((e): e is [string, number] => e[1] !== undefined).map(([k, v]): [string, string] => [k, String(v)])).toString();

/** Reports of the award register (docs/register.md): the officer's whole body, a unit head their own unit. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('so-khen-thuong')
export class RegisterReportsPagesController {
  constructor(
    private readonly reports: RegisterReportsService,
    private readonly pages: PageRenderer,
  ) {}

  @Get('bao-cao')
  @Roles('OFFICER', 'UNIT_HEAD')
  async statistics(@Req() req: WebRequest, @Res() res: Response, @Query() { yearFrom, yearTo }: RegisterReportQuery): Promise<void> {
    const { rows, total } = await this.reports.statistics(req.actor!, yearFrom, yearTo);
    const views = STATISTICS_DIMENSIONS.map((d) => {
      const counts = countBy(rows, d.of, d.key === 'nam');
      // Drawn on the server; its text is escaped there, so the page inserts it as is.
      return { ...d, counts, chartSvg: counts.length ? countChartSvg(counts.map((c) => ({ label: c.name, count: c.count })), `Số khen thưởng ${d.heading.toLowerCase()}`) : null };
    });
    await this.pages.send(req, res, 'register-report', 'Thống kê khen thưởng', {
      yearFrom,
      yearTo,
      total,
      views,
      exportHref: `/so-khen-thuong/bao-cao.xlsx?${query({ yearFrom, yearTo })}`,
    });
  }

  @Get('bao-cao.xlsx')
  @Roles('OFFICER', 'UNIT_HEAD')
  async statisticsExport(@Res() res: Response, @Req() req: WebRequest, @Query() { yearFrom, yearTo }: RegisterReportQuery): Promise<void> {
    const { rows, total } = await this.reports.statistics(req.actor!, yearFrom, yearTo);
    sendWorkbook(res, await statisticsWorkbook(rows, total), 'thong-ke-khen-thuong.xlsx');
  }

  @Get('du-kien-nam-sau.xlsx')
  @Roles('OFFICER', 'UNIT_HEAD')
  async dueNextYearExport(@Res() res: Response, @Req() req: WebRequest, @Query() { year: asked }: DuePageQuery): Promise<void> {
    const year = asked ?? new Date().getUTCFullYear();
    sendWorkbook(res, await dueWorkbook(year, await this.reports.dueNextYear(req.actor!, year)), `du-kien-khen-thuong-nam-${year + 1}.xlsx`);
  }

  @Get('du-kien-nam-sau')
  @Roles('OFFICER', 'UNIT_HEAD')
  async dueNextYear(@Req() req: WebRequest, @Res() res: Response, @Query() { year: asked }: DuePageQuery): Promise<void> {
    // At the year's end the officer looks at the year being closed.
    const year = asked ?? new Date().getUTCFullYear();
    const due = await this.reports.dueNextYear(req.actor!, year);
    await this.pages.send(req, res, 'register-due', `Dự kiến khen thưởng năm ${year + 1}`, {
      year,
      nextYear: year + 1,
      due: due.map((d) => ({ ...d, href: d.personId ? `/so-khen-thuong/ca-nhan/${d.personId}` : `/so-khen-thuong/ho-gia-dinh/${d.householdId}` })),
      exportHref: `/so-khen-thuong/du-kien-nam-sau.xlsx?${query({ year })}`,
    });
  }
}
