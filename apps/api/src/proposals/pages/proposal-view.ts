import { Injectable } from '@nestjs/common';
import { awardDefinition, formatShortVietnameseDate, formatVnd, ruleSetById, vietnamDateOf, type AwardTitle } from '@khenthuong/domain';
import type { RequestActor } from '../../auth/actor';
import { ApiError, ApiErrorCode } from '../../common/api-error';
import { awardTitleName, statusLabel } from '../../common/labels';
import { PROPOSAL_STEPS, stepLabels, type DeadlineView, type ProposalState } from '@khenthuong/temporal';
import { DashboardRepository, type ProposalFacts } from '@khenthuong/persistence';
import { issuedPaperItem, IssuedPapersRepository } from '../../decisions/issued-papers.repository';
import { dossierPaperKinds, DossierPapersService } from '../../dossier/dossier-papers.service';
import { RequiredPapersService } from '../../dossier/required-papers';
import { ObjectionService } from '../objection.service';
import { ProposalService } from '../proposal.service';
import { deadlineLabel } from '../../web/deadline';
import { RETURN_FORM_ROWS } from './proposal-step-forms';
import { ACTION_LABEL_VI, dateTime, shortDate, VOTE_LABEL_VI } from '../../web/view-models';
import { proposalActions } from '../../web/step-offers';

const OUTCOME_LABEL_VI: Record<string, string> = {
  DISMISSED: 'Không có cơ sở, giữ nguyên đề nghị',
  UPHELD_RECONSIDER: 'Có cơ sở, đưa Hội đồng xét lại',
  UPHELD_REJECT: 'Có cơ sở, không khen thưởng',
};

interface ObjectionRow {
  id: string;
  senderName: string;
  contact: string;
}

const NOMINEE_KIND_VI: Record<string, string> = {
  INDIVIDUAL: 'Cá nhân',
  COLLECTIVE: 'Tập thể',
  HOUSEHOLD: 'Hộ gia đình',
  RESIDENTIAL_GROUP: 'Tổ dân phố',
};

// After these the decision's time limit no longer runs.
const FINISHED = new Set<string>(['DECIDED', 'DOCUMENTS_ISSUED', 'CLOSED', 'REJECTED', 'REJECTED_BY_COUNCIL', 'WITHDRAWN']);

const STEP_LABELS_VI = stepLabels(PROPOSAL_STEPS);

const has = (actor: RequestActor, ...roles: RequestActor['roles']) => roles.some((r) => actor.roles.includes(r));

/** The proposal page's model: what this viewer may see and do, decided here in one place. */
@Injectable()
export class ProposalView {
  constructor(
    private readonly proposals: ProposalService,
    private readonly dashboard: DashboardRepository,
    private readonly objections: ObjectionService,
    private readonly papers: DossierPapersService,
    private readonly issuedPapers: IssuedPapersRepository,
    private readonly requiredPapers: RequiredPapersService,
  ) {}

  async build(actor: RequestActor, id: string) {
    const facts = await this.dashboard.facts(actor, id);
    if (!facts) throw new ApiError(ApiErrorCode.NOT_FOUND, `proposal ${id} not visible to ${actor.userId}`);
    const [{ state }, timeline, named, papers, issued, required] = await Promise.all([
      this.proposals.get(actor, id),
      this.dashboard.timeline(actor, id),
      this.dashboard.isRecused(actor, id),
      this.papers.list(actor, id),
      this.issuedPapers.forProposal(actor, id),
      this.requiredPapers.of(actor.bodyId, id),
    ]);
    // Recusal concerns council members; a unit head heading the nominated collective is simply its head.
    const recused = named && has(actor, 'COUNCIL_MEMBER');
    const secret = state.council?.secretBallot ?? secretBallot(state);
    const votes = state.council?.votes ?? [];
    const memberNames = new Map((state.council?.council.members ?? []).map((m) => [m.userId, m.name]));
    // Ballots are for the council, the officer and the chairmen; never for a member named in the
    // proposal, and under a secret ballot nobody sees who voted what (counts only).
    const seesBallots = has(actor, 'OFFICER', 'COUNCIL_MEMBER', 'CHAIRMAN', 'VICE_CHAIRMAN') && !recused;
    const myVote = votes.find((v) => v.memberUserId === actor.userId);
    // Under a secret ballot the member's own choice is sealed too; that they voted is known.
    const voted = state.council?.voterIds.includes(actor.userId) ?? false;
    const actions = this.actions(actor, facts, state, recused, voted);
    const today = vietnamDateOf(new Date());
    const deadline = (d: DeadlineView | null) => (d ? deadlineLabel(d.dueOn, today, d.overdue) : null);
    // Who sent an objection (name, contact) is for the officer who answers it; the chairmen see the text.
    const senders: ObjectionRow[] = has(actor, 'OFFICER') && state.objections.length ? await this.objections.list(actor, id) : [];
    const seesObjections = has(actor, 'OFFICER', 'CHAIRMAN', 'VICE_CHAIRMAN');
    const openObjections = state.objections.filter((o) => o.outcome === null);
    return {
      heading: `${awardTitleName(facts.title, facts.year)} – ${facts.nominee_name}`,
      id,
      facts: this.facts(facts, state),
      timeline: timeline.map((t) => ({
        label: ACTION_LABEL_VI[t.action as keyof typeof ACTION_LABEL_VI] ?? t.action,
        at: dateTime(t.at),
        iso: new Date(t.at).toISOString(),
        actorName: t.actor_name,
        toStatus: t.to_state ? statusLabel(t.to_state) : null,
        reason: t.reason,
      })),
      recused,
      ballots: seesBallots && !secret ? votes.map((v) => ({ name: memberNames.get(v.memberUserId) ?? 'Thành viên', choice: VOTE_LABEL_VI[v.choice], comment: v.comment })) : null,
      ballotCount: seesBallots ? (state.council?.voterIds.length ?? 0) : null,
      secret,
      memberCount: state.council?.council.members.length ?? null,
      tally: state.tally && (!recused || state.status !== 'IN_COUNCIL_REVIEW') ? state.tally : null,
      myVote: myVote ? VOTE_LABEL_VI[myVote.choice] : null,
      voted,
      // A vice-chairman decides on the chairman's behalf: the decision is signed "KT. CHỦ TỊCH".
      signsForChairman: actions.DECIDE && !has(actor, 'CHAIRMAN'),
      decision: state.decision
        ? {
            numberText: state.decision.numberText,
            date: formatShortVietnameseDate(state.decision.decisionDate),
            amount: state.decision.amountVnd === null ? null : formatVnd(state.decision.amountVnd),
            pdfHref: `/ho-so/${id}/quyet-dinh.pdf`,
          }
        : null,
      awaitingSignature: state.awaitingSignature
        ? {
            label: state.awaitingSignature.documentLabel,
            sentAt: dateTime(state.awaitingSignature.sentAt),
            expiresAt: dateTime(state.awaitingSignature.expiresAt),
            // The draft is for those who sign or prepare decisions.
            draftHref: has(actor, 'CHAIRMAN', 'VICE_CHAIRMAN', 'OFFICER') ? `/ho-so/${id}/du-thao-quyet-dinh.pdf` : null,
          }
        : null,
      returns: state.returns.map((r) => ({ round: r.round, dueOn: formatShortVietnameseDate(r.dueOn), items: r.items })),
      returnDeadline: state.status === 'RETURNED' ? deadline(state.returnDeadline) : null,
      returnsLeft: state.returnsLeft,
      decisionDeadline: FINISHED.has(state.status) ? null : deadline(state.decisionDeadline),
      objections: seesObjections
        ? state.objections.map((o) => {
            const sender = senders.find((s) => s.id === o.objectionId);
            return {
              id: o.objectionId,
              text: o.text,
              receivedAt: dateTime(o.receivedAt),
              sender: sender ? { name: sender.senderName, contact: sender.contact } : null,
              outcome: o.outcome ? OUTCOME_LABEL_VI[o.outcome] : null,
              resolution: o.resolution,
              resolvable: actions.RESOLVE_OBJECTION && o.outcome === null,
            };
          })
        : [],
      // Several open objections (a flood, one rumour repeated) can be found groundless in one step.
      bulkDismiss: actions.RESOLVE_OBJECTION && openObjections.length >= 2 ? openObjections.map((o) => ({ id: o.objectionId, receivedAt: dateTime(o.receivedAt), excerpt: excerpt(o.text) })) : null,
      returnRows: Array.from({ length: RETURN_FORM_ROWS }, (_, i) => ({ n: i + 1, first: i === 0 })),
      // An absent member's paper ballot: members of this session who have not voted and are not named in it.
      absentMembers: actions.RECORD_WRITTEN_VOTE
        ? (state.council?.council.members ?? [])
            .filter((m) => !state.council!.voterIds.includes(m.userId))
            .map((m) => ({ value: m.userId, label: m.name }))
        : [],
      // The dossier's papers, downloadable by every viewer; the upload form only for the nominating unit while it may add.
      papers: papers.map((p) => ({ href: `/ho-so/${id}/giay-to/${p.id}`, kindName: p.kindName, fileName: p.fileName, sizeKb: Math.max(1, Math.round(p.sizeBytes / 1024)), uploadedAt: dateTime(p.uploadedAt), uploadedBy: p.uploadedBy })),
      // What the title requires (the officer confirms completeness only when nothing is missing).
      requiredPapers: required.map((p) => ({ name: p.nameVi, present: p.present, perRoundList: p.perRoundList })),
      // Every paper issued about it that this viewer may read (the unit: decision, certificate, notice, payment list).
      issuedPapers: issued.map((d) => issuedPaperItem(d, `/ho-so/${id}/van-ban/${d.id}`, shortDate)),
      paperUpload: this.papers.canUpload(actor, { unit_id: facts.unit_id, status: state.status }) ? { kinds: dossierPaperKinds() } : null,
      actions,
      stepLabels: STEP_LABELS_VI,
    };
  }

  private facts(f: ProposalFacts, state: ProposalState) {
    return {
      titleName: awardTitleName(f.title, f.year),
      year: f.year,
      nomineeKind: NOMINEE_KIND_VI[f.nominee_kind] ?? f.nominee_kind,
      nomineeName: f.nominee_name,
      unitName: f.unit_name,
      achievement: f.achievement,
      submittedOn: shortDate(f.created_at),
      submittedBy: f.submitted_by_name,
      statusName: statusLabel(state.status),
      status: state.status,
      // A step failed for good: the reason in plain Vietnamese, since when.
      needsAttention: state.needsAttention ? { reason: state.needsAttention.reasonVi, since: dateTime(state.needsAttention.since) } : null,
      posting: state.posting ? `${formatShortVietnameseDate(state.posting.startsOn)} – ${formatShortVietnameseDate(state.posting.endsOn)}` : null,
    };
  }

  /** The workflow says which actions the proposal accepts now; the step catalogue's roles and scope say which are this user's. */
  private actions(actor: RequestActor, facts: ProposalFacts, state: ProposalState, recused: boolean, voted: boolean) {
    const inCouncil = state.council?.council.members.some((m) => m.userId === actor.userId) ?? false;
    const actions = proposalActions(actor.roles, state.allowedActions, {
      NOMINATING_UNIT: actor.unitId === facts.unit_id,
      // The session stays open to the others; a member's ballot is cast once.
      COUNCIL_MEMBER: inCouncil && !recused && !voted,
      COUNCIL_CHAIR: state.council?.council.chairUserId === actor.userId,
      // Only the signer who decided may ask their device again.
      SIGNER: state.awaitingSignature?.signerUserId === actor.userId,
    });
    // Objections are answered in their own section, beside each one.
    return { ...actions, any: Object.entries(actions).some(([key, on]) => on && key !== 'RESOLVE_OBJECTION') };
  }
}

/** The start of an objection, to tell it apart in a list of checkboxes. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
}

function secretBallot(state: ProposalState): boolean {
  try {
    return awardDefinition(state.title as AwardTitle, ruleSetById(state.ruleSetId)).secretBallot;
  } catch {
    return false;
  }
}
