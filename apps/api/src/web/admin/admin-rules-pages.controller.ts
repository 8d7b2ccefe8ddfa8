import { Body, Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { AdminRulesService, RuleOverridesForm } from '../../admin/admin-rules.service';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import type { FieldProblem } from '../../common/api-error';
import { problemsByField } from '../form';
import { PageRenderer } from '../page-renderer';
import { WebExceptionFilter } from '../web-exception.filter';
import { submitAdminForm } from './admin-form-failure';

const shown = (v: number | boolean) => (typeof v === 'boolean' ? (v ? 'Có' : 'Không') : String(v));

/** Quản trị › Tham số: the rule set in force, each parameter's default and source, the body's values. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('quan-tri/tham-so')
export class AdminRulesPagesController {
  constructor(
    private readonly rules: AdminRulesService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('ADMIN')
  show(@Req() req: WebRequest, @Res() res: Response, @Query('done') done?: string): Promise<void> {
    return this.render(req, res, null, [], undefined, 200, done === 'SAVED' ? 'Đã lưu tham số.' : undefined);
  }

  @Post()
  @Roles('ADMIN')
  async save(@Req() req: WebRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const values = body as Record<string, unknown>;
    return submitAdminForm(
      res,
      RuleOverridesForm,
      body,
      async (value) => {
        await this.rules.save(req.actor!, value);
        return '/quan-tri/tham-so?done=SAVED';
      },
      (f) => this.render(req, res, values, f.problems, f.error, f.status),
    );
  }

  /** `posted` null: the stored values; otherwise the administrator's input, shown back after a refusal. */
  private async render(req: WebRequest, res: Response, posted: Record<string, unknown> | null, problems: FieldProblem[], error: string | undefined, status: number, notice?: string) {
    const { ruleSet, rows } = await this.rules.view(req.actor!);
    await this.pages.send(
      req,
      res,
      'admin-rules',
      'Tham số quy tắc',
      {
        ruleSet: { name: ruleSet.nameVi, notes: ruleSet.notesVi, unconfirmed: ruleSet.unconfirmed },
        rows: rows.map((r) => {
          const input = posted ? String(posted[r.key] ?? '') : r.overridden ? String(r.value) : '';
          return {
            key: r.key,
            label: r.labelVi,
            note: r.noteVi,
            configurable: r.configurable,
            boolean: r.kind === 'boolean',
            step: r.kind === 'ratio' ? '0.01' : '1',
            defaultShown: shown(r.defaultValue),
            valueShown: shown(r.value),
            overridden: r.overridden,
            input,
            isTrue: input === 'true',
            isFalse: input === 'false',
          };
        }),
        fieldErrors: problemsByField(problems),
        error,
        errorList: problems.flatMap((p) => p.messages),
        notice,
      },
      status,
    );
  }
}
