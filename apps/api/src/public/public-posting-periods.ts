import { Injectable } from '@nestjs/common';
import type { PostedRow } from '@khenthuong/persistence';
import { proposalStateQuery, roundStateQuery } from '@khenthuong/temporal';
import { TemporalClientHolder } from '../temporal/temporal-client.provider';

/** How long the public page waits for one workflow to tell its posting period. */
const PERIOD_QUERY_DEADLINE_MS = 2000;

/**
 * The posting periods of what is posted for comments. They live in the workflows (the read model
 * keeps no end date yet): one query per round, one per ad-hoc proposal.
 */
@Injectable()
export class PublicPostingPeriods {
  constructor(private readonly temporal: TemporalClientHolder) {}

  /**
   * Null when the workflow cannot answer in time (the page still lists it): a public page must not
   * wait on a busy or absent worker.
   */
  async of(rows: PostedRow[]): Promise<Map<string, { startsOn: string; endsOn: string } | null>> {
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
