import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CSRF_FIELD } from '../auth/web-session';
import { controlCharacterProblems } from '../common/multi-line';
import { flattenValidationErrors } from '../common/validation';
import type { FieldProblem } from '../common/api-error';

export type FormResult<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/**
 * Validates a posted form against its DTO here rather than in the global pipe, so the page can render
 * the form again with each field's Vietnamese message instead of a JSON error.
 */
export async function parseForm<T extends object>(dto: new () => T, body: unknown): Promise<FormResult<T>> {
  const { [CSRF_FIELD]: _csrf, ...fields } = (body ?? {}) as Record<string, unknown>;
  // Empty optional inputs arrive as '' from HTML forms; treat them as absent.
  for (const [key, value] of Object.entries(fields)) if (value === '') delete fields[key];
  const value = plainToInstance(dto, fields);
  const errors = await validate(value, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: false } });
  const problems = errors.length ? flattenValidationErrors(errors) : controlCharacterProblems(value);
  // One message per field on a page (the API lists them all): the field's first-written rule, its
  // most basic (class-validator lists a field's broken rules from the last-written decorator up).
  return problems.length ? { ok: false, problems: problems.map((p) => ({ field: p.field, messages: p.messages.slice(-1) })) } : { ok: true, value };
}

/** Field name → messages, for the templates. */
export const problemsByField = (problems: FieldProblem[]): Record<string, string[]> =>
  Object.fromEntries(problems.map((p) => [p.field, p.messages]));
