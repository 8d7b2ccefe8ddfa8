import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DashboardRepository,
  HealthQueries,
  NominationQueries,
  ObjectionRepository,
  ProposalDocumentRepository,
  ProposalDraftRepository,
  ProposalEligibilityQueries,
  ProposalRepository,
  PublicPageQueries,
  StuckWorkRepository,
  TaskListRepository,
  VerificationQueries,
} from '@khenthuong/persistence';

/** A repository of libs/persistence over the api's DataSource, injectable by its class. */
export function repositoryProvider<T>(type: new (db: DataSource) => T): Provider {
  return { provide: type, inject: [DataSource], useFactory: (dataSource: DataSource) => new type(dataSource) };
}

/** Proposals with their objections, drafts and papers, and the queries of the pages' lists. */
export const PROPOSAL_REPOSITORY_PROVIDERS: Provider[] = [
  ProposalRepository,
  ProposalEligibilityQueries,
  ObjectionRepository,
  NominationQueries,
  ProposalDocumentRepository,
  ProposalDraftRepository,
  DashboardRepository,
  TaskListRepository,
  StuckWorkRepository,
  PublicPageQueries,
  VerificationQueries,
  HealthQueries,
].map((type) => repositoryProvider<object>(type));
