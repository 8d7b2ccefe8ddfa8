import { ApplicationFailure } from '@temporalio/workflow';
import type { WorkflowErrorCode } from '@khenthuong/temporal';

/** A validator's refusal: non-retryable, its type the code the api maps to a Vietnamese message. */
export function refuse(code: WorkflowErrorCode, message: string): never {
  throw ApplicationFailure.create({ type: code, message, nonRetryable: true });
}
