import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { markCallDispatched, markCallFailed, pendingCallsOf, type WorkflowCall } from '@khenthuong/persistence';
import { dispatchWorkflowCall } from '@khenthuong/temporal/runtime';
import { TemporalClientHolder } from './temporal-client.provider';

/**
 * Delivers the calls a committed row owes its workflow. A request delivers its own at once; when it
 * cannot (Temporal down, the process killed), its retry or the worker's drain delivers them later.
 */
@Injectable()
export class WorkflowCalls {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly temporal: TemporalClientHolder,
  ) {}

  /** The stored start of `workflow` under `workflowId` on this deployment's queue: enqueue it in the transaction that writes its row. */
  startCall<A extends unknown[]>(workflow: (...args: A) => Promise<unknown>, workflowId: string, args: A): WorkflowCall {
    return { callKey: `start:${workflowId}`, kind: 'START', workflowId, workflowType: workflow.name, taskQueue: this.temporal.proposalsQueue, args };
  }

  async deliverPending(workflowId: string): Promise<void> {
    for (const call of await pendingCallsOf(this.dataSource, workflowId)) {
      try {
        await dispatchWorkflowCall(this.temporal.client, call);
      } catch (error) {
        await markCallFailed(this.dataSource, call.id, error instanceof Error ? error.message : String(error)).catch(() => undefined);
        throw error;
      }
      await markCallDispatched(this.dataSource, call.id);
    }
  }
}
