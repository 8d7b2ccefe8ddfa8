import { Body, Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { formatVnd } from '@khenthuong/domain';
import { AdminRulesService, RuleOverridesForm } from '../admin-rules.service';
import type { RuleParameterInfo } from '../rule-parameters';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import type { FieldProblem } from '../../common/api-error';
import { problemsByField } from '../../web/form';
import { PageRenderer } from '../../web/page-renderer';
import { WebExceptionFilter } from '../../web/web-exception.filter';
import { submitAdminForm } from './admin-form-failure';

/** A value as Vietnamese writes it: "0,5" for a ratio, "1.000.000 đồng" for money. */
function shown(kind: RuleParameterInfo['kind'], v: number | boolean): string {
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (kind === 'money') return `${formatVnd(v)} đồng`;
  return decimalVi(v);
}

/** The decimal comma; the form takes it back as typed (the service reads "," and "."). */
const decimalVi = (v: number) => String(v).replace('.', ',');

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
          const stored = typeof r.value === 'number' && r.kind === 'ratio' ? decimalVi(r.value) : String(r.value);
          const input = posted ? String(posted[r.key] ?? '') : r.overridden ? stored : '';
          return {
            key: r.key,
            label: r.labelVi,
            note: r.noteVi,
            configurable: r.configurable,
            boolean: r.kind === 'boolean',
            step: r.kind === 'ratio' ? '0.01' : '1',
            defaultShown: shown(r.kind, r.defaultValue),
            valueShown: shown(r.kind, r.value),
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
