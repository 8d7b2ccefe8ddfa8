import { AwardTitle, formatVnd, rewardAmount, ruleSetFor, vndInWords } from '@khenthuong/domain';
import { buildDecisionModel } from './decision-model.builder';
import { buildRoundDecisionModel } from './round-decision.builder';

const body = { code: 'ngo-quyen', name: 'Ủy ban nhân dân phường Ngô Quyền', headerName: 'PHƯỜNG NGÔ QUYỀN', placeName: 'Ngô Quyền' };
const decision = { id: 'd-1', numberText: '07/QĐ-UBND', decisionDate: '2026-12-15', createdAt: new Date('2026-12-15T02:00:00Z') };
const chairman = { displayName: 'Nguyễn Văn Hùng', roles: ['CHAIRMAN'] };
const vice = { displayName: 'Trần Thị Lan', roles: ['VICE_CHAIRMAN'] };
const paid = (kind: 'INDIVIDUAL' | 'COLLECTIVE') =>
  rewardAmount(AwardTitle.GIAY_KHEN_DOT_XUAT, decision.decisionDate, ruleSetFor(decision.decisionDate), { recipientKind: kind })!;

describe('decision models: money by who receives it (Nghị định 98/2023 Điều 54) and the signature block', () => {
  it('pays an ad-hoc Giấy khen to a collective at the collective coefficient', () => {
    const { model, amountVnd } = buildDecisionModel({
      body,
      decision,
      signer: vice,
      publicBaseUrl: 'https://khenthuong.example.vn/',
      proposal: { title: AwardTitle.GIAY_KHEN_DOT_XUAT, year: 2026, nomineeName: 'Tổ dân phố số 3', nomineeKind: 'COLLECTIVE', achievement: 'Cứu hộ kịp thời trong bão số 3.', unitName: 'Tổ dân phố số 3' },
    });
    expect(paid('COLLECTIVE').amountVnd).toBeGreaterThan(paid('INDIVIDUAL').amountVnd);
    expect(amountVnd).toBe(paid('COLLECTIVE').amountVnd);
    expect(model.reward?.totalInWords).toBe(vndInWords(paid('COLLECTIVE').amountVnd));
    expect(model.signer).toEqual({ authorityLine: 'KT. CHỦ TỊCH', positionLine: 'PHÓ CHỦ TỊCH', name: 'Trần Thị Lan' });
    expect(model.verificationUrl).toBe('https://khenthuong.example.vn/xac-thuc/d-1');
  });

  it('lists each awardee of a mixed round list at its own amount, the total their sum', () => {
    const { model, amountVnd } = buildRoundDecisionModel({
      body,
      decision,
      signer: chairman,
      publicBaseUrl: 'https://khenthuong.example.vn',
      title: AwardTitle.GIAY_KHEN_DOT_XUAT,
      round: { name: 'đợt thi đua phòng, chống bão số 3', year: 2026 },
      awardees: [
        { nomineeName: 'Nguyễn Văn An', nomineeKind: 'INDIVIDUAL', unitName: 'Tổ dân phố số 1' },
        { nomineeName: 'Tổ dân phố số 3', nomineeKind: 'COLLECTIVE', unitName: 'Tổ dân phố số 3' },
      ],
    });
    const total = paid('INDIVIDUAL').amountVnd + paid('COLLECTIVE').amountVnd;
    expect(amountVnd).toBe(total);
    expect(model.awardees.map((a) => a.amountText)).toEqual([formatVnd(paid('INDIVIDUAL').amountVnd), formatVnd(paid('COLLECTIVE').amountVnd)]);
    expect(model.reward).toMatchObject({ totalAmountText: formatVnd(total), basisText: expect.stringContaining('theo danh sách kèm theo') });
    expect(model.signer).toEqual({ positionLine: 'CHỦ TỊCH', name: 'Nguyễn Văn Hùng' });
  });

  it('round decision: Điều 1 speaks of the movement, not the round\'s name, and "Nơi nhận" names the executing article', () => {
    const { model } = buildRoundDecisionModel({
      body,
      decision,
      signer: chairman,
      publicBaseUrl: 'https://khenthuong.example.vn',
      title: AwardTitle.TAP_THE_LAO_DONG_TIEN_TIEN,
      round: { name: 'Khen thưởng tổng kết năm 2026', year: 2026 },
      awardees: [{ nomineeName: 'Trường Mầm non Ngô Quyền', nomineeKind: 'COLLECTIVE', unitName: 'Trường Mầm non Ngô Quyền' }],
    });
    expect(model.achievementText).toBe('đã có thành tích xuất sắc trong phong trào thi đua năm 2026');
    expect(model.reward).toBeDefined();
    // Điều 1 grant, Điều 2 money, Điều 3 effect, Điều 4 who carries it out.
    expect(model.recipientsOfCopy).toEqual(['Như Điều 4;', 'Lưu: VT, VP.']);
  });

  it('single decision: "Nơi nhận" names the executing article too', () => {
    const { model } = buildDecisionModel({
      body,
      decision,
      signer: chairman,
      publicBaseUrl: 'https://khenthuong.example.vn',
      proposal: { title: AwardTitle.LAO_DONG_TIEN_TIEN, year: 2026, nomineeName: 'Nguyễn Văn An', nomineeKind: 'INDIVIDUAL', achievement: 'Hoàn thành tốt nhiệm vụ.', unitName: 'Văn phòng - Thống kê' },
    });
    expect(model.recipientsOfCopy).toEqual([model.reward ? 'Như Điều 4;' : 'Như Điều 3;', 'Lưu: VT, VP.']);
  });
});
