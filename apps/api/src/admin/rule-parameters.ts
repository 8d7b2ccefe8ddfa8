import type { RuleSetParams } from '@khenthuong/domain';

type ScalarKey = { [K in keyof RuleSetParams]: RuleSetParams[K] extends number | boolean ? K : never }[keyof RuleSetParams];

export interface RuleParameterInfo {
  key: ScalarKey;
  labelVi: string;
  /** `money`: a whole number of đồng, checked as an integer and shown as money. */
  kind: 'integer' | 'money' | 'ratio' | 'boolean';
  /** The source of the default, as rule-sets.ts records it. */
  noteVi: string;
  /** Unconfirmed, silent law or a local setting: a body may override. Confirmed ones are shown only. */
  configurable: boolean;
}

/**
 * The scalar parameters of RuleSetParams the pages show, with the status docs/legal.md gives each default
 * (see the comments in libs/domain/src/rules/rule-sets.ts). Structured ones (council thresholds, reward
 * coefficients, dossier papers) stay in code until someone confirms what a body may change there.
 */
export const RULE_PARAMETERS: readonly RuleParameterInfo[] = [
  { key: 'postingPeriodWorkingDays', labelVi: 'Thời gian niêm yết công khai (ngày làm việc)', kind: 'integer', noteVi: 'Chưa xác nhận: chưa tìm thấy thời hạn luật định cho danh hiệu cấp phường', configurable: true },
  { key: 'culturalTitlePostingDays', labelVi: 'Thời gian công khai danh hiệu văn hóa (ngày)', kind: 'integer', noteVi: 'Nghị định 86/2023; chưa xác nhận: ngày làm việc hay ngày lịch', configurable: true },
  { key: 'stateAwardPostingWorkingDays', labelVi: 'Công khai trước khi Hội đồng họp (khen thưởng cấp Nhà nước)', kind: 'integer', noteVi: 'Đã xác nhận: Nghị định 98/2023 Điều 46; Nghị định 152/2025 Điều 60 khoản 3', configurable: false },
  { key: 'decisionTimeLimitWorkingDays', labelVi: 'Thời hạn ra quyết định khi hồ sơ đầy đủ (ngày làm việc)', kind: 'integer', noteVi: 'Chưa xác nhận: thủ tục hành chính cấp phường đã công bố', configurable: true },
  { key: 'decisionTimeLimitWithConsultationWorkingDays', labelVi: 'Thời hạn ra quyết định khi cần hiệp y (ngày làm việc)', kind: 'integer', noteVi: 'Chưa xác nhận: thủ tục hành chính cấp phường đã công bố', configurable: true },
  { key: 'refusalNoticeWorkingDays', labelVi: 'Thời hạn thông báo không khen thưởng (ngày làm việc)', kind: 'integer', noteVi: 'Chưa xác nhận: thủ tục hành chính cấp phường đã công bố', configurable: true },
  { key: 'returnForPapersWorkingDays', labelVi: 'Thời hạn đơn vị bổ sung hồ sơ (ngày làm việc)', kind: 'integer', noteVi: 'Luật không quy định', configurable: true },
  { key: 'maxReturnsForSupplement', labelVi: 'Số lần được bổ sung hồ sơ', kind: 'integer', noteVi: 'Chưa xác nhận: "bổ sung một lần" theo thủ tục đã công bố', configurable: true },
  { key: 'cstdcsQuotaRatio', labelVi: 'Tỷ lệ Chiến sĩ thi đua cơ sở trên số Lao động tiên tiến', kind: 'ratio', noteVi: 'Đã xác nhận với Nghị định 91/2017; chưa xác nhận với Nghị định 98/2023 và 152/2025', configurable: true },
  { key: 'cstdcsAcceptsExcellentRating', labelVi: 'CSTĐCS chấp nhận "hoàn thành xuất sắc nhiệm vụ" thay sáng kiến', kind: 'boolean', noteVi: 'Chưa xác nhận: các nguồn không thống nhất', configurable: true },
  { key: 'ldttMinMonthsWorked', labelVi: 'Số tháng công tác tối thiểu để xét Lao động tiên tiến', kind: 'integer', noteVi: 'Thông tư 01/2024/TT-BNV: 6 tháng; chưa xác nhận với Thông tư 15/2025', configurable: true },
  { key: 'ldttCountsMaternityLeave', labelVi: 'Tính thời gian nghỉ thai sản là thời gian công tác', kind: 'boolean', noteVi: 'Chưa xác nhận', configurable: true },
  { key: 'ldttCountsShortTraining', labelVi: 'Tính thời gian đào tạo dưới một năm là thời gian công tác', kind: 'boolean', noteVi: 'Chưa xác nhận', configurable: true },
  { key: 'ldttExcludesDisciplined', labelVi: 'Không xét Lao động tiên tiến với người bị kỷ luật', kind: 'boolean', noteVi: 'Chưa xác nhận: mức kỷ luật loại trừ', configurable: true },
  { key: 'ttldttMinLdttShare', labelVi: 'Tập thể LĐTT: tỷ lệ thành viên đạt LĐTT phải vượt quá', kind: 'ratio', noteVi: 'Chưa xác nhận: luật cũ, "trên 50%"', configurable: true },
  { key: 'ttldttExcludesMemberWarning', labelVi: 'Tập thể LĐTT: không có thành viên bị kỷ luật từ cảnh cáo', kind: 'boolean', noteVi: 'Chưa xác nhận: luật cũ', configurable: true },
  { key: 'cstdCapTinhConsecutiveYears', labelVi: 'Số năm liên tục đạt CSTĐCS để xét CSTĐ cấp tỉnh', kind: 'integer', noteVi: 'Đã xác nhận (theo bình luận luật)', configurable: false },
  { key: 'cstdToanQuocConsecutiveYears', labelVi: 'Số lần liên tục đạt CSTĐ cấp tỉnh để xét CSTĐ toàn quốc', kind: 'integer', noteVi: 'Đã xác nhận (theo bình luận luật)', configurable: false },
  { key: 'rewardRoundingStepVnd', labelVi: 'Làm tròn tiền thưởng lên bội số (đồng)', kind: 'money', noteVi: 'Chưa xác nhận: Nghị định 91/2017 Điều 68 khoản 2 (đã hết hiệu lực)', configurable: true },
  { key: 'printLdttCertificate', labelVi: 'In giấy chứng nhận Lao động tiên tiến', kind: 'boolean', noteVi: 'Cài đặt của phường', configurable: true },
];

export const CONFIGURABLE_KEYS = RULE_PARAMETERS.filter((p) => p.configurable).map((p) => p.key);
