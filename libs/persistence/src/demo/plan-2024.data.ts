import type { EntityManager } from 'typeorm';
import type { PlanMovement } from '../entities/plan.entity';

/** A target as the seed plan states it; the responsible unit by its demo unit code. */
export interface DemoPlanTarget {
  name: string;
  unitOfMeasure: string;
  targetValue: number;
  comparison: 'GTE' | 'LTE' | 'LT' | 'GT' | 'EQ';
  valueKind: 'CUMULATIVE' | 'LEVEL';
  unitCode: string;
  dataSource: string;
  reportingPeriod: 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR';
}

/**
 * The 2024 plan of phường Ngô Quyền (shared/seed/ke-hoach-thi-dua-2024-phuong-ngo-quyen.txt, II.2).
 * The seed lists 16 bullets; BHYT and BHXH are two measures with different units, hence 17 targets.
 * The last bullet stays one target (staff completing duties); its CSTĐCS and TTLĐTT parts are what
 * the year-end evaluation itself decides. Units of measure, value kinds, data sources, reporting
 * periods and the registration deadline are not in the seed: chosen for the demo.
 */
export const DEMO_PLAN_2024 = {
  kind: 'YEAR' as const,
  year: 2024,
  title: 'Phát động các phong trào thi đua năm 2024',
  motto: 'Rõ việc, quyết liệt, linh hoạt, về đích',
  legalBases: [
    'Căn cứ Kế hoạch số 24/KH-UBND ngày 26/01/2024 của Chủ tịch UBND thành phố Bắc Giang về phát động các phong trào thi đua năm 2024;',
    'Căn cứ Nghị quyết số 38/NQ-HĐND ngày 20/12/2023 của HĐND phường Ngô Quyền về nhiệm vụ phát triển kinh tế - xã hội phường Ngô Quyền năm 2024;',
  ],
  movements: [
    { title: 'Thi đua thực hiện thắng lợi nhiệm vụ chính trị trọng tâm năm 2024', themes: ['Hoàn thành 100% nhiệm vụ trọng tâm, các chỉ tiêu kinh tế - xã hội năm 2024'] },
    { title: 'Thi đua phát triển kinh tế nhanh, bền vững', themes: ['Kinh tế số, kinh tế xanh, kinh tế tuần hoàn', 'Đẩy nhanh tiến độ các dự án'] },
    { title: 'Thi đua xây dựng đô thị văn minh kiểu mẫu', themes: ['Hoàn thành bồi thường GPMB', 'Phong trào "Ngày Chủ Nhật xanh"'] },
    { title: 'Thi đua trên các lĩnh vực văn hóa - xã hội', themes: ['"Toàn dân đoàn kết xây dựng đời sống văn hóa"', 'Phát triển đối tượng tham gia BHXH, BHYT'] },
    { title: 'Thi đua cải cách hành chính gắn với xây dựng chính quyền thân thiện', themes: ['Chuyển đổi số, chính quyền điện tử, chính quyền số'] },
    { title: 'Thi đua bảo đảm quốc phòng, an ninh', themes: ['"Toàn dân bảo vệ an ninh Tổ quốc"', 'Hoàn thành công tác tuyển quân năm 2024'] },
    { title: 'Thi đua xây dựng hệ thống chính trị vững mạnh', themes: ['Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'] },
    { title: 'Thi đua lập thành tích chào mừng các ngày lễ lớn', themes: ['94 năm thành lập Đảng', '70 năm Chiến thắng Điện Biên Phủ', '80 năm thành lập Quân đội nhân dân Việt Nam'] },
  ] satisfies PlanMovement[],
  startsOn: '2024-01-01',
  endsOn: '2024-12-31',
  registrationDeadline: '2024-03-15',
  reportGraceDays: 10,
  targets: [
    { name: 'Hoàn thành chỉ tiêu thu ngân sách năm 2024', unitOfMeasure: '% dự toán', targetValue: 100, comparison: 'GTE', valueKind: 'CUMULATIVE', unitCode: 'vp-tk', dataSource: 'Báo cáo thu, chi ngân sách phường', reportingPeriod: 'QUARTER' },
    { name: 'Hoàn thành công tác sáp nhập địa giới hành chính theo Đề án sắp xếp đơn vị hành chính', unitOfMeasure: '% khối lượng', targetValue: 100, comparison: 'GTE', valueKind: 'LEVEL', unitCode: 'vp-tk', dataSource: 'Báo cáo tiến độ thực hiện Đề án sắp xếp đơn vị hành chính', reportingPeriod: 'QUARTER' },
    { name: 'Hoàn thành GPMB dự án hồ điều hoà và khuôn viên cây xanh đường Xương Giang', unitOfMeasure: '% diện tích', targetValue: 100, comparison: 'GTE', valueKind: 'LEVEL', unitCode: 'dc-xd', dataSource: 'Báo cáo tiến độ GPMB của Bộ phận Địa chính - Xây dựng', reportingPeriod: 'QUARTER' },
    { name: 'Giữ vững trường đạt chuẩn quốc gia', unitOfMeasure: 'trường', targetValue: 3, comparison: 'GTE', valueKind: 'LEVEL', unitCode: 'vh-xh', dataSource: 'Quyết định công nhận trường đạt chuẩn quốc gia', reportingPeriod: 'HALF_YEAR' },
    { name: 'Giữ vững phường đạt chuẩn quốc gia về y tế', unitOfMeasure: '% tiêu chí đạt', targetValue: 100, comparison: 'GTE', valueKind: 'LEVEL', unitCode: 'tram-y-te', dataSource: 'Tự đánh giá Bộ tiêu chí quốc gia về y tế xã', reportingPeriod: 'HALF_YEAR' },
    { name: 'Duy trì phường đạt chuẩn văn minh đô thị; cơ quan phường đạt chuẩn văn hóa', unitOfMeasure: '% tiêu chí đạt', targetValue: 100, comparison: 'GTE', valueKind: 'LEVEL', unitCode: 'vh-xh', dataSource: 'Kết quả đánh giá tiêu chí văn minh đô thị', reportingPeriod: 'YEAR' },
    { name: 'Tỷ lệ gia đình văn hoá', unitOfMeasure: '%', targetValue: 98, comparison: 'GTE', valueKind: 'LEVEL', unitCode: 'vh-xh', dataSource: 'Kết quả bình xét gia đình văn hóa của các tổ dân phố', reportingPeriod: 'YEAR' },
    { name: 'Tỷ lệ tổ dân phố đạt danh hiệu văn hoá', unitOfMeasure: '%', targetValue: 80, comparison: 'GTE', valueKind: 'LEVEL', unitCode: 'vh-xh', dataSource: 'Kết quả bình xét tổ dân phố văn hóa', reportingPeriod: 'YEAR' },
    { name: 'Giải quyết việc làm mới', unitOfMeasure: 'lao động', targetValue: 172, comparison: 'GTE', valueKind: 'CUMULATIVE', unitCode: 'vh-xh', dataSource: 'Báo cáo của công chức Lao động - Thương binh và Xã hội', reportingPeriod: 'QUARTER' },
    { name: 'Tỷ lệ hộ nghèo', unitOfMeasure: '%', targetValue: 0.08, comparison: 'LT', valueKind: 'LEVEL', unitCode: 'vh-xh', dataSource: 'Kết quả rà soát hộ nghèo, hộ cận nghèo', reportingPeriod: 'HALF_YEAR' },
    { name: 'Tỷ lệ tham gia BHYT toàn dân', unitOfMeasure: '%', targetValue: 99.7, comparison: 'GTE', valueKind: 'LEVEL', unitCode: 'tram-y-te', dataSource: 'Số liệu của Bảo hiểm xã hội thành phố', reportingPeriod: 'QUARTER' },
    { name: 'Hoàn thành chỉ tiêu BHXH thành phố giao', unitOfMeasure: 'người', targetValue: 269, comparison: 'GTE', valueKind: 'CUMULATIVE', unitCode: 'vh-xh', dataSource: 'Số liệu của Bảo hiểm xã hội thành phố', reportingPeriod: 'QUARTER' },
    { name: 'Tỷ lệ phát triển dân số tự nhiên', unitOfMeasure: '%', targetValue: 0.05, comparison: 'LT', valueKind: 'LEVEL', unitCode: 'tram-y-te', dataSource: 'Báo cáo dân số - kế hoạch hóa gia đình', reportingPeriod: 'YEAR' },
    { name: 'Phường đạt chuẩn "Chính quyền thân thiện"', unitOfMeasure: 'sao', targetValue: 4, comparison: 'GTE', valueKind: 'LEVEL', unitCode: 'vp-tk', dataSource: 'Kết quả đánh giá tiêu chí "Chính quyền thân thiện"', reportingPeriod: 'YEAR' },
    { name: 'Giải quyết đơn thư và thực hiện các quyết định, kết luận', unitOfMeasure: '%', targetValue: 100, comparison: 'GTE', valueKind: 'LEVEL', unitCode: 'vp-tk', dataSource: 'Sổ theo dõi tiếp công dân, giải quyết đơn thư', reportingPeriod: 'QUARTER' },
    { name: 'Giữ vững ổn định an ninh chính trị; hoàn thành xuất sắc nhiệm vụ Quốc phòng và An ninh', unitOfMeasure: '% nhiệm vụ', targetValue: 100, comparison: 'GTE', valueKind: 'LEVEL', unitCode: 'cong-an', dataSource: 'Báo cáo của Công an phường và Ban Chỉ huy Quân sự phường', reportingPeriod: 'HALF_YEAR' },
    {
      name: 'Cán bộ, công chức, người lao động hoàn thành nhiệm vụ trở lên (01 đến 02 đạt Chiến sĩ thi đua cơ sở; cơ quan phường đạt "Tập thể lao động tiên tiến" trở lên)',
      unitOfMeasure: '%',
      targetValue: 100,
      comparison: 'GTE',
      valueKind: 'LEVEL',
      unitCode: 'lanh-dao',
      dataSource: 'Kết quả đánh giá, xếp loại cán bộ, công chức cuối năm',
      reportingPeriod: 'YEAR',
    },
  ] satisfies DemoPlanTarget[],
};

/** Inserts the 2024 plan once per body (found again by year, kind and title); returns its id. */
export async function loadDemoPlan2024(tx: EntityManager, bodyId: string, unitIds: Record<string, string>, createdBy: string, placeName = 'Ngô Quyền'): Promise<string> {
  const p = DEMO_PLAN_2024;
  const [found] = await tx.query(`SELECT id FROM plan WHERE body_id = $1 AND year = $2 AND kind = $3 AND title = $4`, [bodyId, p.year, p.kind, p.title]);
  if (found) return found.id as string;
  const [plan] = await tx.query(
    `INSERT INTO plan (body_id, kind, year, title, motto, legal_bases, movements, starts_on, ends_on, registration_deadline, report_grace_days, status, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'DRAFT', $12) RETURNING id`,
    [bodyId, p.kind, p.year, p.title, p.motto, p.legalBases.map((basis) => basis.replaceAll('Ngô Quyền', placeName)), JSON.stringify(p.movements), p.startsOn, p.endsOn, p.registrationDeadline, p.reportGraceDays, createdBy],
  );
  for (const [i, t] of p.targets.entries()) {
    await tx.query(
      `INSERT INTO plan_target (body_id, plan_id, ordinal, name, unit_of_measure, target_value, comparison, value_kind, responsible_unit_id, data_source, reporting_period)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [bodyId, plan.id, i + 1, t.name, t.unitOfMeasure, t.targetValue, t.comparison, t.valueKind, unitIds[t.unitCode], t.dataSource, t.reportingPeriod],
    );
  }
  return plan.id as string;
}
