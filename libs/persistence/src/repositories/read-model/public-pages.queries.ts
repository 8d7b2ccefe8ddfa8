import type { EntityManager } from 'typeorm';
import { IssuingBodyEntity } from '../../entities/issuing-body.entity';
import type { Db } from '../db';

export interface PostedRow {
  id: string;
  title: string;
  year: number;
  nominee_name: string;
  unit_name: string;
  round_id: string | null;
  round_name: string | null;
  workflow_id: string;
  round_workflow_id: string | null;
  /** The posting notice (thông báo công khai) of the round, or of the proposal posted on its own. */
  notice_id: string | null;
}

export interface IssuedDecisionRow {
  decision_id: string;
  title: string;
  year: number;
  nominee_name: string;
  unit_name: string;
  number_text: string;
  /** yyyy-mm-dd */
  decision_date: string;
}

/** At most this many posted proposals per page; a ward posts tens at a time. */
const POSTED_LIMIT = 300;

/** What the public pages read: the body, the lists posted for comments, the decisions issued. No dossier, ballots or contacts. */
export class PublicPageQueries {
  constructor(private readonly db: Db) {}

  static in(manager: EntityManager): PublicPageQueries {
    return new PublicPageQueries(manager);
  }

  /** The body by its public code, or the installation's first body (the demo has one ward). */
  async body(code: string | undefined): Promise<{ id: string; name: string; code: string } | null> {
    const bodies = this.db.getRepository(IssuingBodyEntity);
    const select = { id: true, name: true, code: true } as const;
    const row = code ? await bodies.findOne({ select, where: { code } }) : await bodies.findOne({ select, where: {}, order: { createdAt: 'ASC' } });
    return row ? { id: row.id, name: row.name, code: row.code } : null;
  }

  /** The body's name, or the installation's first body's when none is given; null when there is no body. */
  async bodyName(bodyId: string | undefined): Promise<string | null> {
    const bodies = this.db.getRepository(IssuingBodyEntity);
    const row = bodyId
      ? await bodies.findOne({ select: { name: true }, where: { id: bodyId } })
      : await bodies.findOne({ select: { name: true }, where: {}, order: { createdAt: 'ASC' } });
    return row?.name ?? null;
  }

  /**
   * Proposals posted for comments with their round and latest posting notice. Hand-written: a LATERAL
   * join picks the notice, the round's for a proposal in a round, else the proposal's own.
   */
  posted(bodyId: string): Promise<PostedRow[]> {
    return this.db.query(
      `SELECT p.id, p.title, p.year, p.nominee_name, u.name AS unit_name, p.round_id, r.name AS round_name, p.workflow_id, r.workflow_id AS round_workflow_id,
              notice.id AS notice_id
         FROM proposal p JOIN unit u ON u.id = p.unit_id LEFT JOIN round r ON r.id = p.round_id
         LEFT JOIN LATERAL (
           SELECT d.id FROM archived_document d
            WHERE d.body_id = p.body_id AND d.kind = 'POSTING_NOTICE'
              AND (d.round_id = p.round_id OR (p.round_id IS NULL AND d.round_id IS NULL AND d.proposal_id = p.id))
            ORDER BY d.issued_at DESC LIMIT 1) notice ON true
        WHERE p.body_id = $1 AND p.status = 'PUBLICLY_POSTED'
        ORDER BY r.created_at NULLS LAST, p.title, p.nominee_name LIMIT ${POSTED_LIMIT}`,
      [bodyId],
    );
  }

  /** The latest decisions issued by the body of `code` (or the first body), for the public start page. */
  issuedDecisions(code: string | null): Promise<IssuedDecisionRow[]> {
    return this.db.query(
      `SELECT d.id AS decision_id, p.title, p.year, p.nominee_name, u.name AS unit_name, d.number_text, to_char(d.decision_date, 'YYYY-MM-DD') AS decision_date
         FROM proposal p JOIN unit u ON u.id = p.unit_id
         JOIN decision d ON d.id = p.decision_id
        WHERE p.body_id = (SELECT id FROM issuing_body WHERE ($1::text IS NULL OR code = $1) ORDER BY created_at LIMIT 1)
          AND p.status IN ('DOCUMENTS_ISSUED', 'CLOSED')
        ORDER BY d.decision_date DESC, d.sequence DESC LIMIT 50`,
      [code],
    );
  }
}
