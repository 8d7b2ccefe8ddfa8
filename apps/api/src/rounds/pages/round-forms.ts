import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { VoteChoice } from '@khenthuong/domain';
import type { RoundBallotDto, DecideRoundDto } from '../round.dto';
import { MultiLine } from '../../common/multi-line';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Per-nominee fields of a round form are named `<field>-<proposalId>`; this gathers them by proposal. */
export function perNominee(body: Record<string, unknown>, field: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(body)) {
    if (!key.startsWith(`${field}-`) || typeof value !== 'string') continue;
    const id = key.slice(field.length + 1);
    if (UUID.test(id)) out.set(id.toLowerCase(), value.trim());
  }
  return out;
}

/**
 * "Đồng ý tất cả, trừ …": the member's default choice, and only the rows set to something else
 * (a row left on "theo lựa chọn chung" follows the default).
 */
export function ballotFromForm(body: Record<string, unknown>): RoundBallotDto {
  const defaultChoice = body.defaultChoice as VoteChoice;
  const comments = perNominee(body, 'comment');
  const exceptions = [...perNominee(body, 'choice')]
    .filter(([, choice]) => choice !== '' && choice !== defaultChoice)
    .map(([proposalId, choice]) => ({ proposalId, choice: choice as VoteChoice, ...(comments.get(proposalId) ? { comment: comments.get(proposalId) } : {}) }));
  return { defaultChoice, exceptions };
}

/** The chairman approves the list but strikes the ticked nominees, each with its reason. */
export function decisionFromForm(body: Record<string, unknown>): DecideRoundDto {
  const reasons = perNominee(body, 'strikeReason');
  const struck = [...perNominee(body, 'strike')].filter(([, v]) => v === '1').map(([proposalId]) => ({ proposalId, reason: reasons.get(proposalId) ?? '' }));
  const reason = typeof body.reason === 'string' && body.reason.trim() ? body.reason.trim() : undefined;
  return { approve: body.decision === 'APPROVE' ? true : body.decision === 'REJECT' ? false : (body.decision as boolean), reason, struck };
}

export class RoundDecisionChoice {
  @IsIn(['APPROVE', 'REJECT'], { message: 'Vui lòng chọn ký quyết định theo danh sách hoặc không khen thưởng.' })
  decision!: string;

  @MultiLine()
  @IsOptional()
  @IsString({ message: 'Lý do phải là chuỗi ký tự.' })
  @Length(0, 2000, { message: 'Lý do dài tối đa 2000 ký tự.' })
  reason?: string;
}
