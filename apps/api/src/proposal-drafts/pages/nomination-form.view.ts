import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { awardDefinition, PERFORMANCE_RATING_NAMES_VI, vietnamDateOf, wardAwardTitles } from '@khenthuong/domain';
import type { RequestActor } from '../../auth/actor';
import type { WebRequest } from '../../auth/web-session';
import type { FieldProblem } from '../../common/api-error';
import { DashboardRepository } from '@khenthuong/persistence';
import { NominationScopes } from '../../proposals/nomination-scope';
import { NomineeResolver } from '../../proposals/nominee-resolver';
import { problemsByField } from '../../web/form';
import { currentRuleSet } from './new-proposal-form';
import { PageRenderer } from '../../web/page-renderer';
import { shortDate } from '../../web/view-models';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A draft shown below its form: its papers, the title's required papers, and where its forms post. */
export interface DraftSection {
  id: string;
  requiredPapers: { name: string; present: boolean }[];
  papers: { href: string; removeAction: string; kindName: string; fileName: string; sizeKb: number; uploadedAt: string; uploadedBy: string }[];
  paperKinds: { value: string; label: string }[];
  updated: string;
}

export interface NominationFormModel {
  values: Record<string, unknown>;
  problems?: FieldProblem[];
  error?: string;
  notice?: string;
  draft?: DraftSection;
}

/**
 * The nomination form (new, or a saved draft with its papers): a unit head's for their own unit; the
 * officer first chooses the unit, then sees that unit's people, households and the unit itself.
 */
@Injectable()
export class NominationFormView {
  constructor(
    private readonly dashboard: DashboardRepository,
    private readonly nominees: NomineeResolver,
    private readonly scopes: NominationScopes,
    private readonly pages: PageRenderer,
  ) {}

  /** Rounds taking nominations whose deadline has not passed, the one closing first first. */
  async openRounds(actor: RequestActor) {
    const today = vietnamDateOf(new Date());
    const rounds = await this.dashboard.rounds(actor, true);
    return rounds.filter((r) => r.nomination_deadline >= today).sort((a, b) => a.nomination_deadline.localeCompare(b.nomination_deadline));
  }

  /** The officer's first step: which unit the paper dossier comes from. */
  async sendUnitPicker(req: WebRequest, res: Response, problems: FieldProblem[], status: number): Promise<void> {
    const units = await this.scopes.units(req.actor!.bodyId);
    await this.pages.send(req, res, 'new-proposal-unit', 'Lập đề nghị thay đơn vị', {
      units: units.map((u) => ({ value: u.id, label: u.name })),
      fieldErrors: problemsByField(problems),
      error: problems.length ? 'Vui lòng chọn đơn vị đề nghị.' : undefined,
    }, status);
  }

  async send(req: WebRequest, res: Response, model: NominationFormModel, status: number): Promise<void> {
    const actor = req.actor!;
    const { values, problems = [] } = model;
    const officer = actor.roles.includes('OFFICER');
    // The officer's form is for the unit chosen (its id travels in a hidden field); a unit head's for their own.
    const unitId = officer ? (typeof values.unitId === 'string' && UUID.test(values.unitId) ? values.unitId : null) : actor.unitId;
    if (officer && !unitId) return this.sendUnitPicker(req, res, problems, status);
    const ruleSet = currentRuleSet();
    const [choices, rounds] = await Promise.all([this.nominees.choices({ bodyId: actor.bodyId, unitId }), this.dashboard.rounds(actor, true)]);
    // Household and residential-group titles only for a residential group (tổ dân phố).
    const titles = wardAwardTitles(ruleSet)
      .map((t) => awardDefinition(t, ruleSet))
      .filter((award) => choices.residentialGroup || (award.recipientKind !== 'HOUSEHOLD' && award.recipientKind !== 'RESIDENTIAL_GROUP'))
      .map((award) => ({ value: award.title, label: award.nameVi, kind: award.recipientKind, individual: award.recipientKind === 'INDIVIDUAL', selected: values.title === award.title }));
    const selectedRound = rounds.find((r) => values.roundId === r.id);
    const draft = model.draft;
    await this.pages.send(
      req,
      res,
      'new-proposal',
      draft ? 'Hồ sơ nháp' : 'Lập đề nghị khen thưởng',
      {
        values,
        action: draft ? `/don-vi/ho-so-nhap/${draft.id}` : '/don-vi/de-nghi-moi',
        onBehalf: officer && unitId ? { unitId, unitName: choices.unitName } : null,
        titles,
        rounds: rounds.map((r) => ({ value: r.id, label: `${r.name} (hạn nộp ${shortDate(r.nomination_deadline)})`, selected: r === selectedRound })),
        roundDeadline: selectedRound ? shortDate(selectedRound.nomination_deadline) : null,
        unitName: choices.unitName,
        people: choices.people.map((p) => ({ value: p.id, label: p.position ? `${p.full_name} (${p.position})` : p.full_name, selected: values.nomineePersonId === p.id })),
        residentialGroup: choices.residentialGroup,
        households: choices.households.map((h) => ({ value: h.id, label: `${h.head_name} — ${h.address}`, selected: values.nomineeHouseholdId === h.id })),
        ratings: (Object.keys(PERFORMANCE_RATING_NAMES_VI) as (keyof typeof PERFORMANCE_RATING_NAMES_VI)[]).map((r) => ({
          value: r,
          label: PERFORMANCE_RATING_NAMES_VI[r],
          selected: values.rating === r,
        })),
        draft,
        fieldErrors: problemsByField(problems),
        error: model.error,
        notice: model.notice,
        errorList: problems.flatMap((p) => p.messages),
      },
      status,
    );
  }
}
