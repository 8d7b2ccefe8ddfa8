import type { WebRequest } from '../auth/web-session';
import type { FieldProblem } from '../common/api-error';
import type { ErrorBody, GlobalExceptionFilter } from '../common/global-exception.filter';

/** What a refused form shows: the API's status and Vietnamese message, and each field's problems. */
export interface Refusal {
  status: number;
  error: string;
  errorList: string[];
  fieldErrors: Record<string, string[]>;
}

/**
 * A refusal the page shows beside its form; anything else (a 5xx, a record that is not there)
 * is rethrown to the WebExceptionFilter's error page.
 */
export function refusalOf(errors: GlobalExceptionFilter, error: unknown, req: WebRequest, fieldAlias: Record<string, string> = {}): Refusal {
  const body: ErrorBody = errors.describe(error, req);
  if (body.statusCode >= 500 || body.code === 'NOT_FOUND') throw error;
  return problemsRefusal(body.statusCode, body.message, body.errors ?? [], fieldAlias);
}

export function problemsRefusal(status: number, error: string, problems: FieldProblem[], fieldAlias: Record<string, string> = {}): Refusal {
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) {
    const root = p.field.split('.')[0] ?? p.field;
    const field = fieldAlias[root] ?? root;
    fieldErrors[field] = [...(fieldErrors[field] ?? []), ...p.messages];
  }
  return { status, error, errorList: problems.flatMap((p) => p.messages), fieldErrors };
}
