import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { formatShortVietnameseDate } from '@khenthuong/domain';
import { AwardRegisterRepository, PeopleRepository, UnitRepository, type AwardRegisterFilter, type AwardRegisterRow } from '@khenthuong/persistence';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { registerTitleName } from './register-titles';
import type { AwardLevelCode, RegisterQuery } from './register.dto';
import { ownUnitOnly } from './register-scope';

export const LEVEL_NAMES_VI: Readonly<Record<AwardLevelCode, string>> = { PHUONG: 'Cấp phường', TINH: 'Cấp tỉnh', TRUNG_UONG: 'Trung ương' };
export const SOURCE_NAMES_VI: Readonly<Record<string, string>> = {
  DECIDED_HERE: 'Quyết định trên hệ thống',
  HIGHER_LEVEL: 'Kết quả của cấp trên',
  IMPORTED: 'Nhập từ danh sách các năm trước',
};
const KIND_NAMES_VI: Readonly<Record<string, string>> = { INDIVIDUAL: 'Cá nhân', HOUSEHOLD: 'Hộ gia đình', COLLECTIVE: 'Tập thể', RESIDENTIAL_GROUP: 'Tổ dân phố' };

export type RecipientRef = { kind: 'PERSON' | 'HOUSEHOLD' | 'UNIT'; id: string };

export interface RegisterRowView {
  id: string;
  recipientKind: string;
  recipientKindName: string;
  recipient: RecipientRef | null;
  recipientName: string;
  unitName: string | null;
  title: string;
  titleName: string;
  year: number;
  level: AwardLevelCode;
  levelName: string;
  source: string;
  sourceName: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  /** dd/mm/yyyy */
  decisionDateText: string | null;
  issuer: string | null;
  proposalId: string | null;
  /** Links to the archived decision and certificate, when the archive holds them. */
  decisionUrl: string | null;
  certificateUrl: string | null;
}

export interface RecipientHistory {
  recipient: RecipientRef;
  name: string;
  unitName: string | null;
  details: Array<{ label: string; value: string }>;
  active: boolean;
  awards: RegisterRowView[];
}

/** Rows of one page of the lookup; more are reached by the next page, never by a larger page. */
export const REGISTER_PAGE_SIZE = 50;
/** Rows of one Excel export: the lookup's filters narrow it. */
export const REGISTER_EXPORT_LIMIT = 20_000;

function toRow(r: AwardRegisterRow): RegisterRowView {
  const recipient: RecipientRef | null = r.personId
    ? { kind: 'PERSON', id: r.personId }
    : r.householdId
      ? { kind: 'HOUSEHOLD', id: r.householdId }
      : r.unitId
        ? { kind: 'UNIT', id: r.unitId }
        : null;
  return {
    id: r.id,
    recipientKind: r.recipientKind,
    recipientKindName: KIND_NAMES_VI[r.recipientKind] ?? '',
    recipient,
    recipientName: r.recipientName,
    unitName: r.unitName,
    title: r.title,
    titleName: registerTitleName(r.title, r.year),
    year: r.year,
    level: r.level,
    levelName: LEVEL_NAMES_VI[r.level] ?? '',
    source: r.source,
    sourceName: SOURCE_NAMES_VI[r.source] ?? '',
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    decisionDateText: r.decisionDate ? formatShortVietnameseDate(r.decisionDate) : null,
    issuer: r.issuer,
    proposalId: r.proposalId,
    decisionUrl: r.hasDecision && r.proposalId ? `/ho-so/${r.proposalId}/quyet-dinh.pdf` : null,
    certificateUrl: r.hasCertificate && r.proposalId ? `/so-khen-thuong/ho-so/${r.proposalId}/giay-chung-nhan.pdf` : null,
  };
}

/** The award register (docs/register.md): lookup, one recipient's history, export. */
@Injectable()
export class RegisterService {
  constructor(
    private readonly register: AwardRegisterRepository,
    private readonly people: PeopleRepository,
    private readonly units: UnitRepository,
  ) {}

  async lookup(actor: RequestActor, query: RegisterQuery): Promise<{ rows: RegisterRowView[]; page: number; hasMore: boolean }> {
    const page = query.page ?? 1;
    const rows = await this.register.find(this.filter(actor, query), { limit: REGISTER_PAGE_SIZE + 1, offset: (page - 1) * REGISTER_PAGE_SIZE });
    return { rows: rows.slice(0, REGISTER_PAGE_SIZE).map(toRow), page, hasMore: rows.length > REGISTER_PAGE_SIZE };
  }

  async exportWorkbook(actor: RequestActor, query: RegisterQuery): Promise<Buffer> {
    const rows = (await this.register.find(this.filter(actor, query), { limit: REGISTER_EXPORT_LIMIT })).map(toRow);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sổ theo dõi khen thưởng');
    const heading = ['STT', 'Đối tượng', 'Tên', 'Đơn vị', 'Danh hiệu, hình thức', 'Năm', 'Cấp khen thưởng', 'Số quyết định', 'Ngày quyết định', 'Cơ quan quyết định', 'Nguồn'];
    sheet.addRow(heading).font = { bold: true };
    rows.forEach((r, i) =>
      sheet.addRow([i + 1, r.recipientKindName, r.recipientName, r.unitName ?? '', r.titleName, r.year, r.levelName, r.decisionNumber ?? '', r.decisionDateText ?? '', r.issuer ?? '', r.sourceName]),
    );
    sheet.columns.forEach((column, i) => {
      column.width = [6, 12, 30, 30, 34, 8, 14, 16, 14, 34, 30][i];
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  async history(actor: RequestActor, recipient: RecipientRef): Promise<RecipientHistory> {
    const own = ownUnitOnly(actor);
    let head: Omit<RecipientHistory, 'awards' | 'recipient'> | null = null;
    if (recipient.kind === 'PERSON') {
      const p = await this.people.person(actor.bodyId, recipient.id, own);
      if (p) {
        const details = [
          p.position ? { label: 'Chức vụ', value: p.position } : null,
          p.gender ? { label: 'Giới tính', value: p.gender === 'NU' ? 'Nữ' : 'Nam' } : null,
          p.dateOfBirth ? { label: 'Ngày sinh', value: formatShortVietnameseDate(p.dateOfBirth) } : null,
        ].filter((d): d is { label: string; value: string } => d !== null);
        head = { name: p.fullName, unitName: p.unitName, details, active: p.active };
      }
    } else if (recipient.kind === 'HOUSEHOLD') {
      const h = await this.people.household(actor.bodyId, recipient.id, own);
      if (h) head = { name: `Hộ ông/bà ${h.headName}`, unitName: h.residentialGroupName, details: [{ label: 'Địa chỉ', value: h.address }], active: h.active };
    } else {
      const u = await this.units.find(actor.bodyId, recipient.id);
      if (u && (!own || u.id === own)) head = { name: u.name, unitName: null, details: [], active: u.active };
    }
    if (!head) throw new ApiError(ApiErrorCode.NOT_FOUND, `${recipient.kind} ${recipient.id} not visible to ${actor.userId}`);
    const column = recipient.kind === 'PERSON' ? 'person' : recipient.kind === 'HOUSEHOLD' ? 'household' : 'unit';
    const rows = await this.register.ofRecipient(actor.bodyId, column, recipient.id);
    return { recipient, ...head, awards: rows.map(toRow) };
  }

  /** The archived certificate of a proposal in the caller's register, or null. */
  async certificate(actor: RequestActor, proposalId: string): Promise<{ sha256: string } | null> {
    const sha256 = await this.register.certificateSha256(actor.bodyId, proposalId, ownUnitOnly(actor));
    return sha256 ? { sha256 } : null;
  }

  /** The lookup's conditions: a unit head's own unit and the unit asked for both narrow it. */
  private filter(actor: RequestActor, query: RegisterQuery): AwardRegisterFilter {
    const holderUnitIds = [ownUnitOnly(actor), query.unitId].filter((id): id is string => Boolean(id));
    return { bodyId: actor.bodyId, holderUnitIds, nameQuery: query.q, title: query.title, yearFrom: query.yearFrom, yearTo: query.yearTo, level: query.level };
  }
}
