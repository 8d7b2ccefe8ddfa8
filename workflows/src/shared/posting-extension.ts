import { WorkflowErrorCode } from '@khenthuong/temporal';
import { refuse } from './refuse';

/** The longest extension of a posting at once (ward setting, not law: the posting period itself is U). */
export const MAX_EXTENSION_WORKING_DAYS = 30;

/** One rule for extending a proposal's posting and a round's. */
export function validateExtensionDays(workingDays: unknown): void {
  if (!Number.isInteger(workingDays) || (workingDays as number) < 1 || (workingDays as number) > MAX_EXTENSION_WORKING_DAYS) {
    refuse(WorkflowErrorCode.INVALID_ARGUMENT, `an extension is 1–${MAX_EXTENSION_WORKING_DAYS} working days`);
  }
}
