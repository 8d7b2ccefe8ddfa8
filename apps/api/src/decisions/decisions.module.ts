import { Module } from '@nestjs/common';
import { RevocationRepository } from '@khenthuong/persistence';
import { repositoryProvider } from '../common/repository-providers';
import { ProposalsModule } from '../proposals/proposals.module';
import { DecisionController } from './decision.controller';
import { DecisionService } from './decision.service';
import { RemoteSignaturePagesController } from './pages/remote-signature-pages.controller';
import { SigningQueueController } from './pages/signing-queue.controller';

/** Issued decisions: revocation (REST), the signer's queue and the remote-signature pages of a proposal. */
@Module({
  imports: [ProposalsModule],
  controllers: [DecisionController, SigningQueueController, RemoteSignaturePagesController],
  providers: [repositoryProvider(RevocationRepository), DecisionService],
  exports: [DecisionService],
})
export class DecisionsModule {}
