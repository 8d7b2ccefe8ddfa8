import { CSRF_FIELD } from '../auth/web-session';
import { ApiError, ApiErrorCode, type FieldProblem } from '../common/api-error';
import { UNKNOWN_FIELD_VI, validatedAs } from '../common/validation';
import { parseForm, type FormResult } from '../web/form';
import { NoStepInput } from './step-forms';
import type { RoutedStep } from './step-input';

const NOT_AN_OBJECT_VI = 'Dữ liệu gửi lên phải là một đối tượng JSON.';

/** A step without input refuses every field sent (class-validator cannot check a class that has no rules). */
const unexpectedFields = (fields: object): FieldProblem[] => Object.keys(fields).map((field) => ({ field, messages: [UNKNOWN_FIELD_VI] }));

/** A REST body checked against the step's input DTO as the global pipe checks a typed body. */
export async function restStepInput(step: RoutedStep, body: unknown): Promise<object> {
  const plain = body ?? {};
  if (typeof plain !== 'object' || Array.isArray(plain)) {
    throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'step body is not an object', [{ field: '', messages: [NOT_AN_OBJECT_VI] }]);
  }
  if (step.input.input !== NoStepInput) return validatedAs(step.input.input, plain);
  const problems = unexpectedFields(plain);
  if (problems.length) throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'step takes no input', problems);
  return {};
}

/** A posted page form checked against the step's form (one message per field), then made its input. */
export async function pageStepInput(step: RoutedStep, body: unknown): Promise<FormResult<object>> {
  const page = step.input.page;
  const dto = page?.form ?? step.input.input;
  const posted = page?.read ? page.read(body) : body;
  if (dto === NoStepInput) {
    const { [CSRF_FIELD]: _csrf, ...fields } = (posted ?? {}) as Record<string, unknown>;
    const problems = unexpectedFields(fields);
    return problems.length ? { ok: false, problems } : { ok: true, value: {} };
  }
  const form = await parseForm(dto, posted);
  if (!form.ok || !page?.toInput) return form;
  return { ok: true, value: page.toInput(form.value) };
}
