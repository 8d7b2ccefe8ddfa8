import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { awardDefinition, normalizeName, PERFORMANCE_RATING_NAMES_VI, ruleSetFor, searchKey, vietnamDateOf, wardAwardTitles, type RuleSet } from '@khenthuong/domain';
import { NominationQueries, ProposalEligibilityQueries, ProposalRepository } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode, type FieldProblem } from '../common/api-error';
import { flattenValidationErrors } from '../common/validation';
import { readFirstSheet } from '../common/bounded-spreadsheet';
import { checkExcel, requireFile, type UploadedBinary } from '../common/uploaded-file';
import { assessEligibility } from '../proposals/proposal-eligibility';
import { CreateProposalDto } from '../proposals/proposal.dto';
import { ProposalService } from '../proposals/proposal.service';
import { countOf, dataRows, headingProblem, NOMINATION_COLUMNS, ratingOf, titleLookup, yesNoOf, type NominationCells } from './nomination-sheet';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Rows of the template that carry the drop-downs. */
const TEMPLATE_ROWS = 500;

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
  /** Households of the unit when it is a residential group (tổ dân phố); otherwise none. */
  households: Array<{ id: string; head_name: string }>;
  unitName: string;
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
    private readonly nomination: NominationQueries,
    private readonly proposals: ProposalRepository,
    private readonly eligibility: ProposalEligibilityQueries,
    private readonly proposalService: ProposalService,
  ) {}

  /**
   * The list to fill in: names and drop-downs, no codes. The choices live on a hidden sheet after the
   * list (the import reads the first sheet only); the person column also takes a household typed in.
   */
  async template(actor: RequestActor): Promise<Buffer> {
    const lookups = await this.lookups(actor);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách đề nghị');
    sheet.addRow([...NOMINATION_COLUMNS]).font = { bold: true };
    sheet.columns.forEach((column, i) => (column.width = i === 0 ? 6 : i === 5 ? 50 : 24));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];

    const titles = wardAwardTitles(lookups.ruleSet).map((t) => awardDefinition(t, lookups.ruleSet).nameVi);
    const choices: Array<{ column: string; heading: string; values: string[]; strict: boolean }> = [
      { column: 'B', heading: 'Danh hiệu', values: titles, strict: true },
      { column: 'E', heading: 'Cá nhân, hộ gia đình của đơn vị', values: [...lookups.people.map((p) => p.full_name), ...lookups.households.map((h) => h.head_name)], strict: false },
      { column: 'G', heading: 'Đợt đang nhận hồ sơ', values: lookups.rounds.map((r) => r.name), strict: true },
      { column: 'I', heading: 'Xếp loại', values: Object.values(PERFORMANCE_RATING_NAMES_VI), strict: true },
      { column: 'J', heading: 'Có / Không', values: ['Có', 'Không'], strict: true },
      { column: 'K', heading: 'Có / Không', values: ['Có', 'Không'], strict: true },
    ];
    const lists = workbook.addWorksheet('Danh mục', { state: 'hidden' });
    choices.forEach((choice, i) => {
      const col = i + 1;
      lists.getCell(1, col).value = choice.heading;
      choice.values.forEach((value, j) => (lists.getCell(j + 2, col).value = value));
      if (choice.values.length === 0) return;
      const letter = lists.getColumn(col).letter;
      const validation: ExcelJS.DataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`'Danh mục'!$${letter}$2:$${letter}$${choice.values.length + 1}`],
        showErrorMessage: choice.strict,
        errorTitle: 'Giá trị không có trong danh sách',
        error: `Vui lòng chọn trong danh sách "${choice.heading}".`,
      };
      for (let row = 2; row <= TEMPLATE_ROWS + 1; row++) sheet.getCell(`${choice.column}${row}`).dataValidation = validation;
    });

    const help = workbook.addWorksheet('Hướng dẫn');
    help.addRow(['Điền mỗi đề nghị một dòng ở trang "Danh sách đề nghị", từ dòng 2; không sửa dòng tiêu đề.']).font = { bold: true };
    help.addRow(['Danh hiệu, Đợt, Xếp loại, Sáng kiến, Hoàn thành kế hoạch: chọn trong danh sách thả xuống của ô.']);
    help.addRow(['Cá nhân: chọn họ tên trong danh sách người của đơn vị. Hộ gia đình: chọn tên chủ hộ trong cùng cột. Tập thể: để trống, đề nghị cho chính đơn vị. Tên trên hồ sơ lấy theo danh sách của đơn vị. Đợt: để trống nếu khen thưởng đột xuất.']);
    help.addRow(['Số tháng công tác, Số thành viên, Số cá nhân đạt Lao động tiên tiến: ghi số.']);
    help.getColumn(1).width = 120;
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
        proposals.push({ row, id: existingId, nomineeName: dto.nomineeName ?? '', created: false });
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
    // The nominee is bound to the unit's registry as ProposalService binds it; the name column is not used for that.
    let personId: string | undefined;
    let householdId: string | undefined;
    let nomineeName = lookups.unitName;
    if (award?.recipientKind === 'INDIVIDUAL') {
      const person = this.person(lookups, cells.personOrHousehold);
      if (typeof person === 'string') messages.push(person);
      else [personId, nomineeName] = [person.id, person.full_name];
    } else if (award?.recipientKind === 'HOUSEHOLD') {
      const household = this.household(lookups, cells.personOrHousehold || cells.nomineeName);
      if (typeof household === 'string') messages.push(household);
      else [householdId, nomineeName] = [household.id, household.head_name];
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
      nomineeHouseholdId: householdId,
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
    const recipientId = personId ?? householdId ?? nomineeUnitId;
    try {
      const { achievementKey } = assessEligibility({
        title: dto.title,
        year: dto.year,
        ruleSet: lookups.ruleSet,
        kind: award.recipientKind,
        recipientId,
        achievementRef: dto.achievementRef,
        known: await this.eligibility.eligibilityFacts(actor.bodyId, { personId: personId ?? null, householdId: householdId ?? null, unitId: nomineeUnitId }, dto.year),
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
    return named.length ? `Đơn vị có nhiều người tên "${text}"; vui lòng ghi mã cá nhân (trang Danh sách cá nhân).` : `Không có cá nhân "${text}" trong đơn vị.`;
  }

  private household(lookups: Lookups, text: string): { id: string; head_name: string } | string {
    if (!text) return 'Danh hiệu hộ gia đình cần ghi tên chủ hộ (theo danh sách hộ gia đình của tổ dân phố).';
    const named = lookups.households.filter((h) => searchKey(h.head_name) === searchKey(normalizeName(text)));
    if (named.length === 1) return named[0]!;
    return named.length ? `Tổ dân phố có nhiều hộ chủ hộ tên "${text}"; vui lòng lập đề nghị trên trang.` : `Không có hộ gia đình "${text}" trong tổ dân phố của đơn vị.`;
  }

  private async lookups(actor: RequestActor): Promise<Lookups> {
    const ruleSet = ruleSetFor(vietnamDateOf(new Date()));
    const [people, households, unit, rounds] = await Promise.all([
      this.nomination.peopleOfUnit(actor.bodyId, actor.unitId, false),
      this.nomination.householdsOfGroup(actor.bodyId, actor.unitId, false),
      this.nomination.unit(actor.bodyId, actor.unitId),
      this.nomination.nominatingRounds(actor.bodyId),
    ]);
    const titles = wardAwardTitles(ruleSet).map((t) => ({ title: t, nameVi: awardDefinition(t, ruleSet).nameVi }));
    return { ruleSet, title: titleLookup(titles), people, households, unitName: unit?.name ?? '', rounds };
  }
}

async function readSheet(bytes: Buffer): Promise<NominationCells[]> {
  const rows = await readFirstSheet(bytes, NOMINATION_COLUMNS.length);
  if (rows.length === 0) throw new ApiError(ApiErrorCode.IMPORT_ROWS_INVALID, 'empty workbook', [{ field: 'Tệp', messages: ['Tệp không có dòng dữ liệu nào.'] }]);
  const heading = headingProblem(rows);
  if (heading) throw new ApiError(ApiErrorCode.IMPORT_ROWS_INVALID, 'wrong heading', [{ field: 'Dòng 1', messages: [heading] }]);
  return dataRows(rows);
}
