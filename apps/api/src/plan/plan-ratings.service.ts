import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { normalizeName, PERFORMANCE_RATING_NAMES_VI, searchKey, type PerformanceRating } from '@khenthuong/domain';
import { PeopleRepository, StaffRatingRepository } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode, type FieldProblem } from '../common/api-error';
import { readFirstSheet } from '../common/bounded-spreadsheet';
import { PlanService } from './plan.service';
import { checkExcel, cleanFileName, requireFile, type UploadedBinary } from '../common/uploaded-file';

/** Columns of the ratings sheet, in order (row 1 is the heading; data from row 2). */
export const RATINGS_COLUMNS = ['STT', 'Họ và tên', 'Mã đơn vị', 'Xếp loại', 'Số tháng công tác', 'Sáng kiến được công nhận', 'Bị kỷ luật'] as const;

const RATING_BY_TEXT = new Map<string, PerformanceRating>(
  (Object.entries(PERFORMANCE_RATING_NAMES_VI) as Array<[PerformanceRating, string]>).flatMap(([code, name]) => [
    [searchKey(code), code],
    [searchKey(name), code],
  ]),
);
const YES = new Set(['co', 'x', '1', 'yes']);
const NO = new Set(['khong', '', '0', 'no']);

export interface RatingRowInput {
  row: number;
  personId: string;
  rating: PerformanceRating;
  monthsWorked: number;
  initiativeRecognised: boolean;
  disciplined: boolean;
}

export interface RatingView {
  personId: string;
  fullName: string;
  gender: string | null;
  unitId: string;
  unitName: string;
  rating: PerformanceRating;
  ratingName: string;
  monthsWorked: number;
  initiativeRecognised: boolean;
  disciplined: boolean;
}

/** Staff ratings of a plan's year: imported from Excel all-or-nothing, once per file content. */
@Injectable()
export class PlanRatingsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly ratings: StaffRatingRepository,
    private readonly people: PeopleRepository,
    private readonly planService: PlanService,
  ) {}

  async import(actor: RequestActor, planId: string, upload: UploadedBinary | undefined): Promise<{ importId: string; imported: number; duplicate: boolean }> {
    const plan = await this.planService.plan(actor, planId);
    const file = requireFile(upload);
    checkExcel(file);
    const contentSha256 = createHash('sha256').update(file.buffer).digest('hex');
    const known = await this.ratings.findImport(actor.bodyId, contentSha256);
    if (known) return { importId: known.id, imported: 0, duplicate: true };

    const rows = await this.parse(actor.bodyId, file.buffer);
    return this.dataSource.transaction(async (tx) => {
      const ratings = StaffRatingRepository.in(tx);
      const importId = await ratings.insertImportOnce({
        bodyId: actor.bodyId, year: plan.year, contentSha256, fileName: cleanFileName(file.originalname), rowCount: rows.length, importedBy: actor.userId,
      });
      // A concurrent upload of the same file won the insert: this one imports nothing.
      if (!importId) return { importId: (await this.ratings.findImport(actor.bodyId, contentSha256))!.id, imported: 0, duplicate: true };
      for (const r of rows) await ratings.upsertRating(actor.bodyId, plan.year, importId, r);
      return { importId, imported: rows.length, duplicate: false };
    });
  }

  async list(actor: RequestActor, planId: string): Promise<RatingView[]> {
    const plan = await this.planService.plan(actor, planId);
    return this.ratingsOfYear(actor.bodyId, plan.year);
  }

  async ratingsOfYear(bodyId: string, year: number): Promise<RatingView[]> {
    const rows = await this.ratings.ratingsOfYear(bodyId, year);
    return rows.map((r) => ({ ...r, rating: r.rating as PerformanceRating, ratingName: PERFORMANCE_RATING_NAMES_VI[r.rating as PerformanceRating] }));
  }

  /** Every data row checked; any problem refuses the whole file with one entry per bad row. */
  private async parse(bodyId: string, bytes: Buffer): Promise<RatingRowInput[]> {
    const sheetRows = await readFirstSheet(bytes, RATINGS_COLUMNS.length);
    const people = await this.people.peopleWithUnitCodes(bodyId);
    const personByKey = new Map(people.map((p) => [`${p.unitCode}|${normalizeName(p.name)}`, p.id]));
    const problems: FieldProblem[] = [];
    const rows: RatingRowInput[] = [];
    const seen = new Map<string, number>();
    const first = sheetRows[0]?.row === 1 ? sheetRows[0].cells : [];
    const heading = RATINGS_COLUMNS.map((_, i) => first[i] ?? '');
    if (heading.join('|') !== RATINGS_COLUMNS.join('|')) {
      problems.push({ field: 'Dòng 1', messages: [`Dòng tiêu đề phải là: ${RATINGS_COLUMNS.join(' | ')}.`] });
    }
    for (const { row: n, cells } of sheetRows) {
      if (n === 1 || cells.slice(1).every((c) => c === '')) continue;
      const [, name, unitCode, ratingText, monthsText, initiativeText, disciplinedText] = cells as [string, string, string, string, string, string, string];
      const messages: string[] = [];
      const personId = personByKey.get(`${unitCode}|${normalizeName(name)}`);
      if (!name) messages.push('Thiếu họ và tên.');
      else if (!personId) messages.push(`Không tìm thấy "${name}" trong đơn vị có mã "${unitCode}".`);
      const rating = RATING_BY_TEXT.get(searchKey(ratingText));
      if (!rating) messages.push(`Xếp loại "${ratingText}" không hợp lệ (HTXSNV, HTTNV, HTNV hoặc KHTNV).`);
      const months = Number(monthsText);
      if (!/^\d{1,2}$/.test(monthsText) || months < 0 || months > 12) messages.push(`Số tháng công tác "${monthsText}" phải là số nguyên từ 0 đến 12.`);
      const initiative = yesNo(initiativeText);
      if (initiative === null) messages.push(`Cột "Sáng kiến được công nhận" phải là "Có" hoặc "Không".`);
      const disciplined = yesNo(disciplinedText);
      if (disciplined === null) messages.push(`Cột "Bị kỷ luật" phải là "Có" hoặc "Không".`);
      if (personId && seen.has(personId)) messages.push(`Trùng với dòng ${seen.get(personId)}.`);
      if (personId && !seen.has(personId)) seen.set(personId, n);
      if (messages.length) problems.push({ field: `Dòng ${n}`, messages });
      else rows.push({ row: n, personId: personId!, rating: rating!, monthsWorked: months, initiativeRecognised: initiative!, disciplined: disciplined! });
    }
    if (rows.length === 0 && problems.length === 0) problems.push({ field: 'Tệp', messages: ['Tệp không có dòng dữ liệu nào.'] });
    if (problems.length) throw new ApiError(ApiErrorCode.IMPORT_ROWS_INVALID, `${problems.length} bad rows`, problems);
    return rows;
  }
}

function yesNo(text: string): boolean | null {
  const key = searchKey(text);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}
