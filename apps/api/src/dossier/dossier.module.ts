import type { Provider, Type } from '@nestjs/common';
import { DossierController } from './dossier.controller';
import { DossierPapersService } from './dossier-papers.service';
import { NominationImportService } from './nomination-import.service';
import { RequiredPapersService } from './required-papers';

/** Dossier papers and the nomination import; spread into AppModule (they use its ProposalService and repositories). */
export const DOSSIER_CONTROLLERS: Type[] = [DossierController];
export const DOSSIER_PROVIDERS: Provider[] = [
  DossierPapersService,
  NominationImportService,
  RequiredPapersService,
];
