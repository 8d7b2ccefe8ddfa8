import { ROUND_STEPS, type RoundStepKey } from '@khenthuong/temporal';
import { ExtendPostingDto, RetryStuckStepDto } from '../proposals/proposal.dto';
import { ExtendPostingForm } from '../proposals/pages/proposal-step-forms';
import { StepCatalogue, stepInput, type StepInput } from '../steps/step-input';
import { ConfirmForm, NoStepInput } from '../steps/step-forms';
import { DecideRoundDto, RoundBallotDto, WrittenRoundBallotDto } from './round.dto';

/**
 * Each round step's address and input (see StepInput), keyed like ROUND_STEPS: a step without its
 * entry does not compile. The generic routes (`/api/v1/rounds/:id/steps/:step`, `/dot/:id/buoc/:step`) perform them.
 */
export const ROUND_STEP_INPUTS = {
  CLOSE_NOMINATIONS: stepInput({ slug: 'close-nominations', input: NoStepInput }),
  OPEN_COUNCIL_SESSION: stepInput({ slug: 'open-council-session', input: NoStepInput }),
  CAST_ROUND_BALLOT: stepInput({ slug: 'cast-ballot', input: RoundBallotDto, ownRoute: true }),
  RECORD_WRITTEN_BALLOT: stepInput({ slug: 'record-written-ballot', input: WrittenRoundBallotDto, ownRoute: true }),
  CLOSE_COUNCIL_SESSION: stepInput({ slug: 'close-council-session', input: NoStepInput, page: { form: ConfirmForm, toInput: () => ({}) } }),
  EXTEND_POSTING: stepInput({ slug: 'extend-posting', input: ExtendPostingDto, page: { form: ExtendPostingForm } }),
  DECIDE: stepInput({
    slug: 'decide',
    input: DecideRoundDto,
    toArgs: (dto) => ({ approve: dto.approve, reason: dto.reason ?? null, struck: dto.struck }),
    ownPage: true,
  }),
  RESEND_SIGNATURE_REQUEST: stepInput({ slug: 'resend-signature-request', input: NoStepInput }),
  RETRY_STUCK_STEP: stepInput({ slug: 'retry-stuck-step', input: RetryStuckStepDto, toArgs: (dto) => ({ note: dto.note ?? null }) }),
} satisfies Record<RoundStepKey, StepInput | readonly StepInput[]>;

export const ROUND_STEP_ROUTES = new StepCatalogue<RoundStepKey>('round', ROUND_STEPS, ROUND_STEP_INPUTS);
