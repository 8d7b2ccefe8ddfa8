import { ApplicationFailure } from '@temporalio/common';
import { DocumentModelError } from '@khenthuong/documents';
import { DomainError } from '@khenthuong/domain';
import { ActivityFailureType } from '@khenthuong/temporal';

/** A failure our own code knows no retry can fix: thrown as a non-retryable failure of its type. */
export class PermanentActivityError extends Error {
  constructor(
    readonly type: ActivityFailureType,
    message: string,
  ) {
    super(message);
    this.name = 'PermanentActivityError';
  }
}

/** A row the step needs is absent (written by an earlier step, so waiting will not bring it). */
export const missingData = (message: string) => new PermanentActivityError(ActivityFailureType.MISSING_DATA, message);

/**
 * PostgreSQL SQLSTATE classes a retry cannot fix: 22 (data exception: invalid byte sequence, value
 * too long) and 23 (integrity constraint) — except 23505, a unique violation, which a concurrent
 * attempt of the same idempotent activity can cause and its retry then finds the row. Every other
 * class stays retryable: 08 (connection), 57P (server shutting down or restarting), 40001/40P01
 * (serialization failure, deadlock), 53 (resources), 55P03 (lock not available).
 */
function sqlStateFailure(code: string): ActivityFailureType | null {
  if (code.startsWith('22')) return ActivityFailureType.DATA_INVALID;
  if (code.startsWith('23') && code !== '23505') return ActivityFailureType.CONSTRAINT_VIOLATION;
  return null;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/**
 * The one place that decides whether an activity's error may succeed on a retry. Errors that can
 * never succeed become non-retryable ApplicationFailures with a typed `type` (the workflow then
 * asks a person); anything else — connection refused, PostgreSQL restarting, Chromium crashing,
 * timeouts — is rethrown unchanged and retried within the activity's bounded attempts.
 */
export function classifyActivityError(error: unknown): unknown {
  if (error instanceof ApplicationFailure) return error;
  const permanent = (type: ActivityFailureType, message: string) => ApplicationFailure.create({ type, message, nonRetryable: true, cause: error instanceof Error ? error : undefined });
  if (error instanceof PermanentActivityError) return permanent(error.type, error.message);
  if (error instanceof DocumentModelError) return permanent(ActivityFailureType.DOCUMENT_MODEL_INVALID, error.message);
  if (error instanceof DomainError) return permanent(ActivityFailureType.STEP_REFUSED, `${error.code}: ${error.message}`);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && SQLSTATE.test(code)) {
    const type = sqlStateFailure(code);
    if (type) return permanent(type, `SQLSTATE ${code}: ${(error as Error).message}`);
  }
  return error;
}

/** Wraps every activity of a factory's object so its errors pass through classifyActivityError. */
export function classifyFailures<A extends object>(activities: A): A {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(activities)) {
    wrapped[name] =
      typeof fn === 'function'
        ? async (...args: unknown[]) => {
            try {
              return await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
            } catch (error) {
              throw classifyActivityError(error);
            }
          }
        : fn;
  }
  return wrapped as A;
}
