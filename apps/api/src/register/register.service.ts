import { Inject, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { formatShortVietnameseDate, searchKey } from '@khenthuong/domain';
import type { RequestActor } from '../auth/actor';
import { ApiError, ApiErrorCode } from '../common/api-error';
import { registerTitleName } from './register-titles';
import { likeFragment } from './people.service';
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

const REGISTER_ORDER = 'ORDER BY ar.year DESC, ar.recipient_name, ar.id';

/**
 * The rows of the register matching `where`, in the lookup's order, with their unit and archived
 * papers. The page is cut inside, on the view alone, so the joins and the archive lookups run for
 * the page's rows only, not for every match.
 */
export const registerRowsSql = (where: string, page = '', order = REGISTER_ORDER): string => `SELECT ar.id, ar.recipient_kind, ar.person_id, ar.household_id, ar.unit_id, ar.recipient_name, ar.title, ar.year, ar.level, ar.source,
         ar.decision_number, to_char(ar.decision_date, 'YYYY-MM-DD') AS decision_date, ar.issuer, ar.proposal_id,
         ru.name AS unit_name,
         EXISTS (SELECT 1 FROM archived_document d WHERE d.kind = 'DECISION' AND d.decision_id = ar.decision_id AND ar.decision_id IS NOT NULL) AS has_decision,
         EXISTS (SELECT 1 FROM archived_document c WHERE c.kind = 'CERTIFICATE' AND c.proposal_id = ar.proposal_id AND ar.proposal_id IS NOT NULL) AS has_certificate
    FROM (SELECT ar.* FROM award_register ar WHERE ${where} ${order} ${page}) ar
    LEFT JOIN person pe ON pe.id = ar.person_id
    LEFT JOIN household h ON h.id = ar.household_id
    LEFT JOIN unit ru ON ru.id = COALESCE(pe.unit_id, h.residential_group_id, ar.unit_id)
   ${order}`;

function toRow(r: Record<string, unknown>): RegisterRowView {
  const recipient: RecipientRef | null = r.person_id
    ? { kind: 'PERSON', id: r.person_id as string }
    : r.household_id
      ? { kind: 'HOUSEHOLD', id: r.household_id as string }
      : r.unit_id
        ? { kind: 'UNIT', id: r.unit_id as string }
        : null;
  const level = r.level as AwardLevelCode;
  const proposalId = r.proposal_id as string | null;
  const decisionDate = r.decision_date as string | null;
  return {
    id: r.id as string,
    recipientKind: r.recipient_kind as string,
    recipientKindName: KIND_NAMES_VI[r.recipient_kind as string] ?? '',
    recipient,
    recipientName: r.recipient_name as string,
    unitName: r.unit_name as string | null,
    title: r.title as string,
    titleName: registerTitleName(r.title as string, r.year as number),
    year: r.year as number,
    level,
    levelName: LEVEL_NAMES_VI[level] ?? '',
    source: r.source as string,
    sourceName: SOURCE_NAMES_VI[r.source as string] ?? '',
    decisionNumber: r.decision_number as string | null,
    decisionDate,
    decisionDateText: decisionDate ? formatShortVietnameseDate(decisionDate) : null,
    issuer: r.issuer as string | null,
    proposalId,
    decisionUrl: r.has_decision && proposalId ? `/ho-so/${proposalId}/quyet-dinh.pdf` : null,
    certificateUrl: r.has_certificate && proposalId ? `/so-khen-thuong/ho-so/${proposalId}/giay-chung-nhan.pdf` : null,
  };
}

/** The award register (docs/register.md): lookup, one recipient's history, export. */
@Injectable()
export class RegisterService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async lookup(actor: RequestActor, query: RegisterQuery): Promise<{ rows: RegisterRowView[]; page: number; hasMore: boolean }> {
    const page = query.page ?? 1;
    const { where, params } = this.filtered(actor, query);
    const rows = await this.dataSource.query(registerRowsSql(where, `LIMIT ${REGISTER_PAGE_SIZE + 1} OFFSET ${(page - 1) * REGISTER_PAGE_SIZE}`), params);
    return { rows: rows.slice(0, REGISTER_PAGE_SIZE).map(toRow), page, hasMore: rows.length > REGISTER_PAGE_SIZE };
  }

  async exportWorkbook(actor: RequestActor, query: RegisterQuery): Promise<Buffer> {
    const { where, params } = this.filtered(actor, query);
    const rows: RegisterRowView[] = (await this.dataSource.query(registerRowsSql(where, `LIMIT ${REGISTER_EXPORT_LIMIT}`), params)).map(toRow);
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
      const [p] = await this.dataSource.query(
        `SELECT p.full_name, u.name AS unit_name, p.unit_id, p.position, p.gender, to_char(p.date_of_birth, 'YYYY-MM-DD') AS dob, p.active
           FROM person p LEFT JOIN unit u ON u.id = p.unit_id WHERE p.id = $1 AND p.body_id = $2`,
        [recipient.id, actor.bodyId],
      );
      if (p && (!own || p.unit_id === own)) {
        const details = [
          p.position ? { label: 'Chức vụ', value: p.position as string } : null,
          p.gender ? { label: 'Giới tính', value: p.gender === 'NU' ? 'Nữ' : 'Nam' } : null,
          p.dob ? { label: 'Ngày sinh', value: formatShortVietnameseDate(p.dob) } : null,
        ].filter((d): d is { label: string; value: string } => d !== null);
        head = { name: p.full_name, unitName: p.unit_name, details, active: p.active };
      }
    } else if (recipient.kind === 'HOUSEHOLD') {
      const [h] = await this.dataSource.query(
        `SELECT h.head_name, h.address, h.residential_group_id, u.name AS unit_name, h.active FROM household h JOIN unit u ON u.id = h.residential_group_id
          WHERE h.id = $1 AND h.body_id = $2`,
        [recipient.id, actor.bodyId],
      );
      if (h && (!own || h.residential_group_id === own)) head = { name: `Hộ ông/bà ${h.head_name}`, unitName: h.unit_name, details: [{ label: 'Địa chỉ', value: h.address }], active: h.active };
    } else {
      const [u] = await this.dataSource.query(`SELECT id, name, active FROM unit WHERE id = $1 AND body_id = $2`, [recipient.id, actor.bodyId]);
      if (u && (!own || u.id === own)) head = { name: u.name, unitName: null, details: [], active: u.active };
    }
    if (!head) throw new ApiError(ApiErrorCode.NOT_FOUND, `${recipient.kind} ${recipient.id} not visible to ${actor.userId}`);
    const column = recipient.kind === 'PERSON' ? 'person_id' : recipient.kind === 'HOUSEHOLD' ? 'household_id' : 'unit_id';
    const rows = await this.dataSource.query(registerRowsSql(`ar.body_id = $1 AND ar.${column} = $2`, '', 'ORDER BY ar.year DESC, ar.title, ar.id'), [actor.bodyId, recipient.id]);
    return { recipient, ...head, awards: rows.map(toRow) };
  }

  /** The archived certificate of a proposal in the caller's register, or null. */
  async certificate(actor: RequestActor, proposalId: string): Promise<{ sha256: string } | null> {
    const own = ownUnitOnly(actor);
    const rows = await this.dataSource.query(
      `SELECT c.sha256 FROM archived_document c JOIN proposal p ON p.id = c.proposal_id
         LEFT JOIN person pe ON pe.id = p.nominee_person_id
        WHERE c.kind = 'CERTIFICATE' AND c.proposal_id = $1 AND p.body_id = $2 AND c.revoked_by IS NULL
          AND ($3::uuid IS NULL OR COALESCE(pe.unit_id, p.nominee_unit_id) = $3 OR p.unit_id = $3)`,
      [proposalId, actor.bodyId, own],
    );
    return rows[0] ?? null;
  }

  /**
   * The lookup's conditions. A unit is matched by the holder's unit as of the award (the view's
   * `holder_unit_id`, indexed with the body and year in both branches), so the condition reaches
   * each branch's index instead of reading the body's whole register.
   */
  private filtered(actor: RequestActor, query: RegisterQuery): { where: string; params: unknown[] } {
    const params: unknown[] = [actor.bodyId];
    const where = ['ar.body_id = $1'];
    for (const unitId of [ownUnitOnly(actor), query.unitId]) {
      if (unitId) where.push(`ar.holder_unit_id = $${params.push(unitId)}`);
    }
    if (query.q && searchKey(query.q)) where.push(`khenthuong_search_key(ar.recipient_name) LIKE $${params.push(likeFragment(query.q))}`);
    if (query.title) where.push(`ar.title = $${params.push(query.title)}`);
    if (query.yearFrom) where.push(`ar.year >= $${params.push(query.yearFrom)}`);
    if (query.yearTo) where.push(`ar.year <= $${params.push(query.yearTo)}`);
    if (query.level) where.push(`ar.level = $${params.push(query.level)}`);
    return { where: where.join(' AND '), params };
  }
}
