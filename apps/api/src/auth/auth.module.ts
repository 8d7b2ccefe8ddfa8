import { Module } from '@nestjs/common';
import { AuditLogRepository, LoginAttemptRepository, SessionRepository, UserRepository } from '@khenthuong/persistence';
import { repositoryProviders } from '../common/repository-providers';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { LoginController } from './pages/login.controller';

/** Sign-in by token (REST) and by session (the login page); exports the users, sessions and audit log administration also writes. */
@Module({
  controllers: [AuthController, LoginController],
  providers: [...repositoryProviders([UserRepository, SessionRepository, LoginAttemptRepository, AuditLogRepository]), AuthService, LoginThrottle],
  exports: [AuthService, UserRepository, SessionRepository, AuditLogRepository],
})
export class AuthModule {}
