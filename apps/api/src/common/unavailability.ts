import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError, isGrpcServiceError } from '@temporalio/client';
import { QueryFailedError } from 'typeorm';
import { ApiErrorCode } from './api-error';

/** What a client should wait before retrying a request refused because a service is down. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

// gRPC status codes: the server was unreachable, overloaded or too slow; the request may succeed later.
const GRPC_UNAVAILABLE = 14;
const GRPC_DEADLINE_EXCEEDED = 4;
const GRPC_RESOURCE_EXHAUSTED = 8;
const TRANSIENT_GRPC = new Set([GRPC_UNAVAILABLE, GRPC_DEADLINE_EXCEEDED, GRPC_RESOURCE_EXHAUSTED]);

// Socket errors of the PostgreSQL driver (Temporal's surface as gRPC UNAVAILABLE instead).
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// SQLSTATE: class 08 connection exceptions; 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now; 53300 too many connections.
const PG_UNAVAILABLE = /^(08...|57P0[123]|53300)$/;
// pg and its pool report a lost or impossible connection as plain errors with these texts.
const PG_CONNECTION_TEXT = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/i;

/** The causes of an error, outermost first, including the members of an AggregateError. */
function* chain(error: unknown, depth = 0): Generator<unknown> {
  if (depth > 6 || error === null || error === undefined) return;
  yield error;
  if (error instanceof AggregateError) for (const inner of error.errors) yield* chain(inner, depth + 1);
  if (error instanceof Error && error.cause !== undefined) yield* chain(error.cause, depth + 1);
}

function temporalDown(error: unknown): boolean {
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
  if (isGrpcServiceError(error)) return TRANSIENT_GRPC.has(error.code);
  // A ServiceError without a gRPC status says the client could not talk to the server at all.
  return error instanceof ServiceError && !isGrpcServiceError(error.cause);
}

function databaseDown(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: unknown } | undefined)?.code : (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (SOCKET_ERRORS.has(code) || PG_UNAVAILABLE.test(code))) return true;
  return error instanceof Error && PG_CONNECTION_TEXT.test(error.message);
}

/**
 * Which service an error says is unavailable, if any: such a request may succeed in a moment, so it
 * is answered 503 with Retry-After, never 500.
 */
export function unavailableService(error: unknown): ApiErrorCode.TEMPORAL_UNAVAILABLE | ApiErrorCode.DATABASE_UNAVAILABLE | null {
  for (const link of chain(error)) {
    if (temporalDown(link)) return ApiErrorCode.TEMPORAL_UNAVAILABLE;
    if (databaseDown(link)) return ApiErrorCode.DATABASE_UNAVAILABLE;
  }
  return null;
}
