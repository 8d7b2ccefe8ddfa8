import { normalizeName } from '@khenthuong/domain';
import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ApiError, ApiErrorCode, type FieldProblem } from './api-error';
import { controlCharacterProblems } from './multi-line';

export const UNKNOWN_FIELD_VI = 'Trường này không được phép gửi lên.';

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.entries(e.constraints).map(([key, m]) => (key === 'whitelistValidation' ? UNKNOWN_FIELD_VI : m)) }] : [];
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/** After the DTO's own rules, the input-hygiene policy per field: tabs and line breaks only in `@MultiLine` fields. */
class HygienicValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const result: unknown = await super.transform(value, metadata);
    // An untyped body (a page form) is checked field by field where the page parses it (parseForm).
    if (metadata.type === 'custom' || !metadata.metatype || metadata.metatype === Object) return result;
    const problems = controlCharacterProblems(result, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (problems.length) throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'control character in a single-line field', problems);
    return result;
  }
}

/**
 * Every body, query and parameter is validated and transformed against its DTO; unknown fields are
 * refused. The messages are the DTOs' Vietnamese ones, listed per field.
 */
export function createValidationPipe(): ValidationPipe {
  return new HygienicValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ApiError(ApiErrorCode.VALIDATION_FAILED, 'validation failed', flattenValidationErrors(errors)),
  });
}

/** class-transformer: a user-typed name or text with its spaces normalised (libs/domain normalizeName). */
export const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? normalizeName(value) : value);

/**
 * Checks a plain object against a DTO as the pipe checks a request (rules, unknown fields, control
 * characters), for input that did not come through it: a saved draft when it is submitted.
 */
export async function validatedAs<T extends object>(dto: new () => T, plain: object): Promise<T> {
  const value = plainToInstance(dto, plain);
  const errors = await validate(value, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: false } });
  const problems = errors.length ? flattenValidationErrors(errors) : controlCharacterProblems(value);
  if (problems.length) throw new ApiError(ApiErrorCode.VALIDATION_FAILED, 'input not valid for submission', problems);
  return value;
}
