import { Module } from '@nestjs/common';
import { CalendarDayRepository, CouncilRepository, RuleSetOverrideRepository } from '@khenthuong/persistence';
import { AuthModule } from '../auth/auth.module';
import { repositoryProviders } from '../common/repository-providers';
import { AdminCalendarService } from './admin-calendar.service';
import { AdminCouncilsService } from './admin-councils.service';
import { AdminRulesService } from './admin-rules.service';
import { AdminUnitsService } from './admin-units.service';
import { AdminUsersService } from './admin-users.service';
import { AdminCalendarPagesController } from './pages/admin-calendar-pages.controller';
import { AdminCouncilsPagesController } from './pages/admin-councils-pages.controller';
import { AdminRulesPagesController } from './pages/admin-rules-pages.controller';
import { AdminUnitsPagesController } from './pages/admin-units-pages.controller';
import { AdminUsersPagesController } from './pages/admin-users-pages.controller';

/** The administrator's pages: users (with login's repositories), units, councils, rule overrides and the calendar. */
@Module({
  imports: [AuthModule],
  controllers: [AdminUsersPagesController, AdminUnitsPagesController, AdminCouncilsPagesController, AdminRulesPagesController, AdminCalendarPagesController],
  providers: [
    ...repositoryProviders([CouncilRepository, RuleSetOverrideRepository, CalendarDayRepository]),
    AdminUsersService,
    AdminUnitsService,
    AdminCouncilsService,
    AdminRulesService,
    AdminCalendarService,
  ],
})
export class AdminModule {}
