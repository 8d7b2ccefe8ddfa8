import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Calls to Temporal stored with the rows that owe them, pending until Temporal confirms them. */
export class WorkflowCalls1765100000000 implements MigrationInterface {
  name = 'WorkflowCalls1765100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "workflow_call" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_key" text NOT NULL, "kind" text NOT NULL, "workflow_id" text NOT NULL, "workflow_type" text, "task_queue" text, "signal_name" text, "args" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT 0, "last_error" text, CONSTRAINT "PK_workflow_call_id" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "ux_workflow_call_key" ON "workflow_call" ("call_key")`);
    await q.query(`CREATE INDEX "ix_workflow_call_pending" ON "workflow_call" ("dispatched_at", "created_at")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_workflow_call_pending"`);
    await q.query(`DROP INDEX "ux_workflow_call_key"`);
    await q.query(`DROP TABLE "workflow_call"`);
  }
}
