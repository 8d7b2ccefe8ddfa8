import { ApplicationFailure } from '@temporalio/workflow';
import { codePointLabel, findControlCharacterDeep } from '@khenthuong/domain';
import { WorkflowErrorCode } from '@khenthuong/temporal';

/** A validator's refusal: non-retryable, its type the code the api maps to a Vietnamese message. */
export function refuse(code: WorkflowErrorCode, message: string): never {
  throw ApplicationFailure.create({ type: code, message, nonRetryable: true });
}

/**
 * Called first by every update validator: refuses control characters (NUL and the like; tabs and
 * line breaks pass) anywhere in the update's arguments, so bad input never reaches history whatever
 * the client.
 */
export function refuseControlCharacters(args: unknown): void {
  const found = findControlCharacterDeep(args);
  if (found) refuse(WorkflowErrorCode.INVALID_ARGUMENT, `control character ${codePointLabel(found.code)} in ${found.path || 'the arguments'}`);
}
