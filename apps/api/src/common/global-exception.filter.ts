import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError } from '@khenthuong/domain';
import { ApiError, ApiErrorCode, type FieldProblem } from './api-error';
import { correlationIdOf } from './request-logging';
import { ERROR_CATALOG, INTERNAL_ERROR_VI, catalogEntry } from './error-catalog';
import { UNAVAILABLE_RETRY_AFTER_SECONDS, unavailableService } from './unavailability';

/** English reason for the log, including the workflow validator's message behind an update failure. */
function describe(exception: unknown): string {
  if (!(exception instanceof Error)) return String(exception);
  return exception.cause instanceof Error ? `${exception.message}: ${exception.cause.message}` : exception.message;
}

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldProblem[];
  correlationId: string;
}

/**
 * Maps every error to a status and a Vietnamese message, logs it once in English with a correlation
 * id, and never leaks internals: a refusal is a 4xx, Temporal or PostgreSQL down a 503 with
 * Retry-After, anything unexpected a generic 500.
 */
@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const body = this.describe(exception, request);
    const retryAfter = this.retryAfterSeconds(exception, body);
    if (retryAfter) response.setHeader('Retry-After', String(retryAfter));
    response.status(body.statusCode).json(body);
  }

  /** Seconds to wait before retrying, for a refusal that holds only for now (a limit, a service down). */
  retryAfterSeconds(exception: unknown, body: ErrorBody): number | null {
    if (exception instanceof ApiError && exception.retryAfterSeconds) return exception.retryAfterSeconds;
    return body.statusCode === 503 ? UNAVAILABLE_RETRY_AFTER_SECONDS : null;
  }

  /** Status, code and Vietnamese message of `exception`, logged once; the web pages render the same as HTML. */
  describe(exception: unknown, request: Request): ErrorBody {
    const correlationId = correlationIdOf(request);
    const body = this.toBody(exception, correlationId);
    const log = { correlationId, method: request.method, url: request.originalUrl, status: body.statusCode, code: body.code };
    if (body.statusCode === 503) this.logger.warn({ ...log, reason: describe(exception) }, 'request refused: service unavailable');
    else if (body.statusCode >= 500) this.logger.error({ ...log, err: exception }, 'request failed');
    else this.logger.info({ ...log, reason: describe(exception) }, 'request refused');
    return body;
  }

  private toBody(exception: unknown, correlationId: string): ErrorBody {
    const fromCode = (code: string, message?: string, errors?: FieldProblem[]): ErrorBody => {
      const entry = catalogEntry(code) ?? { status: 500, messageVi: INTERNAL_ERROR_VI };
      return { statusCode: entry.status, code, message: message ?? entry.messageVi, ...(errors?.length ? { errors } : {}), correlationId };
    };
    if (exception instanceof ApiError) return fromCode(exception.code, undefined, exception.fields);
    if (exception instanceof DomainError) return { statusCode: 422, code: exception.code, message: exception.messageVi, correlationId };
    if (exception instanceof WorkflowUpdateFailedError) {
      const cause = exception.cause;
      if (cause instanceof ApplicationFailure && cause.type) return fromCode(cause.type);
    }
    if (exception instanceof WorkflowNotFoundError) return fromCode(ApiErrorCode.NOT_FOUND);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404) return fromCode(ApiErrorCode.NOT_FOUND);
      if (status === 401) return fromCode(ApiErrorCode.UNAUTHENTICATED);
      if (status === 403) return fromCode(ApiErrorCode.FORBIDDEN);
      // Upload limits (multer) surface as 413.
      if (status === 413) return fromCode(ApiErrorCode.FILE_TOO_LARGE);
      if (status < 500) return { statusCode: status, code: 'HTTP_' + status, message: ERROR_CATALOG[ApiErrorCode.VALIDATION_FAILED].messageVi, correlationId };
    }
    const down = unavailableService(exception);
    if (down) return fromCode(down);
    return { statusCode: 500, code: 'INTERNAL', message: INTERNAL_ERROR_VI, correlationId };
  }
}
