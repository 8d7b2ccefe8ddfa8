/** Codes of refusals the api itself raises; each maps to an HTTP status and a Vietnamese message. */
export enum ApiErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  NOT_WITHIN_WARD_AUTHORITY = 'NOT_WITHIN_WARD_AUTHORITY',
  NOMINEE_KIND_MISMATCH = 'NOMINEE_KIND_MISMATCH',
  TEMPORAL_UNAVAILABLE = 'TEMPORAL_UNAVAILABLE',
  CSRF_INVALID = 'CSRF_INVALID',
  TOO_MANY_LOGIN_ATTEMPTS = 'TOO_MANY_LOGIN_ATTEMPTS',
}

export interface FieldProblem {
  field: string;
  messages: string[];
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
