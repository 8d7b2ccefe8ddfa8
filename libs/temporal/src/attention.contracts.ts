import { defineUpdate } from '@temporalio/workflow';
import type { RuleSet, RuleSetParams } from '@khenthuong/domain';
import type { ActorArgs } from './proposal.updates';

/**
 * Types of activity failures that can never succeed by retrying: the activity throws them as
 * non-retryable ApplicationFailures, and the workflow turns them into a "needs attention" state.
 */
export enum ActivityFailureType {
  /** A document's model is refused (a name too long to print, an empty list). */
  DOCUMENT_MODEL_INVALID = 'DOCUMENT_MODEL_INVALID',
  /** PostgreSQL refused the data itself (SQLSTATE class 22: bad encoding, value too long). */
  DATA_INVALID = 'DATA_INVALID',
  /** A constraint the data breaks (SQLSTATE class 23) that a retry cannot fix. */
  CONSTRAINT_VIOLATION = 'CONSTRAINT_VIOLATION',
  /** A row the step needs does not exist (a decision, a proposal, a signer). */
  MISSING_DATA = 'MISSING_DATA',
  /** The body has no active council with a chair. */
  NO_ACTIVE_COUNCIL = 'NO_ACTIVE_COUNCIL',
  /** The body has nobody holding a role the paper needs (the chairman who signs). */
  MISSING_SIGNER = 'MISSING_SIGNER',
  /** The body has no signing keys of its own in a deployment that keeps keys per body. */
  SIGNING_KEYS_MISSING = 'SIGNING_KEYS_MISSING',
  /** A sealed secret ballot does not open: its key is not configured, or it was altered. */
  BALLOT_UNREADABLE = 'BALLOT_UNREADABLE',
  /** The competent person did not approve the remote signature through every request made (set by the workflow). */
  SIGNATURE_NOT_OBTAINED = 'SIGNATURE_NOT_OBTAINED',
  /** Any other failure an activity declared non-retryable (set by the workflow). */
  STEP_REFUSED = 'STEP_REFUSED',
  /** A transient error that persisted through every allowed attempt (set by the workflow). */
  ATTEMPTS_EXHAUSTED = 'ATTEMPTS_EXHAUSTED',
}

/** What the officer reads: plain Vietnamese, no codes. */
export const ACTIVITY_FAILURE_REASON_VI: Readonly<Record<ActivityFailureType, string>> = {
  DOCUMENT_MODEL_INVALID: 'Không lập được văn bản từ dữ liệu của hồ sơ (ví dụ tên quá dài để in trên giấy khen hoặc quyết định). Sửa dữ liệu rồi chọn "Thử lại".',
  DATA_INVALID: 'Dữ liệu của hồ sơ có ký tự hoặc giá trị không hợp lệ nên không ghi được. Sửa dữ liệu rồi chọn "Thử lại".',
  CONSTRAINT_VIOLATION: 'Dữ liệu của hồ sơ mâu thuẫn với dữ liệu đã có (trùng hoặc thiếu liên kết). Sửa dữ liệu rồi chọn "Thử lại".',
  MISSING_DATA: 'Thiếu dữ liệu cần cho bước này (hồ sơ, quyết định hoặc đơn vị không còn). Bổ sung dữ liệu rồi chọn "Thử lại".',
  NO_ACTIVE_COUNCIL: 'Phường chưa có Hội đồng Thi đua - Khen thưởng đang hoạt động có Chủ tịch Hội đồng. Quản trị hệ thống cập nhật Hội đồng rồi chọn "Thử lại".',
  MISSING_SIGNER: 'Chưa có người giữ chức vụ ký văn bản (Chủ tịch UBND). Quản trị hệ thống cập nhật người dùng rồi chọn "Thử lại".',
  SIGNING_KEYS_MISSING: 'Phường chưa được cài đặt chứng thư số của mình (chữ ký số của người có thẩm quyền và của cơ quan), nên văn bản chưa được ký và ban hành. Quản trị hệ thống cài đặt chứng thư số của phường rồi chọn "Thử lại".',
  BALLOT_UNREADABLE: 'Không mở được phiếu kín để kiểm phiếu (khóa niêm phong phiếu không còn trong cấu hình của máy xử lý, hoặc phiếu đã bị sửa). Quản trị hệ thống khôi phục khóa niêm phong phiếu rồi chọn "Thử lại".',
  SIGNATURE_NOT_OBTAINED: 'Người ký chưa phê duyệt ký số quyết định trên thiết bị của mình sau nhiều lần gửi yêu cầu. Liên hệ người ký, rồi chọn "Thử lại" để gửi lại yêu cầu ký số.',
  STEP_REFUSED: 'Bước xử lý tự động không thực hiện được với dữ liệu hiện có. Quản trị hệ thống kiểm tra dữ liệu của hồ sơ rồi chọn "Thử lại".',
  ATTEMPTS_EXHAUSTED: 'Hệ thống đã thử lại nhiều lần nhưng chưa thực hiện được (cơ sở dữ liệu hoặc dịch vụ in văn bản gián đoạn). Khi dịch vụ hoạt động lại, chọn "Thử lại".',
};

export const isActivityFailureType = (type: string | undefined | null): type is ActivityFailureType =>
  typeof type === 'string' && Object.prototype.hasOwnProperty.call(ACTIVITY_FAILURE_REASON_VI, type);

/** A step of a workflow that failed for good and waits for a person (state Query and read model). */
export interface NeedsAttentionView {
  /** The activity that failed (for logs and administrators; pages show `reasonVi`). */
  step: string;
  failureType: ActivityFailureType;
  reasonVi: string;
  /** Workflow time, ISO 8601. */
  since: string;
  /** How many times a person has asked to retry this workflow's failed steps so far. */
  retries: number;
}

export interface RetryStuckStepArgs extends ActorArgs {
  /** What was repaired, for the audit log. */
  note?: string | null;
}

/** The officer or the administrator retries a failed step after repairing its data (proposal, round and revocation workflows). */
export const retryStuckStepUpdate = defineUpdate<string, [RetryStuckStepArgs]>('retryStuckStep');

/** Who waits for a person: a proposal, a round or a revocation (its corrective decision). */
export type AttentionSubject =
  | { kind: 'PROPOSAL'; proposalId: string; roundId: string | null }
  | { kind: 'ROUND'; roundId: string; proposalId: null }
  | { kind: 'REVOCATION'; revocationId: string; proposalId: null; roundId: null };

export interface RecordNeedsAttentionInput {
  bodyId: string;
  subject: AttentionSubject;
  /** `<workflowId>:attention:<n>`: a retried activity writes one audit row and one notice per user. */
  eventKey: string;
  step: string;
  failureType: ActivityFailureType;
  reasonVi: string;
  /** The failure's own message, kept in the audit log for administrators. */
  detail: string;
  /** What the notice names ("Đề nghị khen thưởng …", "Đợt …"). */
  subjectNameVi: string;
}

export interface ClearNeedsAttentionInput {
  bodyId: string;
  subject: AttentionSubject;
  eventKey: string;
  actorUserId: string;
  actorRoles: string[];
  note: string | null;
}

/** Activities that record and clear the state; they retry without bound (they are the way out). */
export interface AttentionActivities {
  recordNeedsAttention(input: RecordNeedsAttentionInput): Promise<void>;
  clearNeedsAttention(input: ClearNeedsAttentionInput): Promise<void>;
}

/**
 * The rule-set values a workflow branches on, resolved by the api (with the administrator's
 * overrides) when the workflow starts: plain data, so a release that changes the code's rule sets
 * does not change running workflows.
 */
export interface RuleSetSnapshot {
  id: string;
  params: RuleSetParams;
}

/** The snapshot of a resolved rule set: its id and parameter values, copied as plain JSON data. */
export function ruleSetSnapshotOf(ruleSet: Pick<RuleSet, 'id' | 'params'>): RuleSetSnapshot {
  return { id: ruleSet.id, params: JSON.parse(JSON.stringify(ruleSet.params)) as RuleSetParams };
}
