import { AwardTitle } from '../awards/award-title';
import { ruleSetFor } from '../rules/rule-set';
import { assertRegistrableTitles, registrationCompleteness } from './registration';

const ruleSet = ruleSetFor('2024-02-15');

describe('assertRegistrableTitles', () => {
  it('accepts TTLĐTT for a unit and LĐTT, CSTĐCS for a person', () => {
    expect(() => assertRegistrableTitles('UNIT', [AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN], ruleSet)).not.toThrow();
    expect(() => assertRegistrableTitles('PERSON', [AwardTitle.LAO_DONG_TIEN_TIEN, AwardTitle.CHIEN_SI_THI_DUA_CO_SO], ruleSet)).not.toThrow();
  });

  it('refuses LĐTT for a unit, citing Luật TĐKT 2022, Điều 24', () => {
    expect(() => assertRegistrableTitles('UNIT', [AwardTitle.LAO_DONG_TIEN_TIEN], ruleSet)).toThrow(
      'Danh hiệu "Lao động tiên tiến" không xét tặng cho tập thể (Luật Thi đua, khen thưởng 2022, Điều 24).',
    );
  });

  it('refuses an empty registration', () => {
    expect(() => assertRegistrableTitles('PERSON', [], ruleSet)).toThrow('Cần đăng ký ít nhất một danh hiệu thi đua.');
  });
});

describe('registrationCompleteness', () => {
  const units = [
    { id: 'a', name: 'Trường Mầm non Ngô Quyền' },
    { id: 'b', name: 'Trạm Y tế phường Ngô Quyền' },
    { id: 'c', name: 'Tổ dân phố số 1' },
  ];
  const deadlineEnd = new Date('2024-02-29T16:59:59.999Z');

  it('lists the registered, the missing and the late', () => {
    const result = registrationCompleteness(
      units,
      [
        { registrantId: 'a', registeredAt: new Date('2024-02-20T02:00:00Z') },
        { registrantId: 'c', registeredAt: new Date('2024-03-02T02:00:00Z') },
        { registrantId: 'a', registeredAt: new Date('2024-03-05T02:00:00Z') },
      ],
      deadlineEnd,
    );
    expect(result.registered.map((u) => u.id)).toEqual(['a', 'c']);
    expect(result.missing.map((u) => u.id)).toEqual(['b']);
    expect(result.late.map((u) => u.id)).toEqual(['c']);
    expect(result.share).toBeCloseTo(2 / 3);
  });
});
