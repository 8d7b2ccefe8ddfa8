import { retryStuckStepUpdate } from './attention.contracts';
import { resendSignatureRequestUpdate } from './remote-signing.contracts';
import {
  castRoundBallotUpdate,
  closeNominationsUpdate,
  closeRoundCouncilUpdate,
  decideRoundUpdate,
  extendRoundPostingUpdate,
  openRoundCouncilUpdate,
  recordWrittenRoundBallotUpdate,
  type RoundAction,
} from './round.contracts';
import { RETRY_STUCK_STEP_ROLES, type StepDescription } from './step';

/**
 * A round's steps: one per action code the workflow offers, plus the officer's record of an absent
 * member's paper ballot, accepted while the session is open without a code of its own.
 */
export type RoundStepKey = RoundAction | 'RECORD_WRITTEN_BALLOT';

/** Every human step of a round, described once (see PROPOSAL_STEPS). */
export const ROUND_STEPS = {
  CLOSE_NOMINATIONS: { updates: [closeNominationsUpdate], roles: ['OFFICER'], actor: 'ROLE', labelVi: 'Kết thúc nhận hồ sơ' },
  OPEN_COUNCIL_SESSION: { updates: [openRoundCouncilUpdate], roles: ['OFFICER'], actor: 'ROLE', labelVi: 'Mở phiên họp Hội đồng' },
  CAST_ROUND_BALLOT: { updates: [castRoundBallotUpdate], roles: ['COUNCIL_MEMBER', 'CHAIRMAN', 'VICE_CHAIRMAN'], actor: 'COUNCIL_MEMBER', labelVi: 'Biểu quyết danh sách của đợt' },
  RECORD_WRITTEN_BALLOT: { updates: [recordWrittenRoundBallotUpdate], roles: ['OFFICER'], actor: 'ROLE', labelVi: 'Ghi nhận phiếu bằng văn bản' },
  CLOSE_COUNCIL_SESSION: { updates: [closeRoundCouncilUpdate], roles: ['CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER'], actor: 'COUNCIL_CHAIR', labelVi: 'Kết thúc phiên họp của đợt' },
  EXTEND_POSTING: { updates: [extendRoundPostingUpdate], roles: ['OFFICER'], actor: 'ROLE', labelVi: 'Gia hạn công khai' },
  DECIDE: { updates: [decideRoundUpdate], roles: ['CHAIRMAN', 'VICE_CHAIRMAN'], actor: 'ROLE', labelVi: 'Xem danh sách và quyết định' },
  RESEND_SIGNATURE_REQUEST: { updates: [resendSignatureRequestUpdate], roles: ['CHAIRMAN', 'VICE_CHAIRMAN'], actor: 'SIGNER', labelVi: 'Gửi lại yêu cầu ký số' },
  RETRY_STUCK_STEP: { updates: [retryStuckStepUpdate], roles: RETRY_STUCK_STEP_ROLES, actor: 'ROLE', labelVi: 'Thử lại bước bị lỗi' },
} as const satisfies Record<RoundStepKey, StepDescription>;
