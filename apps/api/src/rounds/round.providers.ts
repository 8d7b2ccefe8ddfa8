import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RoundRepository } from '@khenthuong/persistence';

/** The round repository of libs/persistence, over the api's DataSource. */
export const ROUND_REPOSITORY_PROVIDERS: Provider[] = [
  { provide: RoundRepository, inject: [DataSource], useFactory: (dataSource: DataSource) => new RoundRepository(dataSource) },
];
