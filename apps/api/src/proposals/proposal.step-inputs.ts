import { dismissObjectionsUpdate, PROPOSAL_STEPS, type ProposalStepKey } from '@khenthuong/temporal';
import { StepCatalogue, stepInput, type StepInput } from '../steps/step-input';
import { ConfirmForm, NoStepInput } from '../steps/step-forms';
import {
  CastVoteDto,
  DecideDto,
  DismissObjectionsDto,
  ExtendPostingDto,
  HigherLevelResultDto,
  ResolveObjectionDto,
  ResubmitDto,
  RetryStuckStepDto,
  ReturnForPapersDto,
  WithdrawDto,
  WrittenVoteDto,
} from './proposal.dto';
import { DecideForm, ExtendPostingForm, formRows, HigherLevelResultForm, RETURN_FORM_ROWS, withoutToken } from './pages/proposal-step-forms';

/**
 * Each proposal step's address and input (see StepInput), keyed like PROPOSAL_STEPS: a step without
 * its entry does not compile. The generic routes (`/api/v1/proposals/:id/steps/:step`, `/ho-so/:id/buoc/:step`) perform them.
 */
export const PROPOSAL_STEP_INPUTS = {
  MARK_COMPLETE: stepInput({ slug: 'mark-complete', input: NoStepInput, ownRoute: true }),
  RETURN_FOR_PAPERS: stepInput({
    slug: 'return-for-papers',
    input: ReturnForPapersDto,
    toArgs: (dto) => ({ items: dto.items.map((i) => ({ paper: i.paper, reason: i.reason })) }),
    page: {
      form: ReturnForPapersDto,
      read: (body) => {
        const { rows, rest } = formRows(body, ['paper', 'reason'] as const, RETURN_FORM_ROWS);
        return { ...withoutToken(rest), items: rows };
      },
    },
  }),
  RESUBMIT: stepInput({ slug: 'resubmit', input: ResubmitDto, toArgs: (dto) => ({ note: dto.note ?? null }) }),
  CAST_VOTE: stepInput({ slug: 'cast-vote', input: CastVoteDto, ownRoute: true }),
  RECORD_WRITTEN_VOTE: stepInput({ slug: 'record-written-vote', input: WrittenVoteDto, ownRoute: true }),
  CLOSE_COUNCIL_SESSION: stepInput({ slug: 'close-council-session', input: NoStepInput, page: { form: ConfirmForm, toInput: () => ({}) } }),
  RESOLVE_OBJECTION: [
    stepInput({ slug: 'resolve-objection', input: ResolveObjectionDto, ownRoute: true }),
    stepInput({ slug: 'dismiss-objections', input: DismissObjectionsDto, update: dismissObjectionsUpdate }),
  ],
  EXTEND_POSTING: stepInput({ slug: 'extend-posting', input: ExtendPostingDto, page: { form: ExtendPostingForm } }),
  DECIDE: stepInput({
    slug: 'decide',
    input: DecideDto,
    toArgs: (dto) => ({ approve: dto.approve, reason: dto.reason ?? null }),
    page: { form: DecideForm, toInput: (form) => ({ approve: form.decision === 'APPROVE', reason: form.reason }) },
  }),
  RECORD_HIGHER_LEVEL_RESULT: stepInput({
    slug: 'record-higher-level-result',
    input: HigherLevelResultDto,
    toArgs: (dto) => ({
      result: { approved: dto.approved, issuer: dto.issuer, decisionNumber: dto.decisionNumber ?? null, decisionDate: dto.decisionDate ?? null, note: dto.note ?? null },
    }),
    page: { form: HigherLevelResultForm },
  }),
  RESEND_SIGNATURE_REQUEST: stepInput({ slug: 'resend-signature-request', input: NoStepInput }),
  WITHDRAW: stepInput({ slug: 'withdraw', input: WithdrawDto }),
  RETRY_STUCK_STEP: stepInput({ slug: 'retry-stuck-step', input: RetryStuckStepDto, toArgs: (dto) => ({ note: dto.note ?? null }) }),
} satisfies Record<ProposalStepKey, StepInput | readonly StepInput[]>;

export const PROPOSAL_STEP_ROUTES = new StepCatalogue<ProposalStepKey>('proposal', PROPOSAL_STEPS, PROPOSAL_STEP_INPUTS);
