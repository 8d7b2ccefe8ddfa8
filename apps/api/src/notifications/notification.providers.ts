import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationRepository } from '@khenthuong/persistence';

/** The notices repository of libs/persistence, over the api's DataSource. */
export const NOTIFICATION_REPOSITORY_PROVIDERS: Provider[] = [
  { provide: NotificationRepository, inject: [DataSource], useFactory: (dataSource: DataSource) => new NotificationRepository(dataSource) },
];
