import type { DataSource, EntityManager } from 'typeorm';
import { NotificationRepository } from '@khenthuong/persistence';
import { awardTitleName, formatShortVietnameseDate } from '@khenthuong/domain';
import { ProposalStatus, RoundStatus, type NotifyInput, type RecordTransitionInput } from '@khenthuong/temporal';
import { notify } from './notifications';

/** Who hears of a hand-off: a role of the body, or the heads of the proposal's own unit. */
type Audience = { roles: string[] } | 'OWN_UNIT';

interface Handoff {
  audience: Audience;
  messageVi: string;
}

export interface ProposalFacts {
  nomineeName: string;
  title: string;
  year: number;
  unitId: string;
  roundId: string | null;
}

const LEADERS = ['CHAIRMAN', 'VICE_CHAIRMAN'];
const COUNCIL = ['COUNCIL_MEMBER', ...LEADERS];

/**
 * The notice each hand-off of an ad-hoc proposal sends, or null. A round's proposals send none but
 * one: a round of thousands of households would flood its unit heads with a notice per household and
 * step, so the round's own notices cover its steps and its page lists each unit's dossiers with their
 * state. A returned dossier sent back is the exception: it comes one at a time and the officer must
 * check it again.
 */
export function proposalHandoff(transition: Pick<RecordTransitionInput, 'action' | 'toStatus'>, p: ProposalFacts): Handoff | null {
  const resubmitted = transition.action === 'RESUBMIT' && transition.toStatus === ProposalStatus.SUBMITTED;
  if (p.roundId !== null && !resubmitted) return null;
  const what = `${p.nomineeName} (${awardTitleName(p.title, p.year)})`;
  switch (transition.toStatus) {
    case ProposalStatus.SUBMITTED:
      return transition.action === 'RESUBMIT'
        ? { audience: { roles: ['OFFICER'] }, messageVi: `Đơn vị đã bổ sung hồ sơ ${what}; cần kiểm tra lại.` }
        : { audience: { roles: ['OFFICER'] }, messageVi: `Hồ sơ mới: ${what}; cần kiểm tra tính đầy đủ.` };
    case ProposalStatus.IN_COUNCIL_REVIEW:
      // Complete, or back after an upheld objection.
      return { audience: { roles: COUNCIL }, messageVi: `Hồ sơ chờ Hội đồng Thi đua – Khen thưởng xét: ${what}.` };
    case ProposalStatus.APPROVED_BY_COUNCIL:
      return { audience: 'OWN_UNIT', messageVi: `Hội đồng Thi đua – Khen thưởng đã đề nghị khen thưởng ${what}.` };
    case ProposalStatus.REJECTED_BY_COUNCIL:
      return { audience: 'OWN_UNIT', messageVi: `Hội đồng Thi đua – Khen thưởng không đề nghị khen thưởng ${what}.` };
    case ProposalStatus.AWAITING_DECISION:
      return { audience: { roles: LEADERS }, messageVi: `Hồ sơ chờ Chủ tịch quyết định: ${what}.` };
    case ProposalStatus.DECIDED:
      return { audience: 'OWN_UNIT', messageVi: `Chủ tịch UBND phường đã quyết định khen thưởng ${what}.` };
    case ProposalStatus.REJECTED:
      return { audience: 'OWN_UNIT', messageVi: `Chủ tịch UBND phường quyết định không khen thưởng ${what}.` };
    case ProposalStatus.DOCUMENTS_ISSUED:
      return { audience: 'OWN_UNIT', messageVi: `Đã ban hành văn bản khen thưởng ${what}; tải tại trang hồ sơ.` };
    default:
      return null;
  }
}

export interface RoundFacts {
  name: string;
  nominationDeadline: string;
}

/** The notice each step of a round sends, or null. */
export function roundHandoff(status: RoundStatus, r: RoundFacts): { roles: string[]; messageVi: string } | null {
  const round = `đợt "${r.name}"`;
  switch (status) {
    case RoundStatus.NOMINATING:
      return { roles: ['UNIT_HEAD'], messageVi: `Đã mở ${round}; hạn nộp hồ sơ đề nghị ${formatShortVietnameseDate(r.nominationDeadline)}.` };
    case RoundStatus.REVIEWING_DOSSIERS:
      return { roles: ['OFFICER'], messageVi: `Đã khóa nhận hồ sơ ${round}; cần kiểm tra tính đầy đủ.` };
    case RoundStatus.IN_COUNCIL_SESSION:
      return { roles: COUNCIL, messageVi: `Hội đồng Thi đua – Khen thưởng đã mở phiên xét ${round}; mời biểu quyết.` };
    case RoundStatus.POSTING:
      return { roles: ['UNIT_HEAD'], messageVi: `Danh sách đề nghị khen thưởng ${round} đang được công khai.` };
    case RoundStatus.AWAITING_DECISION:
      return { roles: LEADERS, messageVi: `${round.charAt(0).toUpperCase()}${round.slice(1)} chờ Chủ tịch quyết định.` };
    case RoundStatus.CLOSED:
      return { roles: ['UNIT_HEAD', 'OFFICER'], messageVi: `Đã ban hành quyết định khen thưởng ${round}; kết quả từng hồ sơ và văn bản xem tại trang đợt.` };
    default:
      return null;
  }
}

/** Writes a proposal's hand-off notice in the transaction that records the move (one per event and user). */
export async function noticeProposalHandoff(tx: EntityManager, input: RecordTransitionInput): Promise<void> {
  const row = await NotificationRepository.in(tx).proposalFacts(input.proposalId);
  if (!row) return;
  const handoff = proposalHandoff(input, row);
  if (!handoff) return;
  const to: Pick<NotifyInput, 'roles' | 'unitIds'> = handoff.audience === 'OWN_UNIT' ? { unitIds: [row.unitId] } : { roles: handoff.audience.roles };
  await notify(tx, {
    bodyId: input.bodyId,
    eventKey: `${input.workflowId}:${input.sequence}:handoff`,
    proposalId: input.proposalId,
    roundId: row.roundId,
    kind: 'HANDOFF',
    messageVi: handoff.messageVi,
    ...to,
  });
}

/** Writes a round's hand-off notice; a round enters each step once, so the step is the event. */
export async function noticeRoundHandoff(db: DataSource | EntityManager, roundId: string, status: RoundStatus): Promise<void> {
  const row = await new NotificationRepository(db).roundFacts(roundId);
  const handoff = row ? roundHandoff(status, { name: row.name, nominationDeadline: row.nominationDeadline }) : null;
  if (!row || !handoff) return;
  await notify(db, { bodyId: row.bodyId, eventKey: `round-${roundId}:${status}:handoff`, proposalId: null, roundId, kind: 'HANDOFF', roles: handoff.roles, messageVi: handoff.messageVi });
}
