import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AwardRecordRepository, AwardRegisterRepository, PeopleRepository, UnitRepository, type NewAwardRecord, type RegistryNameRow } from '@khenthuong/persistence';
import { achievementKey, normalizeName, searchKey, TEXT_LIMITS, isValidIsoDate, type AwardTitle, type RecipientKind } from '@khenthuong/domain';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode, type FieldProblem } from '../common/api-error';
import { readFirstSheet } from '../common/bounded-spreadsheet';
import { checkExcel, cleanFileName, requireFile, type UploadedBinary } from '../common/uploaded-file';
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
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly records: AwardRecordRepository,
    private readonly people: PeopleRepository,
    private readonly units: UnitRepository,
  ) {}

  async import(actor: RequestActor, upload: UploadedBinary | undefined): Promise<AwardImportReport> {
    const file = requireFile(upload);
    checkExcel(file);
    const contentSha256 = createHash('sha256').update(file.buffer).digest('hex');
    const known = await this.records.findImport(actor.bodyId, contentSha256);
    if (known) return { importId: known, duplicate: true, imported: 0, alreadyRegistered: 0, rows: [] };

    const rows = await this.parse(actor.bodyId, file.buffer);
    return this.dataSource.transaction(async (tx) => {
      const records = AwardRecordRepository.in(tx);
      const importId = await records.startImport({
        bodyId: actor.bodyId, contentSha256, fileName: cleanFileName(file.originalname), rowCount: rows.length, importedBy: actor.userId,
      });
      // A concurrent upload of the same file won the insert: this one imports nothing.
      if (!importId) return { importId: (await records.findImport(actor.bodyId, contentSha256))!, duplicate: true, imported: 0, alreadyRegistered: 0, rows: [] };
      // Awards decided here are in the register through their proposals (the view), not in award_record.
      const registered = await AwardRegisterRepository.in(tx).keysNotImported(actor.bodyId, rows.map((r) => r.dedupeKey));
      const report: AwardImportReport['rows'] = [];
      for (const r of rows) {
        const inserted = registered.has(r.dedupeKey)
          ? null
          : await records.insertIfNew({
              bodyId: actor.bodyId, source: 'IMPORTED', recipientKind: r.kind, personId: r.personId, householdId: r.householdId, unitId: r.unitId, recipientName: r.name,
              title: r.title, year: r.year, level: r.level, decisionNumber: r.decisionNumber, decisionDate: r.decisionDate, issuer: r.issuer, dedupeKey: r.dedupeKey,
              importId, recordedBy: actor.userId,
            });
        const what = `${registerTitleName(r.title, r.year)} năm ${r.year}`;
        report.push(
          inserted
            ? { row: r.row, name: r.name, outcome: 'IMPORTED', messageVi: `Đã nhập: ${what}.` }
            : { row: r.row, name: r.name, outcome: 'ALREADY_REGISTERED', messageVi: `Đã có trong sổ theo dõi (${what}); không nhập lại.` },
        );
      }
      const imported = report.filter((r) => r.outcome === 'IMPORTED').length;
      await records.finishImport(importId, imported);
      return { importId, duplicate: false, imported, alreadyRegistered: report.length - imported, rows: report };
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
      const decided = await AwardRegisterRepository.in(tx).keysNotImported(actor.bodyId, [dedupeKey]);
      const record: NewAwardRecord = {
        bodyId: actor.bodyId, source: dto.level === 'PHUONG' ? 'IMPORTED' : 'HIGHER_LEVEL', recipientKind: recipient.kind, personId: recipient.personId,
        householdId: recipient.householdId, unitId: recipient.unitId, recipientName: recipient.name, title: dto.title, year: dto.year, level: dto.level,
        decisionNumber: dto.decisionNumber, decisionDate: dto.decisionDate, issuer: dto.issuer, dedupeKey, importId: null, recordedBy: actor.userId,
      };
      const id = decided.size ? null : await AwardRecordRepository.in(tx).insertIfNew(record);
      if (!id) throw new ApiError(ApiErrorCode.AWARD_ALREADY_IN_REGISTER, `achievement ${dedupeKey} already registered`);
      return { id };
    });
  }

  private async recipientOf(bodyId: string, dto: AwardRecordDto) {
    const none = { personId: null as string | null, householdId: null as string | null, unitId: null as string | null };
    if (dto.recipientKind === 'ca-nhan') {
      const p = await this.people.person(bodyId, dto.recipientId);
      if (p) return { ...none, kind: 'INDIVIDUAL' as RecipientKind, id: p.id, personId: p.id, name: p.fullName };
    } else if (dto.recipientKind === 'ho-gia-dinh') {
      const h = await this.people.household(bodyId, dto.recipientId);
      if (h) return { ...none, kind: 'HOUSEHOLD' as RecipientKind, id: h.id, householdId: h.id, name: h.headName };
    } else {
      const u = await this.units.find(bodyId, dto.recipientId);
      if (u) return { ...none, kind: (u.kind === 'TO_DAN_PHO' ? 'RESIDENTIAL_GROUP' : 'COLLECTIVE') as RecipientKind, id: u.id, unitId: u.id, name: u.name };
    }
    throw new ApiError(ApiErrorCode.NOT_FOUND, `recipient ${dto.recipientKind} ${dto.recipientId} not in body ${bodyId}`);
  }

  /** Every data row checked against the registry; any problem refuses the whole file with one entry per bad row. */
  private async parse(bodyId: string, bytes: Buffer): Promise<ParsedRow[]> {
    const sheetRows = await readFirstSheet(bytes, AWARD_IMPORT_COLUMNS.length);
    // Deactivated people and households count: earlier years' awards are often theirs.
    const [units, people, households] = await Promise.all([this.units.list(bodyId), this.people.peopleWithUnitCodes(bodyId), this.people.householdsWithUnitCodes(bodyId)]);
    const unitByCode = new Map(units.map((u) => [u.code, u]));
    const byKey = (list: RegistryNameRow[]) => {
      const map = new Map<string, string[]>();
      for (const e of list) {
        const key = `${e.unitCode}|${searchKey(e.name)}`;
        map.set(key, [...(map.get(key) ?? []), e.id]);
      }
      return map;
    };
    const personByKey = byKey(people);
    const householdByKey = byKey(households);
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
