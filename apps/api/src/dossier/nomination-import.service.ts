import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { awardDefinition, normalizeName, PERFORMANCE_RATING_NAMES_VI, ruleSetFor, searchKey, vietnamDateOf, wardAwardTitles, type RuleSet } from '@khenthuong/domain';
import { DataSource } from 'typeorm';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode, type FieldProblem } from '../common/api-error';
import { flattenValidationErrors } from '../common/validation';
import { readFirstSheet } from '../common/bounded-spreadsheet';
import { checkExcel, requireFile, type UploadedBinary } from '../plan/uploaded-file';
import { assessEligibility } from '../proposals/proposal-eligibility';
import { CreateProposalDto } from '../proposals/proposal.dto';
import { ProposalRepository } from '../proposals/proposal.repository';
import { ProposalService } from '../proposals/proposal.service';
import { countOf, dataRows, headingProblem, NOMINATION_COLUMNS, ratingOf, titleLookup, yesNoOf, type NominationCells } from './nomination-sheet';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A row that passed the dry run: what will be submitted, or the proposal an earlier upload made. */
interface CheckedRow {
  row: number;
  dto: CreateProposalDto;
  existingId: string | null;
}

export interface NominationImportResult {
  created: number;
  existing: number;
  proposals: Array<{ row: number; id: string; nomineeName: string; created: boolean }>;
}

interface Lookups {
  ruleSet: RuleSet;
  title: ReturnType<typeof titleLookup>;
  people: Array<{ id: string; full_name: string }>;
  rounds: Array<{ id: string; name: string }>;
}

/**
 * A unit head's nomination list from Excel, all or nothing: every row is validated with the API's
 * DTO and checked against the domain's criteria (the same assessEligibility ProposalService runs)
 * before any proposal is submitted. Each row's clientKey comes from the file's content and the row,
 * so the same file uploaded again creates nothing new.
 */
@Injectable()
export class NominationImportService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly proposals: ProposalRepository,
    private readonly proposalService: ProposalService,
  ) {}

  async template(actor: RequestActor): Promise<Buffer> {
    const lookups = await this.lookups(actor);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách đề nghị');
    sheet.addRow([...NOMINATION_COLUMNS]).font = { bold: true };
    sheet.columns.forEach((column, i) => (column.width = i === 0 ? 6 : i === 5 ? 50 : 24));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    const help = workbook.addWorksheet('Hướng dẫn');
    help.addRow(['Điền mỗi đề nghị một dòng ở trang "Danh sách đề nghị", từ dòng 2; không sửa dòng tiêu đề.']).font = { bold: true };
    help.addRow(['Danh hiệu: ghi tên hoặc mã. Cá nhân: ghi mã cá nhân (hoặc họ tên nếu không trùng). Hộ gia đình: ghi tên hộ. Đợt: để trống nếu khen thưởng đột xuất.']);
    help.addRow(['Xếp loại: HTXSNV, HTTNV, HTNV hoặc KHTNV. Sáng kiến, Hoàn thành kế hoạch: "Có" hoặc "Không".']);
    help.addRow([]);
    help.addRow(['Danh hiệu', 'Mã']).font = { bold: true };
    for (const t of wardAwardTitles(lookups.ruleSet)) help.addRow([awardDefinition(t, lookups.ruleSet).nameVi, t]);
    help.addRow([]);
    help.addRow(['Đợt đang nhận hồ sơ']).font = { bold: true };
    for (const r of lookups.rounds) help.addRow([r.name]);
    help.addRow([]);
    help.addRow(['Cá nhân của đơn vị', 'Mã cá nhân']).font = { bold: true };
    for (const p of lookups.people) help.addRow([p.full_name, p.id]);
    help.addRow([]);
    help.addRow(['Xếp loại', 'Mã']).font = { bold: true };
    for (const [code, name] of Object.entries(PERFORMANCE_RATING_NAMES_VI)) help.addRow([name, code]);
    help.getColumn(1).width = 60;
    help.getColumn(2).width = 40;
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  async import(actor: RequestActor, upload: UploadedBinary | undefined): Promise<NominationImportResult> {
    if (!actor.unitId) throw new ApiError(ApiErrorCode.FORBIDDEN, 'unit head without a unit');
    const file = requireFile(upload);
    checkExcel(file);
    const fileSha256 = createHash('sha256').update(file.buffer).digest('hex');
    const cells = await readSheet(file.buffer);
    const lookups = await this.lookups(actor);
    const problems: FieldProblem[] = [];
    const checked: CheckedRow[] = [];
    const keysInFile = new Map<string, number>();
    for (const row of cells) {
      const clientKey = createHash('sha256').update(`${fileSha256}:${actor.unitId}:${row.row}`).digest('hex');
      const outcome = await this.dryRun(actor, row, clientKey, lookups, keysInFile);
      if (Array.isArray(outcome)) problems.push({ field: `Dòng ${row.row}`, messages: outcome });
      else checked.push(outcome);
    }
    if (checked.length === 0 && problems.length === 0) problems.push({ field: 'Tệp', messages: ['Tệp không có dòng dữ liệu nào.'] });
    if (problems.length) throw new ApiError(ApiErrorCode.IMPORT_ROWS_INVALID, `${problems.length} bad nomination rows`, problems);

    // Submitted one by one (each starts its workflow). Should one fail midway (Temporal down), the rows
    // before it exist; uploading the same file again creates only the rest.
    const proposals: NominationImportResult['proposals'] = [];
    for (const { row, dto, existingId } of checked) {
      if (existingId) {
        proposals.push({ row, id: existingId, nomineeName: dto.nomineeName, created: false });
        continue;
      }
      const { proposal, created } = await this.proposalService.submit(actor, dto);
      proposals.push({ row, id: proposal.id, nomineeName: proposal.nomineeName, created });
    }
    return { created: proposals.filter((p) => p.created).length, existing: proposals.filter((p) => !p.created).length, proposals };
  }

  /** The row as the API's DTO, checked as ProposalService.submit would check it; or the row's problems. */
  private async dryRun(actor: RequestActor, cells: NominationCells, clientKey: string, lookups: Lookups, keysInFile: Map<string, number>): Promise<CheckedRow | string[]> {
    const messages: string[] = [];
    const title = lookups.title(cells.title);
    if (!title) messages.push(`Danh hiệu "${cells.title}" không có hoặc không thuộc thẩm quyền của Chủ tịch UBND phường.`);
    const award = title ? awardDefinition(title, lookups.ruleSet) : null;
    let personId: string | undefined;
    let nomineeName = cells.nomineeName;
    if (award?.recipientKind === 'INDIVIDUAL') {
      const person = this.person(lookups, cells.personOrHousehold);
      if (typeof person === 'string') messages.push(person);
      else {
        personId = person.id;
        nomineeName ||= person.full_name;
      }
    } else if (award?.recipientKind === 'HOUSEHOLD') {
      if (!cells.personOrHousehold && !nomineeName) messages.push('Danh hiệu hộ gia đình cần ghi tên hộ gia đình.');
      nomineeName ||= cells.personOrHousehold;
    }
    let roundId: string | undefined;
    if (cells.round) {
      const round = lookups.rounds.find((r) => searchKey(r.name) === searchKey(cells.round));
      if (round) roundId = round.id;
      else messages.push(`Đợt "${cells.round}" không có hoặc không còn nhận hồ sơ.`);
    }
    const rating = ratingOf(cells.rating);
    if (rating === null) messages.push(`Xếp loại "${cells.rating}" không hợp lệ (HTXSNV, HTTNV, HTNV hoặc KHTNV).`);
    const initiative = yesNoOf(cells.initiative);
    if (initiative === null) messages.push('Cột "Sáng kiến được công nhận" phải là "Có" hoặc "Không".');
    const planCompleted = yesNoOf(cells.planCompleted);
    if (planCompleted === null) messages.push('Cột "Hoàn thành kế hoạch" phải là "Có" hoặc "Không".');

    const plain = {
      clientKey,
      title: title ?? cells.title,
      year: countOf(cells.year),
      nomineeName: nomineeName || undefined,
      nomineePersonId: personId,
      achievement: cells.achievement || undefined,
      roundId,
      facts: {
        monthsWorkedInYear: countOf(cells.months),
        rating: rating ?? undefined,
        initiativeRecognised: initiative ?? undefined,
        planCompleted: planCompleted ?? undefined,
        memberCount: countOf(cells.memberCount),
        ldttMemberCount: countOf(cells.ldttMemberCount),
      },
    };
    // The API's own DTO and messages (the same refusal as POST /api/v1/proposals would give).
    const dto = plainToInstance(CreateProposalDto, JSON.parse(JSON.stringify(plain)) as object);
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: false } });
    messages.push(...flattenValidationErrors(errors).flatMap((p) => p.messages));
    if (messages.length || !award) return messages;

    // Made by an earlier upload of this file: ProposalService answers it without checking again, so do we.
    const existingId = await this.proposals.findIdByClientKey(actor.bodyId, clientKey);
    if (existingId) return { row: cells.row, dto, existingId };

    const nomineeUnitId = award.recipientKind === 'INDIVIDUAL' ? null : actor.unitId!;
    const recipientId = personId ?? (award.recipientKind === 'COLLECTIVE' ? nomineeUnitId : null);
    try {
      const { achievementKey } = assessEligibility({
        title: dto.title,
        year: dto.year,
        ruleSet: lookups.ruleSet,
        kind: award.recipientKind,
        recipientId,
        achievementRef: dto.achievementRef,
        known: await this.proposals.eligibilityFacts(actor.bodyId, { personId: personId ?? null, unitId: nomineeUnitId }, dto.year),
        stated: dto.facts,
      });
      // Two rows of one file for the same achievement (Luật TĐKT 2022 Điều 5: one achievement, one award).
      if (achievementKey && keysInFile.has(achievementKey)) return [`Trùng đề nghị với dòng ${keysInFile.get(achievementKey)} (một thành tích chỉ đề nghị khen một lần).`];
      if (achievementKey) keysInFile.set(achievementKey, cells.row);
    } catch (error) {
      if (error instanceof ApiError) return error.fields.length ? error.fields.flatMap((f) => f.messages) : [error.message];
      throw error;
    }
    return { row: cells.row, dto, existingId: null };
  }

  private person(lookups: Lookups, text: string): { id: string; full_name: string } | string {
    if (!text) return 'Danh hiệu cá nhân cần ghi mã cá nhân (xem trang "Hướng dẫn" của tệp mẫu).';
    if (UUID.test(text)) return lookups.people.find((p) => p.id === text.toLowerCase()) ?? `Không có cá nhân mã "${text}" trong đơn vị.`;
    const named = lookups.people.filter((p) => searchKey(p.full_name) === searchKey(normalizeName(text)));
    if (named.length === 1) return named[0]!;
    return named.length ? `Đơn vị có nhiều người tên "${text}"; vui lòng ghi mã cá nhân.` : `Không có cá nhân "${text}" trong đơn vị.`;
  }

  private async lookups(actor: RequestActor): Promise<Lookups> {
    const ruleSet = ruleSetFor(vietnamDateOf(new Date()));
    const [people, rounds] = await Promise.all([
      this.dataSource.query(`SELECT id, full_name FROM person WHERE body_id = $1 AND unit_id = $2 ORDER BY full_name`, [actor.bodyId, actor.unitId]),
      this.dataSource.query(`SELECT id, name FROM round WHERE body_id = $1 AND status = 'NOMINATING' ORDER BY created_at DESC`, [actor.bodyId]),
    ]);
    const titles = wardAwardTitles(ruleSet).map((t) => ({ title: t, nameVi: awardDefinition(t, ruleSet).nameVi }));
    return { ruleSet, title: titleLookup(titles), people, rounds };
  }
}

async function readSheet(bytes: Buffer): Promise<NominationCells[]> {
  const rows = await readFirstSheet(bytes, NOMINATION_COLUMNS.length);
  if (rows.length === 0) throw new ApiError(ApiErrorCode.IMPORT_ROWS_INVALID, 'empty workbook', [{ field: 'Tệp', messages: ['Tệp không có dòng dữ liệu nào.'] }]);
  const heading = headingProblem(rows);
  if (heading) throw new ApiError(ApiErrorCode.IMPORT_ROWS_INVALID, 'wrong heading', [{ field: 'Dòng 1', messages: [heading] }]);
  return dataRows(rows);
}
