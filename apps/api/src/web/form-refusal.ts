import type { Response } from 'express';
import type { WebRequest } from '../auth/web-session';
import { ApiErrorCode, type FieldProblem } from '../common/api-error';
import { ERROR_CATALOG } from '../common/error-catalog';
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

/** A form page's two answers: where a success goes (post/redirect/get), and the page again with a refusal. */
export interface FormPage {
  doneUrl: string;
  showRefusal(refusal: Refusal): Promise<void>;
}

/** Performs the form's step: a redirect on success, the page again with the API's refusal, anything else to the error page. */
export async function answerForm(errors: GlobalExceptionFilter, req: WebRequest, res: Response, page: FormPage, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    return page.showRefusal(refusalOf(errors, error, req));
  }
  res.redirect(303, page.doneUrl);
}

/** A form refused field by field before anything is performed: the page again at 400. */
export function refuseForm(page: FormPage, problems: FieldProblem[]): Promise<void> {
  return page.showRefusal(problemsRefusal(400, ERROR_CATALOG[ApiErrorCode.VALIDATION_FAILED].messageVi, problems));
}
