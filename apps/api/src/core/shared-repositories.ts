import type { Provider } from '@nestjs/common';
import {
  DashboardRepository,
  IssuedPapersQueries,
  NotificationRepository,
  PeopleRepository,
  ProposalRepository,
  PublicPageQueries,
  UnitRepository,
} from '@khenthuong/persistence';
import { repositoryProviders } from '../common/repository-providers';
import { IssuedPapersRepository } from '../decisions/issued-papers.repository';

/**
 * The libs/persistence repositories read by several features (a repository only one feature reads is
 * provided by that feature's module): proposals, units and people, the pages' lists, the public pages'
 * and the header's queries, and the issued papers shown on proposal and round pages.
 */
const SHARED_PERSISTENCE = [ProposalRepository, DashboardRepository, PublicPageQueries, NotificationRepository, UnitRepository, PeopleRepository, IssuedPapersQueries];

export const SHARED_REPOSITORIES = [...SHARED_PERSISTENCE, IssuedPapersRepository];

export const SHARED_REPOSITORY_PROVIDERS: Provider[] = [...repositoryProviders(SHARED_PERSISTENCE), IssuedPapersRepository];
