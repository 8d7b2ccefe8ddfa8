import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { Logger } from 'pino';
import { AppConfig } from '@khenthuong/platform';
import { AdminModule } from './admin/admin.module';
import { AuthGuard } from './auth/auth.guard';
import { AuthModule } from './auth/auth.module';
import { CsrfGuard } from './auth/csrf.guard';
import { InputHygieneGuard } from './common/input-hygiene.guard';
import { CoreModule } from './core/core.module';
import { DecisionsModule } from './decisions/decisions.module';
import { DossierPagesModule } from './dossier/dossier-pages.module';
import { DossierModule } from './dossier/dossier.module';
import { HealthModule } from './health/health.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PlanModule } from './plan/plan.module';
import { ProposalDraftsModule } from './proposal-drafts/proposal-drafts.module';
import { ProposalsModule } from './proposals/proposals.module';
import { PublicModule } from './public/public.module';
import { RegisterModule } from './register/register.module';
import { RoundsModule } from './rounds/rounds.module';
import { TasksModule } from './tasks/tasks.module';
import { VerificationModule } from './verification/verification.module';
import { BrowserAwareExceptionFilter } from './web/browser-aware-exception.filter';
import { WebKernelModule } from './web/web-kernel.module';

/** The feature modules listed in docs/architecture.md; AppModule itself only imports them and sets the global guards and filter. */
export const FEATURE_MODULES = [
  AuthModule,
  HealthModule,
  PublicModule,
  ProposalsModule,
  ProposalDraftsModule,
  DossierModule,
  DossierPagesModule,
  RoundsModule,
  DecisionsModule,
  TasksModule,
  NotificationsModule,
  VerificationModule,
  PlanModule,
  RegisterModule,
  AdminModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      // The upload middleware modules (imported by verification, plan, dossier pages) parse multipart forms
      // before the guards: the CSRF guard reads the form's token.
      imports: [CoreModule.forRoot(config, logger), WebKernelModule, ...FEATURE_MODULES],
      providers: [
        // Guards run in this order: input free of control characters, who is it (session or token),
        // then the form's CSRF token.
        { provide: APP_GUARD, useClass: InputHygieneGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_FILTER, useClass: BrowserAwareExceptionFilter },
      ],
    };
  }
}
