import { Body, Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { formatShortVietnameseDate, vietnamDateOf } from '@khenthuong/domain';
import { AdminCalendarService } from '../admin-calendar.service';
import { AddCalendarDayForm, CALENDAR_STATUS_VI, CALENDAR_STATUSES, CalendarYearQuery } from '../admin.forms';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import type { FieldProblem } from '../../common/api-error';
import { problemsByField } from '../../web/form';
import { PageRenderer } from '../../web/page-renderer';
import { WebExceptionFilter } from '../../web/web-exception.filter';
import { submitAdminForm } from './admin-form-failure';

/** Quản trị › Lịch nghỉ: a year's days off as deadlines count them, and the body's own additions. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('quan-tri/lich-nghi')
export class AdminCalendarPagesController {
  constructor(
    private readonly calendar: AdminCalendarService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('ADMIN')
  show(@Req() req: WebRequest, @Res() res: Response, @Query() query: CalendarYearQuery, @Query('done') done?: string): Promise<void> {
    const year = query.nam ?? Number(vietnamDateOf(new Date()).slice(0, 4));
    return this.render(req, res, year, {}, [], undefined, 200, done === 'ADDED' ? 'Đã thêm ngày vào lịch nghỉ của phường.' : undefined);
  }

  @Post()
  @Roles('ADMIN')
  async add(@Req() req: WebRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const values = body as Record<string, unknown>;
    const postedYear = typeof values?.date === 'string' && /^\d{4}/.test(values.date) ? Number(values.date.slice(0, 4)) : NaN;
    const year = postedYear >= 2024 && postedYear <= 2100 ? postedYear : Number(vietnamDateOf(new Date()).slice(0, 4));
    return submitAdminForm(
      res,
      AddCalendarDayForm,
      body,
      async (value) => {
        await this.calendar.add(req.actor!, value);
        return `/quan-tri/lich-nghi?nam=${year}&done=ADDED`;
      },
      (f) => this.render(req, res, year, values, f.problems, f.error, f.status),
    );
  }

  private async render(req: WebRequest, res: Response, year: number, values: Record<string, unknown>, problems: FieldProblem[], error: string | undefined, status: number, notice?: string) {
    const data = await this.calendar.year(req.actor!, year);
    await this.pages.send(
      req,
      res,
      'admin-calendar',
      `Lịch nghỉ năm ${year}`,
      {
        year,
        previous: year - 1,
        next: year + 1,
        source: data.source,
        estimated: data.estimated,
        entries: data.entries.map((e) => ({ ...e, dateText: formatShortVietnameseDate(e.date), statusName: CALENDAR_STATUS_VI[e.status] })),
        statuses: CALENDAR_STATUSES.map((s) => ({ value: s, label: CALENDAR_STATUS_VI[s], selected: values.status === s })),
        values,
        fieldErrors: problemsByField(problems),
        error,
        errorList: problems.flatMap((p) => p.messages),
        notice,
      },
      status,
    );
  }
}
