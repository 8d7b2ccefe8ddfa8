import type { Provider } from '@nestjs/common';
import { CalendarDayRepository, CouncilRepository, RuleSetOverrideRepository, UnitRepository } from '@khenthuong/persistence';
import { repositoryProvider } from '../common/repository-providers';

/** The repositories behind the administrator's pages (users and sessions come with login's). */
export const ADMIN_REPOSITORY_PROVIDERS: Provider[] = [UnitRepository, CouncilRepository, RuleSetOverrideRepository, CalendarDayRepository].map((type) => repositoryProvider<unknown>(type));
