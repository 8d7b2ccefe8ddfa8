import type { DataSource, EntityManager } from 'typeorm';
import type { AwardLevel, AwardSource } from '../../entities/award-register.entity';
import { ArchivedDocumentEntity } from '../../entities/archived-document.entity';
import { PersonEntity } from '../../entities/person.entity';
import { ProposalEntity } from '../../entities/proposal.entity';
import { nameLikePattern } from './name-search';

/** One award of the register (the view `award_register`: awards decided here and recorded ones). */
export interface AwardRegisterRow {
  id: string;
  recipientKind: string;
  personId: string | null;
  householdId: string | null;
  unitId: string | null;
  recipientName: string;
  title: string;
  year: number;
  level: AwardLevel;
  source: AwardSource;
  decisionNumber: string | null;
  /** yyyy-mm-dd */
  decisionDate: string | null;
  issuer: string | null;
  proposalId: string | null;
  /** The recipient's unit now (a person's, a household's group, or the unit itself). */
  unitName: string | null;
  /** Whether the archive holds the decision, and the certificate. */
  hasDecision: boolean;
  hasCertificate: boolean;
}

/** The lookup's conditions; each one given narrows it. */
export interface AwardRegisterFilter {
  bodyId: string;
  /** Matched with the holder's unit as of the award; every one given must match. */
  holderUnitIds: readonly string[];
  nameQuery?: string;
  title?: string;
  yearFrom?: number;
  yearTo?: number;
  level?: AwardLevel;
}

export type RecipientColumn = 'person' | 'household' | 'unit';

const LOOKUP_ORDER = 'ORDER BY ar.year DESC, ar.recipient_name, ar.id';

/**
 * The register's rows. Hand-written SQL: `award_register` is a view without an entity, and the page
 * is cut inside, on the view alone, so the joins and the archive lookups run for the page's rows
 * only, not for every match.
 */
export class AwardRegisterRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The same methods inside a caller's transaction. */
  static in(manager: EntityManager): AwardRegisterRepository {
    return new AwardRegisterRepository(manager);
  }

  /** Rows matching `filter` in the lookup's order (latest year first, then name). */
  async find(filter: AwardRegisterFilter, page: { limit: number; offset?: number }): Promise<AwardRegisterRow[]> {
    const params: unknown[] = [filter.bodyId];
    const where = ['ar.body_id = $1'];
    for (const unitId of filter.holderUnitIds) where.push(`ar.holder_unit_id = $${params.push(unitId)}`);
    const pattern = nameLikePattern(filter.nameQuery);
    // The stored key, not khenthuong_search_key(recipient_name): a common name matches thousands of rows.
    if (pattern) where.push(`ar.search_key LIKE $${params.push(pattern)}`);
    if (filter.title) where.push(`ar.title = $${params.push(filter.title)}`);
    if (filter.yearFrom) where.push(`ar.year >= $${params.push(filter.yearFrom)}`);
    if (filter.yearTo) where.push(`ar.year <= $${params.push(filter.yearTo)}`);
    if (filter.level) where.push(`ar.level = $${params.push(filter.level)}`);
    const cut = `LIMIT ${wholeNumber(page.limit)}${page.offset === undefined ? '' : ` OFFSET ${wholeNumber(page.offset)}`}`;
    return this.rows(where.join(' AND '), cut, LOOKUP_ORDER, params);
  }

  /** Every award of one recipient, latest year first. */
  async ofRecipient(bodyId: string, column: RecipientColumn, recipientId: string): Promise<AwardRegisterRow[]> {
    const where = { person: 'ar.person_id = $2', household: 'ar.household_id = $2', unit: 'ar.unit_id = $2' }[column];
    return this.rows(`ar.body_id = $1 AND ${where}`, '', 'ORDER BY ar.year DESC, ar.title, ar.id', [bodyId, recipientId]);
  }

  /**
   * The SHA-256 of the archived, unrevoked certificate of a proposal of the body, or null; with
   * `unitId`, only when the nominee or the nominating unit is that unit.
   */
  async certificateSha256(bodyId: string, proposalId: string, unitId: string | null): Promise<string | null> {
    const query = this.db
      .getRepository(ArchivedDocumentEntity)
      .createQueryBuilder('c')
      .select('c.sha256', 'sha256')
      .innerJoin(ProposalEntity, 'p', 'p.id = c.proposalId')
      .leftJoin(PersonEntity, 'pe', 'pe.id = p.nomineePersonId')
      .where("c.kind = 'CERTIFICATE' AND c.proposalId = :proposalId AND p.bodyId = :bodyId AND c.revokedBy IS NULL", { proposalId, bodyId });
    if (unitId) query.andWhere('(COALESCE(pe.unitId, p.nomineeUnitId) = :unitId OR p.unitId = :unitId)', { unitId });
    const row = await query.getRawOne<{ sha256: string }>();
    return row?.sha256 ?? null;
  }

  /** Which of `dedupeKeys` the register already holds from another source than an import. */
  async keysNotImported(bodyId: string, dedupeKeys: readonly string[]): Promise<Set<string>> {
    const rows = (await this.db.query(`SELECT dedupe_key FROM award_register WHERE body_id = $1 AND source <> 'IMPORTED' AND dedupe_key = ANY($2)`, [
      bodyId,
      dedupeKeys,
    ])) as Array<{ dedupe_key: string }>;
    return new Set(rows.map((r) => r.dedupe_key));
  }

  private async rows(where: string, cut: string, order: string, params: unknown[]): Promise<AwardRegisterRow[]> {
    const rows = (await this.db.query(
      `SELECT ar.id, ar.recipient_kind, ar.person_id, ar.household_id, ar.unit_id, ar.recipient_name, ar.title, ar.year, ar.level, ar.source,
              ar.decision_number, to_char(ar.decision_date, 'YYYY-MM-DD') AS decision_date, ar.issuer, ar.proposal_id,
              ru.name AS unit_name,
              EXISTS (SELECT 1 FROM archived_document d WHERE d.kind = 'DECISION' AND d.decision_id = ar.decision_id AND ar.decision_id IS NOT NULL) AS has_decision,
              EXISTS (SELECT 1 FROM archived_document c WHERE c.kind = 'CERTIFICATE' AND c.proposal_id = ar.proposal_id AND ar.proposal_id IS NOT NULL) AS has_certificate
         FROM (SELECT ar.* FROM award_register ar WHERE ${where} ${order} ${cut}) ar
         LEFT JOIN person pe ON pe.id = ar.person_id
         LEFT JOIN household h ON h.id = ar.household_id
         LEFT JOIN unit ru ON ru.id = COALESCE(pe.unit_id, h.residential_group_id, ar.unit_id)
        ${order}`,
      params,
    )) as RawRegisterRow[];
    return rows.map(toRegisterRow);
  }
}

/** Page bounds are written into the statement, so only whole numbers pass. */
function wholeNumber(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a row count: ${n}`);
  return n;
}

interface RawRegisterRow {
  id: string;
  recipient_kind: string;
  person_id: string | null;
  household_id: string | null;
  unit_id: string | null;
  recipient_name: string;
  title: string;
  year: number;
  level: AwardLevel;
  source: AwardSource;
  decision_number: string | null;
  decision_date: string | null;
  issuer: string | null;
  proposal_id: string | null;
  unit_name: string | null;
  has_decision: boolean;
  has_certificate: boolean;
}

const toRegisterRow = (r: RawRegisterRow): AwardRegisterRow => ({
  id: r.id,
  recipientKind: r.recipient_kind,
  personId: r.person_id,
  householdId: r.household_id,
  unitId: r.unit_id,
  recipientName: r.recipient_name,
  title: r.title,
  year: r.year,
  level: r.level,
  source: r.source,
  decisionNumber: r.decision_number,
  decisionDate: r.decision_date,
  issuer: r.issuer,
  proposalId: r.proposal_id,
  unitName: r.unit_name,
  hasDecision: r.has_decision,
  hasCertificate: r.has_certificate,
});
