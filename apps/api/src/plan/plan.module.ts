import { Module } from '@nestjs/common';
import {
  PlanEvaluationQueries,
  PlanPapersRepository,
  PlanProgressRepository,
  PlanRegistrationRepository,
  PlanRepository,
  StaffRatingRepository,
} from '@khenthuong/persistence';
import { repositoryProviders } from '../common/repository-providers';
import { ProposalsModule } from '../proposals/proposals.module';
import { RoundsModule } from '../rounds/rounds.module';
import { PlanDocumentsPageController } from './pages/plan-documents-page.controller';
import { PlanEvaluationPageController } from './pages/plan-evaluation-page.controller';
import { PlanPageView } from './pages/plan-page.view';
import { PlanPagesController } from './pages/plan-pages.controller';
import { PlanProgressPageController } from './pages/plan-progress-page.controller';
import { PlanUnitPagesController } from './pages/plan-unit-pages.controller';
import { PlanUploadModule } from './pages/plan-upload.middleware';
import { PlanController } from './plan.controller';
import { PlanDocumentService } from './plan-document.service';
import { PlanEvaluationService } from './plan-evaluation.service';
import { PlanExportService } from './plan-export.service';
import { PlanPapersService } from './plan-papers.service';
import { PlanProgressService } from './plan-progress.service';
import { PlanRatingsService } from './plan-ratings.service';
import { PlanService } from './plan.service';

/** The year's emulation plan: targets, registrations, progress, staff ratings, the year-end evaluation and its papers (REST and pages). */
@Module({
  imports: [PlanUploadModule, ProposalsModule, RoundsModule],
  controllers: [PlanController, PlanPagesController, PlanUnitPagesController, PlanProgressPageController, PlanEvaluationPageController, PlanDocumentsPageController],
  providers: [
    ...repositoryProviders([PlanRepository, PlanRegistrationRepository, PlanProgressRepository, StaffRatingRepository, PlanEvaluationQueries, PlanPapersRepository]),
    PlanService,
    PlanProgressService,
    PlanRatingsService,
    PlanEvaluationService,
    PlanExportService,
    PlanDocumentService,
    PlanPapersService,
    PlanPageView,
  ],
})
export class PlanModule {}
