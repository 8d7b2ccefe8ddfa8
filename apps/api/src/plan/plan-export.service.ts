import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { RequestActor } from '../auth/actor';
import { PlanEvaluationService } from './plan-evaluation.service';
import { PlanProgressService } from './plan-progress.service';
import { PlanRatingsService, RATINGS_COLUMNS } from './plan-ratings.service';
import { PlanService } from './plan.service';

type Cell = string | number | null;

const GENDER_VI: Readonly<Record<string, string>> = { NAM: 'Nam', NU: 'Nữ', KHONG_RO: 'Không rõ', TAP_THE: 'Tập thể' };
const yesNo = (b: boolean | null): string => (b === null ? '' : b ? 'Có' : 'Không');

function addSheet(workbook: ExcelJS.Workbook, name: string, heading: readonly string[], rows: Cell[][]): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([...heading]).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(60, Math.max(8, ...[heading[i] ?? '', ...rows.map((r) => String(r[i] ?? ''))].map((v) => v.length + 2)));
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** Every list of the plan as Excel workbooks (exceljs), headings in Vietnamese. */
@Injectable()
export class PlanExportService {
  constructor(
    private readonly planService: PlanService,
    private readonly progress: PlanProgressService,
    private readonly ratings: PlanRatingsService,
    private readonly evaluation: PlanEvaluationService,
  ) {}

  /** Targets with progress, the history of every reported value, registrations, units not registered, ratings. */
  async planWorkbook(actor: RequestActor, planId: string): Promise<Buffer> {
    const [overview, registrations, ratings] = await Promise.all([
      this.progress.overview(actor, planId, undefined),
      this.planService.registrations(actor, planId),
      this.ratings.list(actor, planId),
    ]);
    const workbook = new ExcelJS.Workbook();
    addSheet(
      workbook,
      'Chỉ tiêu và tiến độ',
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu kế hoạch', 'Đơn vị chịu trách nhiệm', 'Nguồn số liệu', 'Kỳ báo cáo', 'Giá trị hiện tại', 'Kỳ', '% kế hoạch', 'Đạt', 'Dự báo cuối năm', 'Dự báo đạt', 'Kỳ chậm báo cáo'],
      overview.targets.map((t) => [
        t.ordinal, t.name, t.unitOfMeasure, t.targetText, t.responsibleUnitName, t.dataSource, t.reportingPeriodName,
        t.currentValue, t.currentPeriodKey, t.percent, yesNo(t.met), t.forecast, yesNo(t.forecastMet), t.latePeriods.map((p) => p.label).join('; '),
      ]),
    );
    addSheet(
      workbook,
      'Lịch sử số liệu',
      ['STT chỉ tiêu', 'Chỉ tiêu', 'Kỳ', 'Giá trị', 'Thời điểm báo cáo', 'Giá trị hiện hành'],
      overview.targets.flatMap((t) => t.history.map((h) => [t.ordinal, t.name, h.periodKey, h.value, h.reportedAt, h.current ? 'Có' : 'Đã được đính chính'])),
    );
    addSheet(
      workbook,
      'Đăng ký thi đua',
      ['Đơn vị', 'Đối tượng', 'Tên', 'Danh hiệu đăng ký', 'Chỉ tiêu tự đăng ký', 'Ngày đăng ký', 'Đăng ký muộn'],
      registrations.registrations.map((r) => [
        r.unitName, r.registrantKind === 'UNIT' ? 'Tập thể' : 'Cá nhân', r.registrantName, r.titles.join(', '),
        r.ownTargets.map((t) => `${t.name}: ${t.value}`).join('; '), r.registeredAt, yesNo(r.late),
      ]),
    );
    addSheet(workbook, 'Chưa đăng ký', ['Đơn vị'], registrations.missing.map((u) => [u.name]));
    addSheet(
      workbook,
      'Xếp loại cán bộ',
      [...RATINGS_COLUMNS.slice(0, 2), 'Đơn vị', ...RATINGS_COLUMNS.slice(3)],
      ratings.map((r, i) => [i + 1, r.fullName, r.unitName, r.ratingName, r.monthsWorked, yesNo(r.initiativeRecognised), yesNo(r.disciplined)]),
    );
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  async statisticsWorkbook(actor: RequestActor, year: number | undefined): Promise<Buffer> {
    const stats = await this.evaluation.statistics(actor, year);
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, 'Thống kê khen thưởng', ['Năm', 'Danh hiệu, hình thức', 'Đơn vị', 'Giới tính', 'Số lượng'], stats.rows.map((r) => [r.year, r.titleName, r.unitName, GENDER_VI[r.gender] ?? r.gender, r.count]));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
