import { Module } from '@nestjs/common';
import { VerificationQueries } from '@khenthuong/persistence';
import { repositoryProvider } from '../common/repository-providers';
import { SignatureCheckService } from './signature-check.service';
import { VerificationController } from './verification.controller';
import { VerificationUploadModule } from './verification-upload';
import { VerificationService } from './verification.service';

/** The public page that checks an issued paper (by its code, or an uploaded copy's signature). */
@Module({
  imports: [VerificationUploadModule],
  controllers: [VerificationController],
  providers: [repositoryProvider(VerificationQueries), VerificationService, SignatureCheckService],
})
export class VerificationModule {}
