import { Module } from '@nestjs/common';
import { ProposalDocumentRepository } from '@khenthuong/persistence';
import { repositoryProvider } from '../common/repository-providers';
import { DossierController } from './dossier.controller';
import { DossierPapersService } from './dossier-papers.service';
import { RequiredPapersService } from './required-papers';

/**
 * A proposal's papers and which ones it still needs. Below the proposals module (submitting checks the
 * required papers, the proposal page lists them); the pages that answer on a proposal's page are in
 * DossierPagesModule, above it.
 */
@Module({
  controllers: [DossierController],
  providers: [repositoryProvider(ProposalDocumentRepository), DossierPapersService, RequiredPapersService],
  exports: [DossierPapersService, RequiredPapersService],
})
export class DossierModule {}
