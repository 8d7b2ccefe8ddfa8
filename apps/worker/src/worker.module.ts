import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { DocumentRenderer, ensureDemoPki, FileArchiveStore, IssuedDocumentSigner, loadIssuingKeyRing, PdfRenderer } from '@khenthuong/documents';
import { WorkingDayCalendar } from '@khenthuong/domain';
import { createDataSource, loadBodyCalendar, ObjectionRepository, ProposalMirrorRepository, ProposalRepository } from '@khenthuong/persistence';
import { AppConfig, BallotSealer } from '@khenthuong/platform';
import { createDocumentActivities, renderDecisionForSigning, type DocumentActivityDeps } from './activities/document.activities';
import { completeRemoteSignature, createRemoteSigningActivities } from './activities/remote-signing.activities';
import { createPaperActivities } from './activities/paper.activities';
import { createRevocationActivities } from './activities/revocation.activities';
import { createPlanActivities, createPlanDocumentActivities } from './activities/plan-document.activities';
import { createProposalActivities } from './activities/proposal.activities';
import { createRoundActivities } from './activities/round.activities';
import { Client, Connection } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { HeartbeatService } from './health/heartbeat.service';
import { HousekeepingService } from './health/housekeeping.service';
import { EmailDispatcher } from './notifications/email-dispatcher';
import { TemporalWorkerRunner } from './temporal/temporal-worker.runner';
import { WorkflowCallDrain } from './temporal/workflow-call.drain';
import { DOCUMENT_ACTIVITIES, LOGGER, PAPER_ACTIVITIES, REVOCATION_ACTIVITIES, ROUND_ACTIVITIES, PLAN_ACTIVITIES, PLAN_DOCUMENT_ACTIVITIES, PROPOSAL_ACTIVITIES } from './worker.tokens';

/** What each set of paper-issuing activities is given: the one archive, renderer and signer of this worker. */
const ISSUING_DEPS = Symbol('ISSUING_DEPS');

/** Closes what the module opened, after the workers have stopped. */
class ResourceCloser implements OnApplicationShutdown {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PdfRenderer) private readonly pdf: PdfRenderer,
    @Inject(Client) private readonly client: Client,
  ) {}
  async onApplicationShutdown(): Promise<void> {
    await this.pdf.close();
    await this.client.connection.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    const archive = new FileArchiveStore(config.ARCHIVE_DIR);
    return {
      module: WorkerModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: LOGGER, useValue: logger },
        {
          provide: DataSource,
          useFactory: () => createDataSource({ url: config.DATABASE_URL, poolSize: 5 }).initialize(),
        },
        {
          provide: PdfRenderer,
          useFactory: () =>
            new PdfRenderer({ executablePath: config.CHROMIUM_PATH, maxConcurrentPages: config.RENDER_CONCURRENCY, logger: logger.child({ component: 'pdf' }) }),
        },
        {
          // Keys are opened at boot: a missing or unreadable key stops the worker with the file's name.
          // Outside production a missing folder gets the demo PKI, as `npm start` makes it.
          provide: IssuedDocumentSigner,
          useFactory: () => {
            if (config.NODE_ENV !== 'production') ensureDemoPki(config.SIGNING_KEYS_DIR);
            return new IssuedDocumentSigner(loadIssuingKeyRing(config.SIGNING_KEYS_DIR));
          },
        },
        {
          provide: ISSUING_DEPS,
          inject: [DataSource, PdfRenderer, IssuedDocumentSigner],
          useFactory: (dataSource: DataSource, pdf: PdfRenderer, signer: IssuedDocumentSigner): DocumentActivityDeps => ({
            dataSource,
            renderer: new DocumentRenderer(pdf, { fontsDir: config.FONTS_DIR }),
            archive,
            publicBaseUrl: config.publicBaseUrl(),
            signer,
          }),
        },
        {
          provide: Client,
          useFactory: async () => new Client({ connection: await Connection.connect({ address: config.TEMPORAL_ADDRESS }), namespace: config.TEMPORAL_NAMESPACE }),
        },
        {
          provide: PROPOSAL_ACTIVITIES,
          inject: [DataSource, Client],
          useFactory: (dataSource: DataSource, client: Client) =>
            createProposalActivities({
              dataSource,
              proposals: new ProposalRepository(dataSource),
              mirror: new ProposalMirrorRepository(dataSource),
              objections: new ObjectionRepository(dataSource),
              calendar: WorkingDayCalendar.vietnam(),
              calendarOf: (bodyId) => loadBodyCalendar(dataSource, bodyId),
              archive,
              ballotSealer: new BallotSealer(config.ballotSealKeys()),
              fetchHistory: async (workflowId) => JSON.parse(historyToJSON(await client.workflow.getHandle(workflowId).fetchHistory())) as unknown,
              postingPeriodSeconds: config.POSTING_PERIOD_SECONDS,
            }),
        },
        { provide: ROUND_ACTIVITIES, inject: [DataSource, Client], useFactory: (dataSource: DataSource, client: Client) => createRoundActivities({ dataSource, client }) },
        {
          // A decision's signer may approve on their own device (SIGNING_REMOTE_*): asked, checked and completed here.
          provide: DOCUMENT_ACTIVITIES,
          inject: [ISSUING_DEPS, IssuedDocumentSigner],
          useFactory: (deps: DocumentActivityDeps, signer: IssuedDocumentSigner) => {
            const remote = { dataSource: deps.dataSource, signer, settings: config.remoteSigning() };
            return {
              ...createDocumentActivities({ ...deps, completeRemoteSignature: (requestId, facts) => completeRemoteSignature(remote, requestId, facts) }),
              ...createRemoteSigningActivities({ ...remote, renderDecision: (input) => renderDecisionForSigning(deps, input) }),
            };
          },
        },
        {
          provide: PAPER_ACTIVITIES,
          inject: [ISSUING_DEPS],
          useFactory: (deps: DocumentActivityDeps) => createPaperActivities(deps),
        },
        {
          provide: REVOCATION_ACTIVITIES,
          inject: [ISSUING_DEPS],
          useFactory: (deps: DocumentActivityDeps) => createRevocationActivities(deps),
        },
        { provide: PLAN_ACTIVITIES, inject: [DataSource], useFactory: (dataSource: DataSource) => createPlanActivities({ dataSource }) },
        {
          provide: PLAN_DOCUMENT_ACTIVITIES,
          inject: [DataSource, PdfRenderer],
          useFactory: (dataSource: DataSource, pdf: PdfRenderer) =>
            createPlanDocumentActivities({ dataSource, pdf, fontsDir: config.FONTS_DIR, archive, publicBaseUrl: config.publicBaseUrl() }),
        },
        TemporalWorkerRunner,
        HeartbeatService,
        HousekeepingService,
        EmailDispatcher,
        WorkflowCallDrain,
        ResourceCloser,
      ],
    };
  }
}
