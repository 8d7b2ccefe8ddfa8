import type { Response } from 'express';
import { DomainError } from '@khenthuong/domain';
import { ApiError, ApiErrorCode, type FieldProblem } from '../../common/api-error';
import { ERROR_CATALOG } from '../../common/error-catalog';
import { parseForm } from '../../web/form';

export interface FormFailure {
  status: number;
  error: string;
  problems: FieldProblem[];
}

/**
 * A refusal the admin page shows above its form again (status, Vietnamese message, field messages);
 * anything else is rethrown to the page filter. A DomainError is the administrator's bad value (a
 * parameter out of range, a swap on a weekend), hence 400 with the domain's own message.
 */
export function formFailure(error: unknown): FormFailure {
  if (error instanceof DomainError) return { status: 400, error: error.messageVi, problems: [] };
  if (error instanceof ApiError && error.code !== ApiErrorCode.NOT_FOUND) {
    const { status, messageVi } = ERROR_CATALOG[error.code];
    return { status, error: error.fields.length ? 'Vui lòng sửa các trường được đánh dấu.' : messageVi, problems: error.fields };
  }
  throw error;
}

export const INVALID_FORM = 'Vui lòng sửa các trường được đánh dấu.';

/**
 * The admin pages' one way through a form: validate it, make the change, then redirect (303) to
 * where `change` says; a bad form (400) or a refusal (`formFailure`) shows the page again.
 */
export async function submitAdminForm<T extends object>(
  res: Response,
  dto: new () => T,
  body: unknown,
  change: (value: T) => Promise<string>,
  showAgain: (failure: FormFailure) => Promise<void>,
): Promise<void> {
  const form = await parseForm(dto, body);
  if (!form.ok) return showAgain({ status: 400, error: INVALID_FORM, problems: form.problems });
  let location: string;
  try {
    location = await change(form.value);
  } catch (error) {
    return showAgain(formFailure(error));
  }
  res.redirect(303, location);
}
