import { Module } from '@nestjs/common';
import { ProposalDraftRepository } from '@khenthuong/persistence';
import { repositoryProvider } from '../common/repository-providers';
import { DossierModule } from '../dossier/dossier.module';
import { DossierUploadModule } from '../dossier/pages/dossier-upload.middleware';
import { ProposalsModule } from '../proposals/proposals.module';
import { DraftPapersService } from './draft-papers.service';
import { DraftPagesController } from './pages/draft-pages.controller';
import { NominationFormView } from './pages/nomination-form.view';
import { UnitPagesController } from './pages/unit-pages.controller';
import { ProposalDraftController } from './proposal-draft.controller';
import { ProposalDraftService } from './proposal-draft.service';

/** A unit's side of nominating: the nomination form, drafts with their papers (REST and pages) and the unit's own proposals. */
@Module({
  imports: [DossierUploadModule, ProposalsModule, DossierModule],
  controllers: [ProposalDraftController, DraftPagesController, UnitPagesController],
  providers: [repositoryProvider(ProposalDraftRepository), ProposalDraftService, DraftPapersService, NominationFormView],
})
export class ProposalDraftsModule {}
