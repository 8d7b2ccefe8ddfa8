import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { achievementKey, normalizeName, searchKey, TEXT_LIMITS, isValidIsoDate, type AwardTitle, type RecipientKind } from '@khenthuong/domain';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode, type FieldProblem } from '../common/api-error';
import { readFirstSheet } from '../common/bounded-spreadsheet';
import { checkExcel, cleanFileName, requireFile, type UploadedBinary } from '../plan/uploaded-file';
import { REGISTER_FIRST_YEAR, type AwardLevelCode, type AwardRecordDto } from './register.dto';
import { defaultLevel, definitionFor, levelFromText, registerTitleName, titleFromText } from './register-titles';

/** Columns of an earlier years' awards list, in order (row 1 is the heading; data from row 2). */
export const AWARD_IMPORT_COLUMNS = [
  'STT', 'Tên cá nhân, hộ, tập thể', 'Đối tượng', 'Mã đơn vị', 'Danh hiệu, hình thức', 'Năm', 'Cấp khen thưởng', 'Số quyết định', 'Ngày quyết định', 'Cơ quan quyết định',
] as const;

const KIND_BY_TEXT = new Map<string, RecipientKind>([
  ['ca nhan', 'INDIVIDUAL'], ['ho gia dinh', 'HOUSEHOLD'], ['ho', 'HOUSEHOLD'], ['tap the', 'COLLECTIVE'], ['to dan pho', 'RESIDENTIAL_GROUP'],
]);
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

interface ParsedRow {
  row: number;
  kind: RecipientKind;
  personId: string | null;
  householdId: string | null;
  unitId: string | null;
  name: string;
  title: AwardTitle;
  year: number;
  level: AwardLevelCode;
  decisionNumber: string;
  decisionDate: string;
  issuer: string;
  dedupeKey: string;
}

export interface AwardImportReport {
  importId: string;
  duplicate: boolean;
  imported: number;
  alreadyRegistered: number;
  /** One line per data row, in Vietnamese. */
  rows: Array<{ row: number; name: string; outcome: 'IMPORTED' | 'ALREADY_REGISTERED'; messageVi: string }>;
}

/** Earlier years' award lists into the register: all rows or none, each achievement once, the same file once. */
@Injectable()
export class RegisterImportService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async import(actor: RequestActor, upload: UploadedBinary | undefined): Promise<AwardImportReport> {
    const file = requireFile(upload);
    checkExcel(file);
    const contentSha256 = createHash('sha256').update(file.buffer).digest('hex');
    const known = await this.findImport(actor.bodyId, contentSha256);
    if (known) return { importId: known.id, duplicate: true, imported: 0, alreadyRegistered: 0, rows: [] };

    const rows = await this.parse(actor.bodyId, file.buffer);
    return this.dataSource.transaction(async (tx) => {
      const [created] = await tx.query(
        `INSERT INTO award_import (body_id, content_sha256, file_name, row_count, imported_count, imported_by) VALUES ($1, $2, $3, $4, 0, $5)
         ON CONFLICT (body_id, content_sha256) DO NOTHING RETURNING id`,
        [actor.bodyId, contentSha256, cleanFileName(file.originalname), rows.length, actor.userId],
      );
      // A concurrent upload of the same file won the insert: this one imports nothing.
      if (!created) return { importId: (await this.findImport(actor.bodyId, contentSha256))!.id, duplicate: true, imported: 0, alreadyRegistered: 0, rows: [] };
      // Awards decided here are in the register through their proposals (the view), not in award_record.
      const decided: Array<{ dedupe_key: string }> = await tx.query(
        `SELECT dedupe_key FROM award_register WHERE body_id = $1 AND source <> 'IMPORTED' AND dedupe_key = ANY($2)`,
        [actor.bodyId, rows.map((r) => r.dedupeKey)],
      );
      const registered = new Set(decided.map((d) => d.dedupe_key));
      const report: AwardImportReport['rows'] = [];
      for (const r of rows) {
        const inserted = registered.has(r.dedupeKey)
          ? []
          : await tx.query(
              `INSERT INTO award_record (body_id, source, recipient_kind, person_id, household_id, unit_id, recipient_name, title, year, level,
                                         decision_number, decision_date, issuer, dedupe_key, import_id, recorded_by)
               VALUES ($1, 'IMPORTED', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
               ON CONFLICT (body_id, dedupe_key) DO NOTHING RETURNING id`,
              [actor.bodyId, r.kind, r.personId, r.householdId, r.unitId, r.name, r.title, r.year, r.level, r.decisionNumber, r.decisionDate, r.issuer, r.dedupeKey, created.id, actor.userId],
            );
        const what = `${registerTitleName(r.title, r.year)} năm ${r.year}`;
        report.push(
          inserted.length
            ? { row: r.row, name: r.name, outcome: 'IMPORTED', messageVi: `Đã nhập: ${what}.` }
            : { row: r.row, name: r.name, outcome: 'ALREADY_REGISTERED', messageVi: `Đã có trong sổ theo dõi (${what}); không nhập lại.` },
        );
      }
      const imported = report.filter((r) => r.outcome === 'IMPORTED').length;
      await tx.query(`UPDATE award_import SET imported_count = $2 WHERE id = $1`, [created.id, imported]);
      return { importId: created.id as string, duplicate: false, imported, alreadyRegistered: report.length - imported, rows: report };
    });
  }

  /**
   * One award entered by hand: a higher level's result given without a proposal from here, or a
   * ward award of a year before the system. Checked like an imported row; a second entry of the same
   * achievement is a 409.
   */
  async recordOne(actor: RequestActor, dto: AwardRecordDto): Promise<{ id: string }> {
    const recipient = await this.recipientOf(actor.bodyId, dto);
    const refuse = (field: string, message: string) => new ApiError(ApiErrorCode.VALIDATION_FAILED, `${field}: ${message}`, [{ field, messages: [message] }]);
    const definition = definitionFor(dto.title, dto.year);
    if (!definition.recipientKinds.includes(recipient.kind)) throw refuse('title', `"${registerTitleName(dto.title, dto.year)}" không xét cho đối tượng này.`);
    if (dto.year > new Date().getUTCFullYear()) throw refuse('year', 'Năm khen thưởng chưa đến.');
    if (dto.decisionDate > new Date().toISOString().slice(0, 10)) throw refuse('decisionDate', 'Ngày quyết định chưa đến.');
    if (Number(dto.decisionDate.slice(0, 4)) < dto.year) throw refuse('decisionDate', `Ngày quyết định trước năm được khen thưởng (${dto.year}).`);
    const dedupeKey = achievementKey({
      recipientId: recipient.id,
      title: dto.title,
      year: dto.year,
      achievementRef: definition.frequency !== 'YEARLY' ? `QĐ ${dto.decisionNumber}` : undefined,
    });
    return this.dataSource.transaction(async (tx) => {
      const decided = await tx.query(`SELECT 1 FROM award_register WHERE body_id = $1 AND source <> 'IMPORTED' AND dedupe_key = $2`, [actor.bodyId, dedupeKey]);
      const inserted = decided.length
        ? []
        : await tx.query(
            `INSERT INTO award_record (body_id, source, recipient_kind, person_id, household_id, unit_id, recipient_name, title, year, level,
                                       decision_number, decision_date, issuer, dedupe_key, recorded_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
             ON CONFLICT (body_id, dedupe_key) DO NOTHING RETURNING id`,
            [
              actor.bodyId, dto.level === 'PHUONG' ? 'IMPORTED' : 'HIGHER_LEVEL', recipient.kind, recipient.personId, recipient.householdId, recipient.unitId,
              recipient.name, dto.title, dto.year, dto.level, dto.decisionNumber, dto.decisionDate, dto.issuer, dedupeKey, actor.userId,
            ],
          );
      if (!inserted[0]) throw new ApiError(ApiErrorCode.AWARD_ALREADY_IN_REGISTER, `achievement ${dedupeKey} already registered`);
      return { id: inserted[0].id as string };
    });
  }

  private async recipientOf(bodyId: string, dto: AwardRecordDto) {
    const none = { personId: null as string | null, householdId: null as string | null, unitId: null as string | null };
    if (dto.recipientKind === 'ca-nhan') {
      const [p] = await this.dataSource.query(`SELECT id, full_name FROM person WHERE id = $1 AND body_id = $2`, [dto.recipientId, bodyId]);
      if (p) return { ...none, kind: 'INDIVIDUAL' as RecipientKind, id: p.id as string, personId: p.id as string, name: p.full_name as string };
    } else if (dto.recipientKind === 'ho-gia-dinh') {
      const [h] = await this.dataSource.query(`SELECT id, head_name FROM household WHERE id = $1 AND body_id = $2`, [dto.recipientId, bodyId]);
      if (h) return { ...none, kind: 'HOUSEHOLD' as RecipientKind, id: h.id as string, householdId: h.id as string, name: h.head_name as string };
    } else {
      const [u] = await this.dataSource.query(`SELECT id, name, kind FROM unit WHERE id = $1 AND body_id = $2`, [dto.recipientId, bodyId]);
      if (u) return { ...none, kind: (u.kind === 'TO_DAN_PHO' ? 'RESIDENTIAL_GROUP' : 'COLLECTIVE') as RecipientKind, id: u.id as string, unitId: u.id as string, name: u.name as string };
    }
    throw new ApiError(ApiErrorCode.NOT_FOUND, `recipient ${dto.recipientKind} ${dto.recipientId} not in body ${bodyId}`);
  }

  private async findImport(bodyId: string, contentSha256: string): Promise<{ id: string } | null> {
    const rows = await this.dataSource.query(`SELECT id FROM award_import WHERE body_id = $1 AND content_sha256 = $2`, [bodyId, contentSha256]);
    return rows[0] ?? null;
  }

  /** Every data row checked against the registry; any problem refuses the whole file with one entry per bad row. */
  private async parse(bodyId: string, bytes: Buffer): Promise<ParsedRow[]> {
    const sheetRows = await readFirstSheet(bytes, AWARD_IMPORT_COLUMNS.length);
    // Deactivated people and households count: earlier years' awards are often theirs.
    const [units, people, households] = await Promise.all([
      this.dataSource.query(`SELECT id, code, name, kind FROM unit WHERE body_id = $1`, [bodyId]) as Promise<Array<{ id: string; code: string; name: string; kind: string }>>,
      this.dataSource.query(`SELECT p.id, p.full_name, u.code FROM person p JOIN unit u ON u.id = p.unit_id WHERE p.body_id = $1`, [bodyId]) as Promise<Array<{ id: string; full_name: string; code: string }>>,
      this.dataSource.query(`SELECT h.id, h.head_name, u.code FROM household h JOIN unit u ON u.id = h.residential_group_id WHERE h.body_id = $1`, [bodyId]) as Promise<
        Array<{ id: string; head_name: string; code: string }>
      >,
    ]);
    const unitByCode = new Map(units.map((u) => [u.code, u]));
    const byKey = (list: Array<{ id: string; name: string; code: string }>) => {
      const map = new Map<string, string[]>();
      for (const e of list) {
        const key = `${e.code}|${searchKey(e.name)}`;
        map.set(key, [...(map.get(key) ?? []), e.id]);
      }
      return map;
    };
    const personByKey = byKey(people.map((p) => ({ id: p.id, name: p.full_name, code: p.code })));
    const householdByKey = byKey(households.map((h) => ({ id: h.id, name: h.head_name, code: h.code })));
    const thisYear = new Date().getUTCFullYear();
    const today = new Date().toISOString().slice(0, 10);

    const problems: FieldProblem[] = [];
    const rows: ParsedRow[] = [];
    const seen = new Map<string, number>();
    const first = sheetRows[0]?.row === 1 ? sheetRows[0].cells : [];
    if (AWARD_IMPORT_COLUMNS.map((_, i) => first[i] ?? '').join('|') !== AWARD_IMPORT_COLUMNS.join('|')) {
      problems.push({ field: 'Dòng 1', messages: [`Dòng tiêu đề phải là: ${AWARD_IMPORT_COLUMNS.join(' | ')}.`] });
    }
    for (const { row: n, cells } of sheetRows) {
      if (n === 1 || cells.slice(1).every((c) => c === '')) continue;
      const [, rawName, kindText, unitCode, titleText, yearText, levelText, rawNumber, dateText, rawIssuer] = cells as string[] as [
        string, string, string, string, string, string, string, string, string, string,
      ];
      const name = normalizeName(rawName);
      const decisionNumber = normalizeName(rawNumber);
      const issuer = normalizeName(rawIssuer);
      const messages: string[] = [];

      if (name.length < 2 || name.length > TEXT_LIMITS.nomineeName) messages.push(`Tên phải dài từ 2 đến ${TEXT_LIMITS.nomineeName} ký tự.`);
      const kind = KIND_BY_TEXT.get(searchKey(kindText));
      if (!kind) messages.push(`Đối tượng "${kindText}" không hợp lệ (Cá nhân, Hộ gia đình, Tập thể hoặc Tổ dân phố).`);
      const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
      const yearOk = year >= REGISTER_FIRST_YEAR && year <= thisYear;
      if (!yearOk) messages.push(`Năm "${yearText}" phải là số từ ${REGISTER_FIRST_YEAR} đến ${thisYear}.`);
      const title = yearOk ? titleFromText(titleText, year) : null;
      if (yearOk && !title) messages.push(`Danh hiệu, hình thức "${titleText}" không có trong danh mục.`);
      if (title && kind && !definitionFor(title, year).recipientKinds.includes(kind)) messages.push(`"${registerTitleName(title, year)}" không xét cho đối tượng "${kindText}".`);
      const level = levelText === '' ? (title ? defaultLevel(title, year) : null) : levelFromText(levelText);
      if (!level) messages.push(`Cấp khen thưởng "${levelText}" không hợp lệ (Cấp phường, Cấp tỉnh hoặc Trung ương).`);
      if (decisionNumber.length < 1 || decisionNumber.length > TEXT_LIMITS.decisionNumber) messages.push(`Số quyết định phải dài từ 1 đến ${TEXT_LIMITS.decisionNumber} ký tự.`);
      const d = DATE.exec(dateText);
      const decisionDate = d ? toIsoDateOrNull(Number(d[3]), Number(d[2]), Number(d[1])) : null;
      if (!decisionDate) messages.push(`Ngày quyết định "${dateText}" phải có dạng ngày/tháng/năm, ví dụ 25/12/2024.`);
      else if (decisionDate > today) messages.push(`Ngày quyết định ${dateText} chưa đến.`);
      else if (yearOk && Number(decisionDate.slice(0, 4)) < year) messages.push(`Ngày quyết định ${dateText} trước năm được khen thưởng (${year}).`);
      if (issuer.length < 3 || issuer.length > TEXT_LIMITS.issuer) messages.push(`Cơ quan quyết định phải dài từ 3 đến ${TEXT_LIMITS.issuer} ký tự.`);

      // The recipient: a person or household of the registry, or a unit, named in the unit the code gives.
      const unit = unitByCode.get(unitCode);
      let personId: string | null = null;
      let householdId: string | null = null;
      let unitId: string | null = null;
      if (!unit) messages.push(`Không có đơn vị mã "${unitCode}".`);
      else if (kind === 'INDIVIDUAL' || kind === 'HOUSEHOLD') {
        const matches = (kind === 'INDIVIDUAL' ? personByKey : householdByKey).get(`${unitCode}|${searchKey(name)}`) ?? [];
        const what = kind === 'INDIVIDUAL' ? 'cá nhân' : 'hộ gia đình';
        if (matches.length === 0) messages.push(`Không tìm thấy ${what} "${name}" trong đơn vị "${unit.name}"; hãy thêm vào danh sách trước.`);
        else if (matches.length > 1) messages.push(`Có ${matches.length} ${what} tên "${name}" trong đơn vị "${unit.name}"; không xác định được người nào.`);
        else if (kind === 'INDIVIDUAL') personId = matches[0]!;
        else householdId = matches[0]!;
      } else if (kind) {
        if (kind === 'RESIDENTIAL_GROUP' && unit.kind !== 'TO_DAN_PHO') messages.push(`Đơn vị "${unit.name}" không phải tổ dân phố.`);
        else unitId = unit.id;
      }

      const recipientId = personId ?? householdId ?? unitId;
      let dedupeKey: string | null = null;
      if (recipientId && title && yearOk && decisionNumber) {
        // A yearly title is one achievement per recipient and year; an ad-hoc one is identified by its decision (Điều 5).
        const adHoc = definitionFor(title, year).frequency !== 'YEARLY';
        dedupeKey = achievementKey({ recipientId, title, year, achievementRef: adHoc ? `QĐ ${decisionNumber}` : undefined });
        if (seen.has(dedupeKey)) messages.push(`Trùng với dòng ${seen.get(dedupeKey)}.`);
        else seen.set(dedupeKey, n);
      }
      if (messages.length) problems.push({ field: `Dòng ${n}`, messages });
      else rows.push({ row: n, kind: kind!, personId, householdId, unitId, name, title: title!, year, level: level!, decisionNumber, decisionDate: decisionDate!, issuer, dedupeKey: dedupeKey! });
    }
    if (rows.length === 0 && problems.length === 0) problems.push({ field: 'Tệp', messages: ['Tệp không có dòng dữ liệu nào.'] });
    if (problems.length) throw new ApiError(ApiErrorCode.IMPORT_ROWS_INVALID, `${problems.length} bad rows`, problems);
    return rows;
  }
}

function toIsoDateOrNull(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}
