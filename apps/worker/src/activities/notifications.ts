import type { DataSource } from 'typeorm';
import type { NotifyInput } from '@khenthuong/temporal';

/** One row per recipient user; the (event, user) key makes a retried activity insert nothing twice. */
export async function notify(dataSource: Pick<DataSource, 'query'>, input: NotifyInput): Promise<number> {
  const rows: unknown[] = await dataSource.query(
    `INSERT INTO notification (body_id, user_id, event_key, kind, proposal_id, round_id, message)
     SELECT $1, u.id, $2, $3, $4, $5, $6
       FROM app_user u
      WHERE u.body_id = $1
        AND (u.id = ANY($7::uuid[]) OR u.roles && $8::text[] OR (u.unit_id = ANY($9::uuid[]) AND 'UNIT_HEAD' = ANY(u.roles)))
     ON CONFLICT (event_key, user_id) DO NOTHING RETURNING id`,
    [input.bodyId, input.eventKey, input.kind, input.proposalId, input.roundId, input.messageVi, input.userIds ?? [], input.roles ?? [], input.unitIds ?? []],
  );
  return rows.length;
}
