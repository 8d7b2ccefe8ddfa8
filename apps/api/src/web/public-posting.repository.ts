import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { proposalStateQuery, roundStateQuery } from '@khenthuong/temporal';
import { TemporalClientHolder } from '../temporal/temporal-client.provider';

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

/** At most this many posted proposals per page; a ward posts tens at a time. */
const LIMIT = 300;

/** What the public may see while a list is posted for comments: no dossier, no ballots, no contacts. */
/** How long the public page waits for one workflow to tell its posting period. */
const PERIOD_QUERY_DEADLINE_MS = 2000;

@Injectable()
export class PublicPostingRepository {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly temporal: TemporalClientHolder,
  ) {}

  /** The body by its public code, or the installation's first body (the demo has one ward). */
  async body(code: string | undefined): Promise<{ id: string; name: string; code: string } | null> {
    const [row] = code
      ? await this.dataSource.query(`SELECT id, name, code FROM issuing_body WHERE code = $1`, [code])
      : await this.dataSource.query(`SELECT id, name, code FROM issuing_body ORDER BY created_at LIMIT 1`);
    return row ?? null;
  }

  async posted(bodyId: string): Promise<PostedRow[]> {
    return this.dataSource.query(
      `SELECT p.id, p.title, p.year, p.nominee_name, u.name AS unit_name, p.round_id, r.name AS round_name, p.workflow_id, r.workflow_id AS round_workflow_id,
              notice.id AS notice_id
         FROM proposal p JOIN unit u ON u.id = p.unit_id LEFT JOIN round r ON r.id = p.round_id
         LEFT JOIN LATERAL (
           SELECT d.id FROM archived_document d
            WHERE d.body_id = p.body_id AND d.kind = 'POSTING_NOTICE' AND d.subject_key = COALESCE(p.round_id, p.id)::text
            ORDER BY d.issued_at DESC LIMIT 1) notice ON true
        WHERE p.body_id = $1 AND p.status = 'PUBLICLY_POSTED'
        ORDER BY r.created_at NULLS LAST, p.title, p.nominee_name LIMIT ${LIMIT}`,
      [bodyId],
    );
  }

  /**
   * The posting period lives in the workflows (the read model keeps no end date yet): one query per
   * round, one per ad-hoc proposal. Null when the workflow cannot answer in time (the page still
   * lists it): a public page must not wait on a busy or absent worker.
   */
  async periods(rows: PostedRow[]): Promise<Map<string, { startsOn: string; endsOn: string } | null>> {
    const ids = new Map<string, string>();
    for (const r of rows) ids.set(r.round_workflow_id ?? r.workflow_id, r.round_workflow_id ? 'round' : 'proposal');
    const entries = await Promise.all(
      [...ids].map(async ([workflowId, kind]) => {
        try {
          const { client } = this.temporal;
          const handle = client.workflow.getHandle(workflowId);
          const posting = await client.withDeadline(Date.now() + PERIOD_QUERY_DEADLINE_MS, async () =>
            kind === 'round' ? (await handle.query(roundStateQuery)).posting : (await handle.query(proposalStateQuery)).posting,
          );
          return [workflowId, posting] as const;
        } catch {
          return [workflowId, null] as const;
        }
      }),
    );
    return new Map(entries);
  }
}
