import type { DecisionAwardee, DecisionDocumentModel } from '../src';

/** A name with every tone mark (ngang, huyền, sắc, hỏi, ngã, nặng) and Đ. */
export const LONG_NAME = 'Đoàn Nguyễn Thị Huỳnh Ánh Tuyết Phượng Thủy';

const LEGAL_BASES = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
  'Căn cứ Quyết định số 25/2025/QĐ-UBND ngày 01 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh ban hành Quy chế công tác thi đua, khen thưởng;',
  'Căn cứ Kế hoạch số 12/KH-UBND ngày 05 tháng 02 năm 2026 của Ủy ban nhân dân phường Ngô Quyền về phát động phong trào thi đua năm 2026;',
];

/** Giấy khen for one person, named in Điều 1, with money. */
export function singleAwardeeDecision(overrides: Partial<DecisionDocumentModel> = {}): DecisionDocumentModel {
  return {
    documentTitle: 'Quyết định 01/QĐ-UBND tặng Giấy khen',
    bodyNameUpper: 'PHƯỜNG NGÔ QUYỀN',
    bodyName: 'phường Ngô Quyền',
    numberText: '01/QĐ-UBND',
    placeName: 'Ngô Quyền',
    dateText: 'ngày 26 tháng 11 năm 2026',
    subjectLine: 'Về việc tặng Giấy khen cho cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2026',
    legalBases: LEGAL_BASES,
    proposalBasis:
      'Xét đề nghị của Hội đồng Thi đua - Khen thưởng phường tại Tờ trình số 05/TTr-HĐTĐKT ngày 20 tháng 11 năm 2026.',
    awardeeListing: 'inline',
    grantText: 'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường cho',
    achievementText: 'đã có thành tích xuất sắc trong phong trào thi đua năm 2026',
    awardees: [{ honorific: 'Bà', name: LONG_NAME, positionAndUnit: 'Tổ trưởng Tổ dân phố số 3', amountText: '351.000' }],
    reward: {
      basisText: 'Cá nhân được tặng Giấy khen kèm theo tiền thưởng 351.000 đồng (0,15 × mức lương cơ sở).',
      totalAmountText: '351.000',
      totalInWords: 'Ba trăm năm mươi mốt nghìn đồng',
      fundClause: 'Kinh phí khen thưởng trích từ Quỹ thi đua, khen thưởng của phường năm 2026.',
    },
    executionText:
      'Công chức Văn phòng - Thống kê, Tổ dân phố số 3 và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    recipientsOfCopy: ['Như Điều 4;', 'Hội đồng TĐKT phường;', 'Lưu: VT, VP.'],
    signer: { authorityLine: 'TM. ỦY BAN NHÂN DÂN', positionLine: 'CHỦ TỊCH', name: 'Trần Văn Bình' },
    verificationUrl: 'https://khenthuong.ngoquyen.example.vn/verify/3f1c2a9b7e5d4c3b2a190817161514131211100f0e0d0c0b0a09080706050403',
    ...overrides,
  };
}

const UNITS = ['Tổ dân phố số 1', 'Tổ dân phố số 2', 'Trường Tiểu học Ngô Quyền', 'Trạm Y tế phường', 'Hội Liên hiệp Phụ nữ phường'];

export function annexAwardees(count: number): DecisionAwardee[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `Tập thể số ${index + 1}`,
    positionAndUnit: UNITS[index % UNITS.length] as string,
    amountText: '3.540.000',
    note: index % 7 === 0 ? 'Đột xuất' : '',
  }));
}

/** Decision with the awardees in the annex, `count` rows at 3.540.000 đồng each. */
export function annexDecision(count: number, overrides: Partial<DecisionDocumentModel> = {}): DecisionDocumentModel {
  return singleAwardeeDecision({
    documentTitle: 'Quyết định 01/QĐ-UBND tặng danh hiệu Tập thể lao động tiên tiến năm 2026',
    subjectLine: 'Về việc tặng danh hiệu "Tập thể lao động tiên tiến" năm 2026',
    executionText:
      'Công chức Văn phòng - Thống kê, Thủ trưởng các đơn vị và các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    awardeeListing: 'annex',
    grantText: `Tặng danh hiệu "Tập thể lao động tiên tiến" năm 2026 cho ${count} tập thể`,
    awardees: annexAwardees(count),
    reward: {
      basisText: 'Mỗi tập thể được tặng danh hiệu kèm theo tiền thưởng 3.540.000 đồng (1,5 × mức lương cơ sở).',
      totalAmountText: '212.400.000',
      totalInWords: 'Hai trăm mười hai triệu bốn trăm nghìn đồng',
      fundClause: 'Kinh phí khen thưởng trích từ Quỹ thi đua, khen thưởng của phường năm 2026.',
    },
    annexTitle: 'DANH SÁCH TẬP THỂ ĐƯỢC TẶNG DANH HIỆU "TẬP THỂ LAO ĐỘNG TIÊN TIẾN" NĂM 2026',
    ...overrides,
  });
}
