import type { Provider } from '@nestjs/common';
import { AuditLogRepository, LoginAttemptRepository, SessionRepository, UserRepository } from '@khenthuong/persistence';
import { repositoryProvider } from '../common/repository-providers';

/** The repositories of users, sessions, login attempts and the audit log, shared by login and administration. */
export const AUTH_REPOSITORY_PROVIDERS: Provider[] = [UserRepository, SessionRepository, LoginAttemptRepository, AuditLogRepository].map((type) =>
  repositoryProvider<unknown>(type),
);
