import { Injectable } from '@nestjs/common';
import { formatShortVietnameseDate } from '@khenthuong/domain';
import type { RequestActor } from '../../auth/actor';
import { awardTitleName } from '../../common/labels';
import { DashboardRepository } from '@khenthuong/persistence';
import { issuedPaperItem, IssuedPapersRepository } from '../../decisions/issued-papers.repository';
import { RoundService } from '../round.service';
import { listItem, shortDate, dateTime } from '../../web/view-models';
import { ROUND_STEPS, stepLabels, type RoundState } from '@khenthuong/temporal';
import { roundActions } from '../../web/step-offers';

export const ROUND_KIND_VI: Readonly<Record<string, string>> = {
  YEAR_END: 'Tổng kết năm',
  CAMPAIGN: 'Đợt thi đua, chuyên đề',
  CULTURAL_FAMILY: 'Gia đình văn hóa',
};

export const ROUND_STATUS_VI: Readonly<Record<string, string>> = {
  NOMINATING: 'Đang nhận hồ sơ đề nghị',
  REVIEWING_DOSSIERS: 'Đã hết hạn nhận, đang kiểm tra hồ sơ',
  IN_COUNCIL_SESSION: 'Hội đồng đang họp xét',
  POSTING: 'Đang công khai lấy ý kiến',
  AWAITING_DECISION: 'Chờ Chủ tịch quyết định',
  ISSUING: 'Đang ban hành quyết định',
  CLOSED: 'Đã kết thúc',
};

const STEP_LABELS_VI = stepLabels(ROUND_STEPS);

const has = (actor: RequestActor, ...roles: RequestActor['roles']) => roles.some((r) => actor.roles.includes(r));
const period = (p: { startsOn: string; endsOn: string } | null) => (p ? `${formatShortVietnameseDate(p.startsOn)} – ${formatShortVietnameseDate(p.endsOn)}` : null);

/** The round page's model: the workflow's state, its proposals, and what this user may do now. */
@Injectable()
export class RoundView {
  constructor(
    private readonly rounds: RoundService,
    private readonly dashboard: DashboardRepository,
    private readonly issuedPapers: IssuedPapersRepository,
  ) {}

  async build(actor: RequestActor, id: string) {
    const { round, state } = await this.rounds.get(actor, id);
    const nominees = await this.dashboard.roundNominees(actor, id, ALL_STATES);
    const issued = await this.issuedPapers.forRound(actor, id);
    const inCouncil = state.council?.members.some((m) => m.userId === actor.userId) ?? false;
    // Asking for the signature again is offered beside the wait it is about, not among the steps.
    const { RESEND_SIGNATURE_REQUEST: resendSignature, ...steps } = roundActions(actor.roles, state.allowedActions, {
      NOMINATING_UNIT: false,
      COUNCIL_MEMBER: inCouncil,
      COUNCIL_CHAIR: state.council?.chairUserId === actor.userId,
      SIGNER: state.awaitingSignature?.signerUserId === actor.userId,
    });
    const actions = {
      ...steps,
      nominate: state.status === 'NOMINATING' && has(actor, 'UNIT_HEAD'),
    };
    return {
      id,
      heading: round.name,
      facts: {
        kind: ROUND_KIND_VI[round.kind] ?? round.kind,
        year: round.year,
        status: state.status,
        statusName: ROUND_STATUS_VI[state.status] ?? state.status,
        nominationDeadline: formatShortVietnameseDate(state.nominationDeadline),
        secretBallot: state.secretBallot,
        posting: period(state.posting),
        voters: state.council ? `${state.voterIds.length}/${state.council.members.length}` : null,
        iVoted: state.voterIds.includes(actor.userId),
        tallies: state.tallies,
        needsAttention: state.needsAttention?.reasonVi ?? null,
        signatureRefusal: state.status === 'AWAITING_DECISION' ? (state.signatureRefusal ?? null) : null,
      },
      awaitingSignature: state.awaitingSignature
        ? {
            label: state.awaitingSignature.documentLabel,
            sentAt: dateTime(state.awaitingSignature.sentAt),
            expiresAt: dateTime(state.awaitingSignature.expiresAt),
            // The draft is for those who sign or prepare decisions.
            draftHref: has(actor, 'CHAIRMAN', 'VICE_CHAIRMAN', 'OFFICER') ? `/dot/${id}/du-thao-quyet-dinh.pdf` : null,
            canResend: resendSignature,
          }
        : null,
      decisions: state.decisions.map((d) => ({ titleName: awardTitleName(d.title, round.year), numberText: d.numberText, date: formatShortVietnameseDate(d.decisionDate), awardees: d.awardees })),
      // Every paper of the round this viewer may read (a unit: the decisions, the notice, the payment list).
      issuedPapers: issued.map((d) => issuedPaperItem(d, `/dot/${id}/van-ban/${d.id}`, shortDate)),
      rows: nominees.map(listItem),
      actions: { ...actions, any: Object.values(actions).some(Boolean) },
      stepLabels: STEP_LABELS_VI,
      state,
    };
  }

  /** The nominees a ballot or a decision is about, with the state to check first. */
  async nominees(actor: RequestActor, id: string, states: string[]): Promise<{ state: RoundState; name: string; rows: (ReturnType<typeof listItem> & { recused: boolean })[] }> {
    const { round, state } = await this.rounds.get(actor, id);
    const rows = await this.dashboard.roundNominees(actor, id, states);
    return { state, name: round.name, rows: rows.map((r) => ({ ...listItem(r), recused: r.recused })) };
  }
}

const ALL_STATES = [
  'SUBMITTED', 'RETURNED', 'AWAITING_COUNCIL', 'IN_COUNCIL_REVIEW', 'APPROVED_BY_COUNCIL', 'REJECTED_BY_COUNCIL', 'PUBLICLY_POSTED',
  'AWAITING_DECISION', 'DECIDED', 'DOCUMENTS_ISSUED', 'CLOSED', 'REJECTED', 'ESCALATED', 'WITHDRAWN',
];
