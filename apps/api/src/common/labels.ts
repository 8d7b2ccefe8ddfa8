import { ProposalStatus } from '@khenthuong/temporal';

/** How each workflow status reads to users. */
export const STATUS_LABEL_VI: Readonly<Record<ProposalStatus, string>> = {
  [ProposalStatus.SUBMITTED]: 'Đã nộp, chờ kiểm tra hồ sơ',
  [ProposalStatus.RETURNED]: 'Trả lại để bổ sung',
  [ProposalStatus.AWAITING_COUNCIL]: 'Hồ sơ hợp lệ, chờ Hội đồng họp xét',
  [ProposalStatus.IN_COUNCIL_REVIEW]: 'Hội đồng đang xét',
  [ProposalStatus.APPROVED_BY_COUNCIL]: 'Hội đồng đã thông qua',
  [ProposalStatus.REJECTED_BY_COUNCIL]: 'Hội đồng không thông qua',
  [ProposalStatus.PUBLICLY_POSTED]: 'Đang công khai lấy ý kiến',
  [ProposalStatus.AWAITING_DECISION]: 'Chờ Chủ tịch quyết định',
  [ProposalStatus.DECIDED]: 'Đã quyết định khen thưởng',
  [ProposalStatus.DOCUMENTS_ISSUED]: 'Đã ban hành quyết định',
  [ProposalStatus.CLOSED]: 'Hoàn tất, đã lưu trữ',
  [ProposalStatus.REJECTED]: 'Không khen thưởng',
  [ProposalStatus.ESCALATED]: 'Đã trình cấp trên',
  [ProposalStatus.WITHDRAWN]: 'Đã rút hồ sơ',
};

export const statusLabel = (status: string): string => STATUS_LABEL_VI[status as ProposalStatus] ?? status;

export { awardTitleName } from '@khenthuong/domain';
