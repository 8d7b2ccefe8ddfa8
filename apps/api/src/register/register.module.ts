import { Module } from '@nestjs/common';
import { AwardRecordRepository, AwardRegisterReportsRepository, AwardRegisterRepository } from '@khenthuong/persistence';
import { repositoryProviders } from '../common/repository-providers';
import { DossierUploadModule } from '../dossier/pages/dossier-upload.middleware';
import { HouseholdPagesController, PeoplePagesController } from './pages/people-pages.controller';
import { RegisterPagesController } from './pages/register-pages.controller';
import { RegisterReportsPagesController } from './pages/register-reports-pages.controller';
import { PeopleService } from './people.service';
import { PeopleController, RegisterController } from './register.controller';
import { RegisterImportService } from './register-import.service';
import { RegisterReportsService } from './register-reports.service';
import { RegisterService } from './register.service';

/** The people registry and the award register (docs/register.md), REST and pages. */
@Module({
  // The import form's upload is parsed by the dossier's middleware (before the guards).
  imports: [DossierUploadModule],
  controllers: [PeopleController, RegisterController, RegisterPagesController, PeoplePagesController, HouseholdPagesController, RegisterReportsPagesController],
  providers: [
    ...repositoryProviders([AwardRegisterRepository, AwardRegisterReportsRepository, AwardRecordRepository]),
    PeopleService,
    RegisterService,
    RegisterImportService,
    RegisterReportsService,
  ],
})
export class RegisterModule {}
