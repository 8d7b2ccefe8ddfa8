import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AwardTitle, PERFORMANCE_RATING_NAMES_VI, ruleSetFor, yearEndCandidates, type AwardHistoryEntry, type Candidate, type YearEndCandidates } from '@khenthuong/domain';
import { PlanEvaluationQueries, RoundRepository, UnitRepository } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { awardTitleName } from '../common/labels';
import { ProposalService } from '../proposals/proposal.service';
import { PlanProgressService } from './plan-progress.service';
import { PlanRatingsService } from './plan-ratings.service';
import { PlanService } from './plan.service';

export interface CandidateView {
  title: AwardTitle;
  titleName: string;
  kind: 'PERSON' | 'UNIT';
  id: string;
  name: string;
  unitId: string;
  /** The deterministic key its proposal is (or will be) submitted under. */
  clientKey: string;
  proposalId: string | null;
  /** CSTĐCS: consecutive years of the title, this one included, counting every source of the register. */
  consecutiveYears: number | null;
}

export interface CandidatesView {
  year: number;
  ruleSetId: string;
  ldtt: CandidateView[];
  cstdcs: CandidateView[];
  cstdcsOverQuota: CandidateView[];
  cstdcsLimit: number;
  ttldtt: CandidateView[];
  notEligible: Array<{ title: AwardTitle; titleName: string; kind: 'PERSON' | 'UNIT'; id: string; name: string; reasons: string[] }>;
  /** Already hold the title for the year in the register (any source): not suggested again. */
  alreadyAwarded: Array<{ title: AwardTitle; titleName: string; kind: 'PERSON' | 'UNIT'; id: string; name: string }>;
}

export interface AwardStatisticsRow {
  year: number;
  title: string;
  titleName: string;
  unitName: string;
  /** 'NAM', 'NU', 'KHONG_RO' for people; 'TAP_THE' for collectives. */
  gender: string;
  count: number;
}

/** The same plan, title and recipient always give the same key: repeating the step creates nothing. */
export const candidateClientKey = (planId: string, c: Pick<Candidate, 'title' | 'id'>): string =>
  `plan-${createHash('sha256').update(`${planId}|${c.title}|${c.id}`).digest('hex').slice(0, 40)}`;

/** Year-end evaluation: candidates from ratings and results, proposals from candidates, award statistics. */
@Injectable()
export class PlanEvaluationService {
  constructor(
    private readonly queries: PlanEvaluationQueries,
    private readonly rounds: RoundRepository,
    private readonly units: UnitRepository,
    private readonly planService: PlanService,
    private readonly progress: PlanProgressService,
    private readonly ratings: PlanRatingsService,
    private readonly proposals: ProposalService,
  ) {}

  async candidates(actor: RequestActor, planId: string): Promise<CandidatesView> {
    const { plan, result, ruleSetId } = await this.evaluate(actor, planId);
    const all = [...result.ldtt, ...result.cstdcs, ...result.cstdcsOverQuota, ...result.ttldtt];
    const keys = all.map((c) => candidateClientKey(planId, c));
    const proposalOf = await this.queries.proposalIdsByClientKey(actor.bodyId, keys);
    const view = (c: Candidate): CandidateView => {
      const clientKey = candidateClientKey(planId, c);
      return {
        title: c.title,
        titleName: awardTitleName(c.title, plan.year),
        kind: c.kind,
        id: c.id,
        name: c.name,
        unitId: c.unitId,
        clientKey,
        proposalId: proposalOf.get(clientKey) ?? null,
        consecutiveYears: c.consecutiveYears ?? null,
      };
    };
    return {
      year: plan.year,
      ruleSetId,
      ldtt: result.ldtt.map(view),
      cstdcs: result.cstdcs.map(view),
      cstdcsOverQuota: result.cstdcsOverQuota.map(view),
      cstdcsLimit: result.cstdcsLimit,
      ttldtt: result.ttldtt.map(view),
      notEligible: result.notEligible.map((n) => ({ title: n.title, titleName: awardTitleName(n.title, plan.year), kind: n.kind, id: n.id, name: n.name, reasons: n.refusals.map((r) => r.messageVi) })),
      alreadyAwarded: result.alreadyAwarded.map((a) => ({ title: a.title, titleName: awardTitleName(a.title, plan.year), kind: a.kind, id: a.id, name: a.name })),
    };
  }

  /**
   * Submits one proposal per candidate within the quota (LĐTT, CSTĐCS, TTLĐTT) through the
   * ordinary nomination, as the officer acting for the candidate's unit; the key per candidate makes
   * a repeat return the existing proposals.
   */
  async createProposals(
    actor: RequestActor,
    planId: string,
    roundId?: string,
  ): Promise<{ created: number; existing: number; roundId: string | null; proposals: Array<{ proposalId: string; title: string; name: string; created: boolean }> }> {
    const { plan, result } = await this.evaluate(actor, planId);
    if (roundId) await this.assertRoundOfYear(actor, roundId, plan.year);
    const out: Array<{ proposalId: string; title: string; name: string; created: boolean }> = [];
    for (const c of [...result.ldtt, ...result.cstdcs, ...result.ttldtt]) {
      const individual = c.kind === 'PERSON';
      const { proposal, created } = await this.proposals.submit(
        // The nominating unit of a proposal is the submitter's unit: the officer submits for the candidate's.
        { ...actor, unitId: c.unitId },
        {
          clientKey: candidateClientKey(planId, c),
          title: c.title,
          year: plan.year,
          nomineeName: c.name,
          ...(individual ? { nomineePersonId: c.id } : { nomineeUnitId: c.id }),
          achievement: achievementText(c, plan.year, plan.title),
          ...(c.collectiveFacts ? { facts: c.collectiveFacts } : {}),
          ...(roundId ? { roundId } : {}),
        },
      );
      out.push({ proposalId: proposal.id, title: c.title, name: c.name, created });
    }
    return { created: out.filter((p) => p.created).length, existing: out.filter((p) => !p.created).length, roundId: roundId ?? null, proposals: out };
  }

  /** Open rounds (still taking nominations) of the plan's year: where the candidates' proposals may go. */
  async openRounds(actor: RequestActor, year: number): Promise<Array<{ id: string; name: string; nominationDeadline: string }>> {
    const rows = await this.rounds.nominatingOfYear(actor.bodyId, year);
    return rows.map((r) => ({ id: r.id, name: r.name, nominationDeadline: r.nomination_deadline }));
  }

  /** A round of another year would put the year's awards in the wrong decision; a closed one is refused by the nomination itself. */
  private async assertRoundOfYear(actor: RequestActor, roundId: string, year: number): Promise<void> {
    const round = await this.rounds.findInBody(roundId, actor.bodyId);
    if (!round) throw new ApiError(ApiErrorCode.NOT_FOUND, `round ${roundId} not in body`);
    if (round.year !== year) {
      throw new ApiError(ApiErrorCode.VALIDATION_FAILED, `round of ${round.year} for plan of ${year}`, [{ field: 'roundId', messages: [`Đợt khen thưởng phải cùng năm ${year} với kế hoạch.`] }]);
    }
  }

  /** Awards decided (a numbered decision exists) by year, title, unit and gender. */
  async statistics(actor: RequestActor, year: number | undefined): Promise<{ rows: AwardStatisticsRow[]; byTitle: Record<string, number>; byGender: Record<string, number>; total: number }> {
    const rows = await this.queries.awardCounts(actor.bodyId, year);
    const out = rows.map((r) => ({ ...r, titleName: awardTitleName(r.title, r.year) }));
    const sum = (key: (r: AwardStatisticsRow) => string) => out.reduce<Record<string, number>>((acc, r) => ({ ...acc, [key(r)]: (acc[key(r)] ?? 0) + r.count }), {});
    return { rows: out, byTitle: sum((r) => r.titleName), byGender: sum((r) => r.gender), total: out.reduce((n, r) => n + r.count, 0) };
  }

  private async evaluate(actor: RequestActor, planId: string): Promise<{ plan: { year: number; title: string }; result: YearEndCandidates; ruleSetId: string }> {
    const plan = await this.planService.plan(actor, planId);
    // Judged by the rules of the emulation year's end; the plan's results as of today.
    const ruleSet = ruleSetFor(`${plan.year}-12-31`);
    const [ratings, overview, units] = await Promise.all([
      this.ratings.ratingsOfYear(actor.bodyId, plan.year),
      this.progress.overview(actor, planId, undefined),
      this.units.listByCode(actor.bodyId),
    ]);
    const unitResults = units
      .map((u) => {
        const own = overview.targets.filter((t) => t.responsibleUnitId === u.id);
        return { unitId: u.id, name: u.name, targetCount: own.length, targetsMet: own.filter((t) => t.met === true).length };
      })
      .filter((u) => u.targetCount > 0);
    const histories = await this.registerHistories(actor.bodyId, planId, plan.year, ratings.map((r) => r.personId), unitResults.map((u) => u.unitId));
    const result = yearEndCandidates({
      year: plan.year,
      ruleSet,
      staff: ratings.map((r) => ({
        personId: r.personId,
        fullName: r.fullName,
        unitId: r.unitId,
        rating: r.rating,
        monthsWorked: r.monthsWorked,
        initiativeRecognised: r.initiativeRecognised,
        disciplined: r.disciplined,
        awardHistory: histories.get(r.personId) ?? [],
      })),
      units: unitResults.map((u) => ({ ...u, awardHistory: histories.get(u.unitId) ?? [] })),
    });
    return { plan, result, ruleSetId: ruleSet.id };
  }

  /**
   * Each recipient's awards in the register (decided here, by a higher level or imported) over the
   * last ten years, keyed by person or unit id. The plan's own candidate proposals are left out: once
   * decided they stay listed as the candidates they came from, with their proposal.
   */
  private async registerHistories(bodyId: string, planId: string, year: number, personIds: string[], unitIds: string[]): Promise<Map<string, AwardHistoryEntry[]>> {
    const ownKeys = [
      ...personIds.flatMap((id) => [AwardTitle.LAO_DONG_TIEN_TIEN, AwardTitle.CHIEN_SI_THI_DUA_CO_SO].map((title) => candidateClientKey(planId, { title, id }))),
      ...unitIds.map((id) => candidateClientKey(planId, { title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, id })),
    ];
    const rows = await this.queries.registerHistories({ bodyId, fromYear: year - 10, toYear: year, personIds, unitIds, exceptClientKeys: ownKeys });
    const out = new Map<string, AwardHistoryEntry[]>();
    for (const r of rows) out.set(r.recipientId, [...(out.get(r.recipientId) ?? []), { title: r.title as AwardTitle, year: r.year }]);
    return out;
  }
}

function achievementText(c: Candidate, year: number, planTitle: string): string {
  if (c.kind === 'UNIT') return `Hoàn thành toàn bộ chỉ tiêu được giao năm ${year} theo Kế hoạch "${planTitle}".`;
  const basis = c.title === AwardTitle.CHIEN_SI_THI_DUA_CO_SO ? 'đạt "Lao động tiên tiến" và có sáng kiến được công nhận' : `được đánh giá từ "${PERFORMANCE_RATING_NAMES_VI.HTTNV}" trở lên`;
  return `Năm ${year} ${basis}, theo kết quả đánh giá, xếp loại cuối năm.`;
}
