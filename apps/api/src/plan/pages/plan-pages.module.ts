import type { Provider, Type } from '@nestjs/common';
import { PlanDocumentsPageController } from './plan-documents-page.controller';
import { PlanEvaluationPageController } from './plan-evaluation-page.controller';
import { PlanPagesController } from './plan-pages.controller';
import { PlanPageView } from './plan-page.view';
import { PlanProgressPageController } from './plan-progress-page.controller';
import { PlanUnitPagesController } from './plan-unit-pages.controller';

/** The plan's pages, spread into AppModule like the plan's API (they use its PageRenderer and services). */
export const PLAN_PAGE_CONTROLLERS: Type[] = [PlanPagesController, PlanUnitPagesController, PlanProgressPageController, PlanEvaluationPageController, PlanDocumentsPageController];
export const PLAN_PAGE_PROVIDERS: Provider[] = [PlanPageView];
