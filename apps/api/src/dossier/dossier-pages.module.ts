import { Module } from '@nestjs/common';
import { ProposalsModule } from '../proposals/proposals.module';
import { DossierModule } from './dossier.module';
import { NominationImportService } from './nomination-import.service';
import { DossierPagesController } from './pages/dossier-pages.controller';
import { DossierUploadModule } from './pages/dossier-upload.middleware';

/** The dossier's page forms (a paper's upload and download, the nomination list from Excel), answered on the proposal's pages. */
@Module({
  imports: [DossierUploadModule, DossierModule, ProposalsModule],
  controllers: [DossierPagesController],
  providers: [NominationImportService],
})
export class DossierPagesModule {}
