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
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  // Emulation plan
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
  SPREADSHEET_TOO_LARGE = 'SPREADSHEET_TOO_LARGE',
  IMPORT_ROWS_INVALID = 'IMPORT_ROWS_INVALID',
  CSRF_INVALID = 'CSRF_INVALID',
  TOO_MANY_LOGIN_ATTEMPTS = 'TOO_MANY_LOGIN_ATTEMPTS',
  // Process depth
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  ROUND_NOT_OPEN = 'ROUND_NOT_OPEN',
  ROUND_SESSION_STARTED = 'ROUND_SESSION_STARTED',
  OBJECTIONS_CLOSED = 'OBJECTIONS_CLOSED',
  TOO_MANY_OBJECTIONS = 'TOO_MANY_OBJECTIONS',
  OBJECTION_LIMIT_REACHED = 'OBJECTION_LIMIT_REACHED',
  // Papers and archive
  NOT_IN_DECISION = 'NOT_IN_DECISION',
  ALREADY_REVOKED = 'ALREADY_REVOKED',
  // Administration
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  UNIT_CODE_TAKEN = 'UNIT_CODE_TAKEN',
  COUNCIL_CHAIR_TAKEN = 'COUNCIL_CHAIR_TAKEN',
  ALREADY_COUNCIL_MEMBER = 'ALREADY_COUNCIL_MEMBER',
  CANNOT_DEACTIVATE_SELF = 'CANNOT_DEACTIVATE_SELF',
  // Dossier papers and nomination import
  PAPER_TYPE_NOT_ALLOWED = 'PAPER_TYPE_NOT_ALLOWED',
  DOSSIER_CLOSED = 'DOSSIER_CLOSED',
  // Award register
  AWARD_ALREADY_IN_REGISTER = 'AWARD_ALREADY_IN_REGISTER',
}

export interface FieldProblem {
  field: string;
  messages: string[];
}

export class ApiError extends Error {
  /** For a refusal that holds only for now (429, 503): the seconds a client waits before retrying. */
  retryAfterSeconds?: number;

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static retryLater(code: ApiErrorCode, message: string, retryAfterSeconds: number): ApiError {
    const error = new ApiError(code, message);
    error.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
    return error;
  }
}
