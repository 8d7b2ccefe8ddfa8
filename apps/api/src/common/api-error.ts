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
  // Emulation plan (issue 7)
  PLAN_NOT_DRAFT = 'PLAN_NOT_DRAFT',
  PLAN_WITHOUT_TARGETS = 'PLAN_WITHOUT_TARGETS',
  PLAN_DATES_INVALID = 'PLAN_DATES_INVALID',
  REGISTRATION_CLOSED = 'REGISTRATION_CLOSED',
  NOT_OWN_UNIT = 'NOT_OWN_UNIT',
  ALREADY_REGISTERED = 'ALREADY_REGISTERED',
  INVALID_PERIOD = 'INVALID_PERIOD',
  PERIOD_NOT_STARTED = 'PERIOD_NOT_STARTED',
  FILE_REQUIRED = 'FILE_REQUIRED',
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  EVIDENCE_TYPE_NOT_ALLOWED = 'EVIDENCE_TYPE_NOT_ALLOWED',
  NOT_AN_EXCEL_FILE = 'NOT_AN_EXCEL_FILE',
  IMPORT_ROWS_INVALID = 'IMPORT_ROWS_INVALID',
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
