import type { Provider, Type } from '@nestjs/common';
import { AwardRecordRepository, AwardRegisterReportsRepository, AwardRegisterRepository, PeopleRepository } from '@khenthuong/persistence';
import { repositoryProvider } from '../common/repository-providers';
import { PeopleService } from './people.service';
import { PeopleController, RegisterController } from './register.controller';
import { RegisterImportService } from './register-import.service';
import { RegisterReportsService } from './register-reports.service';
import { RegisterService } from './register.service';

/** The people registry and the award register (docs/register.md), spread into AppModule like the plan. */
export const REGISTER_CONTROLLERS: Type[] = [PeopleController, RegisterController];
export const REGISTER_PROVIDERS: Provider[] = [
  ...[PeopleRepository, AwardRegisterRepository, AwardRegisterReportsRepository, AwardRecordRepository].map((type) => repositoryProvider<unknown>(type)),
  PeopleService,
  RegisterService,
  RegisterImportService,
  RegisterReportsService,
];
