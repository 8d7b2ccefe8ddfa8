import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IssuedPapersQueries, RevocationRepository } from '@khenthuong/persistence';

/** The decision and archive repositories of libs/persistence, over the api's DataSource. */
export const DECISION_REPOSITORY_PROVIDERS: Provider[] = [
  { provide: RevocationRepository, inject: [DataSource], useFactory: (dataSource: DataSource) => new RevocationRepository(dataSource) },
  { provide: IssuedPapersQueries, inject: [DataSource], useFactory: (dataSource: DataSource) => new IssuedPapersQueries(dataSource) },
];
