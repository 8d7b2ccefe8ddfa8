import type { Provider, Type } from '@nestjs/common';
import { FileArchiveStore } from '@khenthuong/documents';
import { AppConfig } from '@khenthuong/platform';
import { DossierController } from './dossier.controller';
import { DOSSIER_ARCHIVE, DossierPapersService } from './dossier-papers.service';
import { DossierRepository } from './dossier.repository';
import { NominationImportService } from './nomination-import.service';
import { RequiredPapersService } from './required-papers';

/** Dossier papers and the nomination import; spread into AppModule (they use its ProposalService and DataSource). */
export const DOSSIER_CONTROLLERS: Type[] = [DossierController];
export const DOSSIER_PROVIDERS: Provider[] = [
  DossierRepository,
  DossierPapersService,
  NominationImportService,
  RequiredPapersService,
  { provide: DOSSIER_ARCHIVE, inject: [AppConfig], useFactory: (config: AppConfig) => new FileArchiveStore(config.ARCHIVE_DIR) },
];
