import type { Provider, Type } from '@nestjs/common';
import { PeopleService } from './people.service';
import { PeopleController, RegisterController } from './register.controller';
import { RegisterImportService } from './register-import.service';
import { RegisterReportsService } from './register-reports.service';
import { RegisterService } from './register.service';

/** The people registry and the award register (docs/register.md), spread into AppModule like the plan. */
export const REGISTER_CONTROLLERS: Type[] = [PeopleController, RegisterController];
export const REGISTER_PROVIDERS: Provider[] = [PeopleService, RegisterService, RegisterImportService, RegisterReportsService];
