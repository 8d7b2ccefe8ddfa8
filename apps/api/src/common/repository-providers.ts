import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A repository of libs/persistence over the api's DataSource, injectable by its class. */
export function repositoryProvider<T>(type: new (db: DataSource) => T): Provider {
  return { provide: type, inject: [DataSource], useFactory: (dataSource: DataSource) => new type(dataSource) };
}

/** The providers of several repositories, each over the api's DataSource. */
export function repositoryProviders(types: ReadonlyArray<new (db: DataSource) => object>): Provider[] {
  return types.map((type) => repositoryProvider<object>(type));
}
