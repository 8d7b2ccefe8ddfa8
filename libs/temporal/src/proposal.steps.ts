import { retryStuckStepUpdate } from './attention.contracts';
import type { HumanAction } from './proposal.contracts';
import {
  castVoteUpdate,
  closeCouncilSessionUpdate,
  decideUpdate,
  dismissObjectionsUpdate,
  extendPostingUpdate,
  markDossierCompleteUpdate,
  recordHigherLevelResultUpdate,
  recordWrittenVoteUpdate,
  resolveObjectionUpdate,
  resubmitUpdate,
  returnForPapersUpdate,
  withdrawUpdate,
} from './proposal.updates';
import { resendSignatureRequestUpdate } from './remote-signing.contracts';
import { RETRY_STUCK_STEP_ROLES, type StepDescription } from './step';

/**
 * Every human step of a proposal, keyed by the action code the workflow offers it under: a code
 * without its description does not compile. The desks, the REST and page routes and the page read it.
 */
export const PROPOSAL_STEPS = {
  MARK_COMPLETE: { updates: [markDossierCompleteUpdate], roles: ['OFFICER'], actor: 'ROLE', labelVi: 'Xác nhận hồ sơ đầy đủ' },
  RETURN_FOR_PAPERS: { updates: [returnForPapersUpdate], roles: ['OFFICER'], actor: 'ROLE', labelVi: 'Trả hồ sơ' },
  RESUBMIT: { updates: [resubmitUpdate], roles: ['UNIT_HEAD'], actor: 'NOMINATING_UNIT', labelVi: 'Nộp lại hồ sơ' },
  CAST_VOTE: { updates: [castVoteUpdate], roles: ['COUNCIL_MEMBER', 'CHAIRMAN', 'VICE_CHAIRMAN'], actor: 'COUNCIL_MEMBER', labelVi: 'Gửi phiếu' },
  RECORD_WRITTEN_VOTE: { updates: [recordWrittenVoteUpdate], roles: ['OFFICER'], actor: 'ROLE', labelVi: 'Ghi nhận phiếu bằng văn bản' },
  CLOSE_COUNCIL_SESSION: { updates: [closeCouncilSessionUpdate], roles: ['CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER'], actor: 'COUNCIL_CHAIR', labelVi: 'Kết thúc phiên họp' },
  RESOLVE_OBJECTION: { updates: [resolveObjectionUpdate, dismissObjectionsUpdate], roles: ['OFFICER'], actor: 'ROLE', labelVi: 'Ghi nhận kết quả giải quyết' },
  EXTEND_POSTING: { updates: [extendPostingUpdate], roles: ['OFFICER'], actor: 'ROLE', labelVi: 'Gia hạn công khai' },
  DECIDE: { updates: [decideUpdate], roles: ['CHAIRMAN', 'VICE_CHAIRMAN'], actor: 'ROLE', labelVi: 'Ghi nhận quyết định' },
  RECORD_HIGHER_LEVEL_RESULT: { updates: [recordHigherLevelResultUpdate], roles: ['OFFICER'], actor: 'ROLE', labelVi: 'Ghi nhận kết quả cấp trên' },
  RESEND_SIGNATURE_REQUEST: { updates: [resendSignatureRequestUpdate], roles: ['CHAIRMAN', 'VICE_CHAIRMAN'], actor: 'SIGNER', labelVi: 'Gửi lại yêu cầu ký số' },
  WITHDRAW: { updates: [withdrawUpdate], roles: ['UNIT_HEAD'], actor: 'NOMINATING_UNIT', labelVi: 'Rút hồ sơ' },
  RETRY_STUCK_STEP: { updates: [retryStuckStepUpdate], roles: RETRY_STUCK_STEP_ROLES, actor: 'ROLE', labelVi: 'Thử lại bước bị lỗi' },
} as const satisfies Record<HumanAction, StepDescription>;

export type ProposalStepKey = keyof typeof PROPOSAL_STEPS;
