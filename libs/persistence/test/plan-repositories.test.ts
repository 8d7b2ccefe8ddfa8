import { randomUUID } from 'node:crypto';
import { DecisionRepository, DecisionSubjectKey, PlanEvaluationQueries, PlanRepository, ProposalRepository, type NewPlanTarget } from '../src';
import { useTestDatabase } from './test-database';
import { seedIsolatedWard } from '../../../test/support/stack';

type Ward = Awaited<ReturnType<typeof seedIsolatedWard>>;

const target = (ward: Ward, name: string): NewPlanTarget => ({
  name, unitOfMeasure: '%', targetValue: 95, comparison: 'GTE', valueKind: 'LEVEL', responsibleUnitId: ward.unitIds['mn-ngo-quyen']!, dataSource: 'Báo cáo đơn vị', reportingPeriod: 'QUARTER',
});

describe('PlanRepository', () => {
  const db = useTestDatabase(8);
  let ward: Ward;
  beforeAll(async () => {
    ward = await seedIsolatedWard(db);
  });

  const newPlan = (targets: NewPlanTarget[]) =>
    new PlanRepository(db).insertPlan(
      {
        bodyId: ward.bodyId, kind: 'YEAR', year: 2026, title: 'Phát động phong trào thi đua năm 2026', motto: 'Đoàn kết, sáng tạo', legalBases: ['Luật Thi đua, khen thưởng năm 2022'],
        movements: [{ title: 'Thi đua yêu nước', themes: ['Chuyển đổi số'] }], startsOn: '2026-01-01', endsOn: '2026-12-31', registrationDeadline: '2026-03-31',
        reportGraceDays: 10, createdBy: Object.values(ward.userIds)[0]!,
      },
      targets,
    );

  it('numbers a new plan’s targets 1, 2, … in the order given, and reads the plan back with its dates as written', async () => {
    const plans = new PlanRepository(db);
    const planId = await newPlan([target(ward, 'Tỷ lệ trẻ ra lớp'), target(ward, 'Tỷ lệ hộ gia đình văn hóa')]);
    const targets = await plans.listTargets(ward.bodyId, planId);
    expect(targets.map((t) => [t.ordinal, t.name, t.target_value])).toEqual([[1, 'Tỷ lệ trẻ ra lớp', '95'], [2, 'Tỷ lệ hộ gia đình văn hóa', '95']]);
    const plan = await plans.findPlan(ward.bodyId, planId);
    expect(plan).toMatchObject({ status: 'DRAFT', starts_on: '2026-01-01', registration_deadline: '2026-03-31', legal_bases: ['Luật Thi đua, khen thưởng năm 2022'], issued_on: null });
  });

  it('gives targets added at once distinct ordinals without gaps', async () => {
    const plans = new PlanRepository(db);
    const planId = await newPlan([target(ward, 'Chỉ tiêu đầu')]);
    await Promise.all(Array.from({ length: 8 }, (_, i) => plans.insertTarget(ward.bodyId, planId, target(ward, `Chỉ tiêu ${i + 2}`))));
    const ordinals = (await plans.listTargets(ward.bodyId, planId)).map((t) => t.ordinal);
    expect(ordinals).toEqual(Array.from({ length: 9 }, (_, i) => i + 1));
  });

  it('finds no plan of another body', async () => {
    const planId = await newPlan([]);
    await expect(new PlanRepository(db).findPlan('00000000-0000-0000-0000-000000000000', planId)).resolves.toBeNull();
  });
});

describe('PlanEvaluationQueries.awardCounts', () => {
  // A year no demo proposal has, so only this test's awards are counted.
  const YEAR = 2019;
  const db = useTestDatabase();
  let ward: Ward;
  beforeAll(async () => {
    ward = await seedIsolatedWard(db);
  });

  const submit = async (personName: string): Promise<string> => {
    const { id } = await new ProposalRepository(db).insertOnce(
      {
        bodyId: ward.bodyId, clientKey: randomUUID(), title: 'LAO_DONG_TIEN_TIEN', year: YEAR, ruleSetId: 'test', unitId: ward.unitIds['mn-ngo-quyen']!,
        nomineeKind: 'INDIVIDUAL', nomineeName: personName, nomineeUnitId: null, nomineePersonId: ward.personIds[personName]!, nomineeHouseholdId: null,
        achievement: 'Thành tích', submittedBy: Object.values(ward.userIds)[0]!, roundId: null, route: 'WARD_DECISION', procedure: 'STANDARD',
        secretBallot: false, recusedUserIds: [], achievementKey: null,
      },
      (proposalId) => ({ callKey: `start:proposal-${proposalId}`, kind: 'START', workflowId: `proposal-${proposalId}`, args: [] }),
    );
    return id;
  };
  const decide = async (subjectKey: string, sequence: number, proposalIds: string[]): Promise<void> => {
    const decisions = new DecisionRepository(db);
    const decisionId = await decisions.insert({
      bodyId: ward.bodyId, subjectKey, year: YEAR, symbol: 'QĐ-UBND', sequence, numberText: `0${sequence}/QĐ-UBND`, decisionDate: `${YEAR}-12-20`, signerUserId: Object.values(ward.userIds)[0]!,
    });
    await decisions.recordGrant(ward.bodyId, decisionId, proposalIds);
  };

  it('counts the awards whose proposal points at a decision, a round’s decision included, and no other', async () => {
    const people = Object.keys(ward.personIds);
    const [adHoc, inRound] = [await submit(people[0]!), await submit(people[1]!)];
    await submit(people[2]!);
    await decide(DecisionSubjectKey.ofProposal(adHoc), 1, [adHoc]);
    await decide(DecisionSubjectKey.ofRoundTitle(randomUUID(), 'LAO_DONG_TIEN_TIEN'), 2, [inRound]);
    const counts = await new PlanEvaluationQueries(db).awardCounts(ward.bodyId, YEAR);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(2);
    expect(counts.every((c) => c.year === YEAR && c.title === 'LAO_DONG_TIEN_TIEN')).toBe(true);
  });
});
