import * as domain from '@khenthuong/domain';

describe('@khenthuong/domain (barrel)', () => {
  it.each([
    'vietnamDateOf',
    'solarToLunar',
    'lunarToSolar',
    'VIETNAM_CALENDAR_DATA',
    'WorkingDayCalendar',
    'AwardTitle',
    'ruleSetFor',
    'awardDefinition',
    'isWithinWardAuthority',
    'tallyCouncilVotes',
    'hasQuorum',
    'rewardAmount',
    'baseSalaryOn',
    'vndInWords',
    'formatVnd',
    'formatDocumentNumber',
    'formatVietnameseDate',
    'formatPlaceAndDate',
    'normalizeName',
    'searchKey',
    'compareVietnamese',
    'DomainErrorCode',
    'DomainError',
    'checkEligibility',
    'cstdcsQuota',
  ])('exports %s', (name) => {
    expect((domain as Record<string, unknown>)[name]).toBeDefined();
  });

  it('runs the issue example end to end: TTLĐTT 0.8 × 2,340,000 = 1,872,000 → 1,880,000', () => {
    const rs = domain.ruleSetFor('2025-12-20');
    const money = domain.rewardAmount(domain.AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN, '2025-12-20', rs);
    expect(money?.amountVnd).toBe(1_880_000);
    expect(domain.formatVnd(money?.amountVnd ?? 0)).toBe('1.880.000');
    expect(domain.vndInWords(1_872_000)).toBe('Một triệu tám trăm bảy mươi hai nghìn đồng');
  });
});
