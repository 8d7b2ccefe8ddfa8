import { Module, type DynamicModule, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createDataSource, migrate } from '@khenthuong/persistence';
import { AppConfig } from '@khenthuong/platform';
import { AdminCalendarService } from './admin/admin-calendar.service';
import { AdminCouncilsService } from './admin/admin-councils.service';
import { AdminRulesService } from './admin/admin-rules.service';
import { AdminUnitsService } from './admin/admin-units.service';
import { AdminUsersService } from './admin/admin-users.service';
import { ADMIN_REPOSITORY_PROVIDERS } from './admin/admin.providers';
import { AuthController } from './auth/auth.controller';
import { AUTH_REPOSITORY_PROVIDERS } from './auth/auth.providers';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { CsrfGuard } from './auth/csrf.guard';
import { LoginThrottle } from './auth/login-throttle';
import { GlobalExceptionFilter } from './common/global-exception.filter';
import { InputHygieneGuard } from './common/input-hygiene.guard';
import { StuckWorkService } from './stuck-work/stuck-work.service';
import { HealthController } from './health/health.controller';
import { NotificationPagesController } from './notifications/pages/notification-pages.controller';
import { NOTIFICATION_REPOSITORY_PROVIDERS } from './notifications/notification.providers';
import { NotificationRepository } from './notifications/notification-inbox';
import { PLAN_CONTROLLERS, PLAN_PROVIDERS } from './plan/plan.module';
import { TASK_CONTROLLERS, TASK_PROVIDERS } from './tasks/tasks.module';
import { ProposalController } from './proposals/proposal.controller';
import { ProposalService } from './proposals/proposal.service';
import { NomineeResolver } from './proposals/nominee-resolver';
import { NominationScopes } from './proposals/nomination-scope';
import { PROPOSAL_DRAFT_CONTROLLERS, PROPOSAL_DRAFT_PROVIDERS } from './proposal-drafts/proposal-draft.module';
import { DraftPagesController } from './proposal-drafts/pages/draft-pages.controller';
import { NominationFormView } from './proposal-drafts/pages/nomination-form.view';
import { ObjectionService } from './proposals/objection.service';
import { PublicObjectionController } from './public/public-objection.controller';
import { RoundController } from './rounds/round.controller';
import { ROUND_REPOSITORY_PROVIDERS } from './rounds/round.providers';
import { RoundService } from './rounds/round.service';
import { SecretBallotSealer } from './council/secret-ballot.sealer';
import { TemporalClientHolder } from './temporal/temporal-client.provider';
import { WorkflowCalls } from './temporal/workflow-calls';
import { CouncilInboxController } from './proposals/pages/council-inbox.controller';
import { HomeController } from './public/pages/home.controller';
import { LoginController } from './auth/pages/login.controller';
import { OfficerDashboardController } from './tasks/pages/officer-dashboard.controller';
import { PageRenderer } from './web/page-renderer';
import { ProposalPageController } from './proposals/pages/proposal-page.controller';
import { RemoteSignaturePagesController } from './decisions/pages/remote-signature-pages.controller';
import { ProposalPageResponder } from './proposals/pages/proposal-page-responder';
import { ProposalStepsController } from './proposals/pages/proposal-steps.controller';
import { PublicPostingController } from './public/pages/public-posting.controller';
import { RoundCouncilController } from './rounds/pages/round-council.controller';
import { RoundPagesController } from './rounds/pages/round-pages.controller';
import { RoundView } from './rounds/pages/round-view';
import { PublicPostingPeriods } from './public/public-posting-periods';
import { ProposalView } from './proposals/pages/proposal-view';
import { SigningQueueController } from './decisions/pages/signing-queue.controller';
import { StaticController } from './web/static.controller';
import { UnitPagesController } from './proposal-drafts/pages/unit-pages.controller';
import { ViewEngine } from './web/view-engine';
import { WebExceptionFilter } from './web/web-exception.filter';
import { BrowserAwareExceptionFilter } from './web/browser-aware-exception.filter';
import { AdminCalendarPagesController } from './admin/pages/admin-calendar-pages.controller';
import { AdminCouncilsPagesController } from './admin/pages/admin-councils-pages.controller';
import { AdminRulesPagesController } from './admin/pages/admin-rules-pages.controller';
import { AdminUnitsPagesController } from './admin/pages/admin-units-pages.controller';
import { AdminUsersPagesController } from './admin/pages/admin-users-pages.controller';
import { VERIFICATION_CONTROLLERS, VERIFICATION_PROVIDERS, VerificationUploadModule } from './verification/verification.module';
import { PLAN_PAGE_CONTROLLERS, PLAN_PAGE_PROVIDERS } from './plan/pages/plan-pages.module';
import { PlanUploadModule } from './plan/pages/plan-upload.middleware';
import { REGISTER_CONTROLLERS, REGISTER_PROVIDERS } from './register/register.module';
import { RegisterPagesController } from './register/pages/register-pages.controller';
import { HouseholdPagesController, PeoplePagesController } from './register/pages/people-pages.controller';
import { RegisterReportsPagesController } from './register/pages/register-reports-pages.controller';
import { DOSSIER_CONTROLLERS, DOSSIER_PROVIDERS } from './dossier/dossier.module';
import { DossierPagesController } from './dossier/pages/dossier-pages.controller';
import { DossierUploadModule } from './dossier/pages/dossier-upload.middleware';
import { archiveStoreProvider } from './core/archive-store';
import { PROPOSAL_REPOSITORY_PROVIDERS } from './common/repository-providers';

class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      // Both parse multipart forms before the guards (CSRF reads the form's token).
      imports: [VerificationUploadModule, PlanUploadModule, DossierUploadModule],
      controllers: [
        HomeController,
        HealthController,
        AuthController,
        ProposalController,
        PublicObjectionController,
        RoundController,
        StaticController,
        LoginController,
        OfficerDashboardController,
        UnitPagesController,
        CouncilInboxController,
        SigningQueueController,
        ProposalPageController,
        RemoteSignaturePagesController,
        ProposalStepsController,
        PublicPostingController,
        RoundPagesController,
        RoundCouncilController,
        NotificationPagesController,
        // Administration
        AdminUsersPagesController,
        AdminUnitsPagesController,
        AdminCouncilsPagesController,
        AdminRulesPagesController,
        AdminCalendarPagesController,
        ...PLAN_CONTROLLERS,
        ...TASK_CONTROLLERS,
        ...REGISTER_CONTROLLERS,
        ...VERIFICATION_CONTROLLERS,
        ...PLAN_PAGE_CONTROLLERS,
        ...DOSSIER_CONTROLLERS,
        DossierPagesController,
        ...PROPOSAL_DRAFT_CONTROLLERS,
        DraftPagesController,
        RegisterReportsPagesController,
        RegisterPagesController,
        PeoplePagesController,
        HouseholdPagesController,
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        archiveStoreProvider,
        {
          provide: DataSource,
          useFactory: async () => {
            const dataSource = await createDataSource({ url: config.DATABASE_URL }).initialize();
            const applied = await migrate(dataSource);
            if (applied.length) logger.info({ applied }, 'migrations applied');
            return dataSource;
          },
        },
        {
          provide: TemporalClientHolder,
          useFactory: async () => {
            const holder = new TemporalClientHolder(config);
            await holder.connect();
            return holder;
          },
        },
        // Guards run in this order: input free of control characters, who is it (session or token),
        // then the form's CSRF token.
        { provide: APP_GUARD, useClass: InputHygieneGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: GlobalExceptionFilter, useValue: new GlobalExceptionFilter(logger) },
        { provide: APP_FILTER, useClass: BrowserAwareExceptionFilter },
        // Templates are compiled once here, at boot: a broken view stops the api before it listens.
        { provide: ViewEngine, useFactory: () => new ViewEngine() },
        ...AUTH_REPOSITORY_PROVIDERS,
        AuthService,
        LoginThrottle,
        WorkflowCalls,
        ProposalService,
        NomineeResolver,
        NominationScopes,
        NominationFormView,
        ObjectionService,
        RoundService,
        ...ROUND_REPOSITORY_PROVIDERS,
        SecretBallotSealer,
        StuckWorkService,
        ...ADMIN_REPOSITORY_PROVIDERS,
        AdminUsersService,
        AdminUnitsService,
        AdminCouncilsService,
        AdminRulesService,
        AdminCalendarService,
        PageRenderer,
        ProposalView,
        ProposalPageResponder,
        RoundView,
        PublicPostingPeriods,
        NotificationRepository,
        ...NOTIFICATION_REPOSITORY_PROVIDERS,
        WebExceptionFilter,
        DataSourceCloser,
        ...PLAN_PROVIDERS,
        ...TASK_PROVIDERS,
        ...REGISTER_PROVIDERS,
        ...VERIFICATION_PROVIDERS,
        ...PLAN_PAGE_PROVIDERS,
        ...DOSSIER_PROVIDERS,
        ...PROPOSAL_DRAFT_PROVIDERS,
        ...PROPOSAL_REPOSITORY_PROVIDERS,
      ],
    };
  }
}
