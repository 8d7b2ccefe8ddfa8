import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NativeConnection, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import type { Logger } from 'pino';
import { taskQueues, type DocumentActivities, type PaperActivities, type PlanActivities, type PlanDocumentActivities, type ProposalActivities, type RoundActivities } from '@khenthuong/temporal';
import { AppConfig } from '@khenthuong/platform';
import type { RevocationActivities } from '@khenthuong/temporal';
import { classifyFailures } from '../activities/activity-failure';
import { createAttentionActivities } from '../activities/attention.activities';
import { DOCUMENT_ACTIVITIES, LOGGER, PAPER_ACTIVITIES, REVOCATION_ACTIVITIES, PLAN_ACTIVITIES, PLAN_DOCUMENT_ACTIVITIES, PROPOSAL_ACTIVITIES, ROUND_ACTIVITIES } from '../worker.tokens';
import { bundleWorkflows } from './workflow-bundle';

/** Runs the proposal worker (workflows + read-model activities) and the documents worker. */
@Injectable()
export class TemporalWorkerRunner implements OnApplicationShutdown {
  private connection?: NativeConnection;
  private workers: Worker[] = [];
  private running?: Promise<unknown>;

  constructor(
    private readonly config: AppConfig,
    @Inject(PROPOSAL_ACTIVITIES) private readonly proposalActivities: ProposalActivities,
    @Inject(DOCUMENT_ACTIVITIES) private readonly documentActivities: DocumentActivities,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(PLAN_ACTIVITIES) private readonly planActivities: PlanActivities,
    @Inject(PLAN_DOCUMENT_ACTIVITIES) private readonly planDocumentActivities: PlanDocumentActivities,
    @Inject(ROUND_ACTIVITIES) private readonly roundActivities: RoundActivities,
    @Inject(PAPER_ACTIVITIES) private readonly paperActivities: PaperActivities,
    @Inject(REVOCATION_ACTIVITIES) private readonly revocationActivities: RevocationActivities,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  /** Starts polling; resolves once both workers run. `options.bundle` lets tests share one bundle. */
  async start(options: { bundle?: WorkflowBundleOption; maxCachedWorkflows?: number } = {}): Promise<void> {
    const workflowBundle = options.bundle ?? (await bundleWorkflows());
    this.connection = await NativeConnection.connect({ address: this.config.TEMPORAL_ADDRESS });
    const common = { connection: this.connection, namespace: this.config.TEMPORAL_NAMESPACE };
    const queues = taskQueues(this.config.TEMPORAL_TASK_QUEUE_PREFIX);
    this.workers = [
      await Worker.create({
        ...common,
        taskQueue: queues.proposals,
        workflowBundle,
        // Every activity's errors are classified retryable or not in one place (activity-failure.ts).
        activities: classifyFailures({
          ...this.proposalActivities,
          ...this.roundActivities,
          ...this.planActivities,
          ...createAttentionActivities({ dataSource: this.dataSource, log: (detail, message) => this.logger.warn(detail, message) }),
        }),
        ...cacheSize(options.maxCachedWorkflows ?? this.config.WORKFLOW_CACHE_SIZE),
      }),
      await Worker.create({
        ...common,
        taskQueue: queues.documents,
        activities: classifyFailures({ ...this.documentActivities, ...this.planDocumentActivities, ...this.paperActivities, ...this.revocationActivities }),
        // Chromium pages are the scarce resource: as many renders as the pool allows.
        maxConcurrentActivityTaskExecutions: this.config.RENDER_CONCURRENCY,
      }),
    ];
    this.running = Promise.all(this.workers.map((w) => w.run()));
    this.running.catch((error: unknown) => this.logger.error({ err: error }, 'temporal worker stopped with an error'));
    this.logger.info({ taskQueues: [queues.proposals, queues.documents] }, 'temporal workers running');
  }

  async onApplicationShutdown(): Promise<void> {
    for (const worker of this.workers) if (worker.getState() === 'RUNNING') worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close();
    this.logger.info({}, 'temporal workers stopped');
  }
}

/** Unset: the SDK sizes the cache from the heap. A ward-sized round wants every running proposal cached (docs/architecture.md). */
const cacheSize = (size: number | undefined) => (size !== undefined ? { maxCachedWorkflows: size } : {});
