import type { Provider, Type } from '@nestjs/common';
import {
  PlanEvaluationQueries,
  PlanPapersRepository,
  PlanProgressRepository,
  PlanRegistrationRepository,
  PlanRepository,
  StaffRatingRepository,
} from '@khenthuong/persistence';
import { repositoryProvider } from '../common/repository-providers';
import { PlanController } from './plan.controller';
import { PlanDocumentService } from './plan-document.service';
import { PlanEvaluationService } from './plan-evaluation.service';
import { PlanExportService } from './plan-export.service';
import { PlanProgressService } from './plan-progress.service';
import { PlanPapersService } from './plan-papers.service';
import { PlanRatingsService } from './plan-ratings.service';
import { PlanService } from './plan.service';

/**
 * The emulation plan feature. Spread into AppModule rather than a module of its own because its
 * services share AppModule's DataSource, config and ProposalService, which that module does not
 * export.
 */
export const PLAN_CONTROLLERS: Type[] = [PlanController];
export const PLAN_PROVIDERS: Provider[] = [
  ...[PlanRepository, PlanRegistrationRepository, PlanProgressRepository, StaffRatingRepository, PlanEvaluationQueries, PlanPapersRepository].map((type) =>
    repositoryProvider<unknown>(type),
  ),
  PlanService,
  PlanProgressService,
  PlanRatingsService,
  PlanEvaluationService,
  PlanExportService,
  PlanDocumentService,
  PlanPapersService,
];
