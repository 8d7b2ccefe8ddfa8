/** What the caller supplies to print the year-end summary report (báo cáo tổng kết phong trào thi đua). */
export interface SummaryReportModel {
  /** PDF title: 'Báo cáo tổng kết phong trào thi đua năm 2024'. */
  documentTitle: string;
  bodyNameUpper: string;
  /** Without "Số: ": '45/BC-UBND'; null leaves the number blank (draft). */
  numberText: string | null;
  placeName: string;
  dateText: string;
  /** Under "BÁO CÁO": 'Tổng kết phong trào thi đua năm 2024'. */
  subjectLine: string;
  /** Opening paragraphs (the plan it reports on, how the movements went). */
  introParagraphs: string[];
  targets: SummaryReportTarget[];
  /** Year-end evaluation, one sentence each: 'Đề nghị công nhận danh hiệu "Lao động tiên tiến" cho 10 cá nhân.' */
  evaluationParagraphs: string[];
  recipientsOfCopy: string[];
  signer: { authorityLine?: 'TM. ỦY BAN NHÂN DÂN' | 'KT. CHỦ TỊCH'; positionLine: 'CHỦ TỊCH' | 'PHÓ CHỦ TỊCH'; name: string };
  verificationUrl: string;
}

export interface SummaryReportTarget {
  name: string;
  /** '≥ 172 lao động' */
  targetText: string;
  targetValue: number;
  /** '90 lao động' or 'chưa có số liệu' */
  actualText: string;
  /** 0–100, null without reports. */
  percent: number | null;
  met: boolean | null;
  /** Current value of each reported period, in order: the chart's bars. */
  points: Array<{ label: string; value: number }>;
  forecast: number | null;
}
