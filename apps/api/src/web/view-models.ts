import { formatShortVietnameseDate, vietnamDateOf } from '@khenthuong/domain';
import type { ProposalAction } from '@khenthuong/temporal';
import { awardTitleName, statusLabel } from '../common/labels';
import type { ListRow, Page } from '@khenthuong/persistence';
import type { StuckItem } from '../stuck-work/stuck-work.service';
import { deadlineLabel } from './deadline';

export const shortDate = (at: Date | string) => formatShortVietnameseDate(vietnamDateOf(new Date(at)));

/** '14:05 ngày 06/02/2026', Vietnam time, for the timeline. */
export function dateTime(at: Date | string): string {
  const instant = new Date(at);
  const hhmm = new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(11, 16);
  return `${hhmm} ngày ${shortDate(instant)}`;
}

export function listItem(row: ListRow) {
  return {
    id: row.id,
    nomineeName: row.nominee_name,
    titleName: awardTitleName(row.title, row.year),
    year: row.year,
    unitName: row.unit_name,
    status: row.status,
    statusName: statusLabel(row.status),
    submittedOn: shortDate(row.created_at),
    due: row.decision_due_on && !CLOSED_STATES.has(row.status) ? deadlineLabel(row.decision_due_on, vietnamDateOf(new Date()), row.overdue) : null,
  };
}

/** The decision's time limit no longer matters once the proposal is decided or out of the process. */
const CLOSED_STATES = new Set(['DECIDED', 'DOCUMENTS_ISSUED', 'CLOSED', 'REJECTED', 'REJECTED_BY_COUNCIL', 'WITHDRAWN']);

/** Previous/next links that keep the page's other query parameters. */
export function pager(page: Page<unknown>, path: string, query: Record<string, unknown> = {}) {
  const href = (n: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '' && k !== 'page') params.set(k, String(v));
    if (n > 1) params.set('page', String(n));
    const qs = params.toString();
    return qs ? `${path}?${qs}` : path;
  };
  if (page.page === 1 && !page.hasNext) return null;
  return { page: page.page, previousHref: page.page > 1 ? href(page.page - 1) : null, nextHref: page.hasNext ? href(page.page + 1) : null };
}

/** Audit entries beside the transitions: a step that failed for good, and a person's retry of it. */
type AttentionAction = 'NEEDS_ATTENTION' | 'RETRY_STUCK_STEP';

export const ACTION_LABEL_VI: Readonly<Record<ProposalAction | AttentionAction, string>> = {
  SUBMIT: 'Đơn vị nộp hồ sơ đề nghị',
  MARK_COMPLETE: 'Cán bộ xác nhận hồ sơ đầy đủ, chuyển Hội đồng',
  CLOSE_COUNCIL_SESSION: 'Kết thúc phiên họp Hội đồng',
  START_POSTING: 'Bắt đầu công khai lấy ý kiến',
  END_POSTING: 'Kết thúc thời gian công khai',
  DECIDE_APPROVE: 'Chủ tịch ký quyết định khen thưởng',
  DECIDE_REJECT: 'Chủ tịch không khen thưởng',
  ISSUE_DOCUMENTS: 'Ban hành quyết định',
  ESCALATE: 'Trình cấp trên',
  WITHDRAW: 'Đơn vị rút hồ sơ',
  RETURN_FOR_PAPERS: 'Cán bộ trả hồ sơ để bổ sung',
  RESUBMIT: 'Đơn vị nộp lại hồ sơ đã bổ sung',
  RETURN_DEADLINE_PASSED: 'Quá hạn bổ sung hồ sơ',
  OPEN_COUNCIL_SESSION: 'Đưa vào phiên họp Hội đồng',
  EXTEND_POSTING: 'Gia hạn thời gian công khai',
  RECEIVE_OBJECTION: 'Nhận ý kiến phản ánh',
  RESOLVE_OBJECTION: 'Giải quyết ý kiến phản ánh',
  DECISION_OVERDUE: 'Quá thời hạn giải quyết',
  SIGNATURE_REJECTED: 'Người ký từ chối ký số quyết định',
  RECORD_HIGHER_LEVEL_RESULT: 'Ghi nhận kết quả của cấp trên',
  LEAVE_ROUND: 'Tách khỏi đợt, xét quyết định riêng',
  CLOSE: 'Hoàn tất, lưu trữ hồ sơ',
  NEEDS_ATTENTION: 'Cần xử lý: bước tự động bị lỗi',
  RETRY_STUCK_STEP: 'Thử lại bước bị lỗi sau khi sửa dữ liệu',
};

export const VOTE_LABEL_VI: Readonly<Record<string, string>> = {
  AGREE: 'Đồng ý',
  DISAGREE: 'Không đồng ý',
  ABSTAIN: 'Không biểu quyết',
};

/** A row of the officer's "Việc bị kẹt / cần xử lý": plain Vietnamese, no codes. */
export function stuckItem(item: StuckItem, stage: string) {
  const reasons: Record<StuckItem['reason'], string> = {
    NEEDS_ATTENTION: item.reasonVi ?? 'Bước tự động bị lỗi, cần người xử lý.',
    STALLED: `Không chuyển bước từ ${dateTime(item.since)} (giai đoạn "${stage}" do hệ thống tự xử lý).`,
    RETURN_DEADLINE_PASSED: 'Đã quá hạn bổ sung hồ sơ nhưng hồ sơ chưa được xử lý tự động.',
    RETRYING: `Hệ thống đang thử lại một bước đã lỗi ${item.attempts ?? ''} lần.`,
  };
  const needsAttention = item.reason === 'NEEDS_ATTENTION';
  // A revocation has no page of its own: the retry form sits in the dashboard's row.
  const revocation = item.kind === 'REVOCATION';
  return {
    href: revocation ? null : item.kind === 'ROUND' ? `/dot/${item.id}` : `/ho-so/${item.id}`,
    retryAction: revocation && needsAttention ? `/can-bo/thu-hoi/${item.id}/thu-lai` : null,
    what: item.kind === 'ROUND' ? `Đợt: ${item.name}` : item.name,
    needsAttention,
    label: item.reason === 'NEEDS_ATTENTION' ? 'Cần xử lý' : 'Bị kẹt',
    reason: reasons[item.reason],
    since: dateTime(item.since),
  };
}
