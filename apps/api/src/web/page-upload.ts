import type { WebRequest } from '../auth/web-session';
import { ApiError, ApiErrorCode } from '../common/api-error';
import type { UploadedBinary } from '../common/uploaded-file';

/** The upload a page handler reads, and why multer stopped if it did (too large, a second file). */
export type UploadRequest = WebRequest & { file?: UploadedBinary; uploadError?: string };

/** Multer's reasons an upload stopped, as the API's refusals. */
const UPLOAD_ERRORS: Record<string, ApiErrorCode> = { LIMIT_FILE_SIZE: ApiErrorCode.FILE_TOO_LARGE };

/** Throws the API's refusal for an upload multer stopped (too large, a second file, a broken form). */
export function assertUploadRead(req: UploadRequest): void {
  if (!req.uploadError) return;
  const code = UPLOAD_ERRORS[req.uploadError] ?? ApiErrorCode.VALIDATION_FAILED;
  throw new ApiError(code, `upload stopped: ${req.uploadError}`, code === ApiErrorCode.VALIDATION_FAILED ? [{ field: 'evidence', messages: ['Tệp tải lên không hợp lệ (chỉ một tệp mỗi lần).'] }] : undefined);
}
