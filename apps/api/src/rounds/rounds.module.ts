import { Module } from '@nestjs/common';
import { RoundRepository } from '@khenthuong/persistence';
import { repositoryProvider } from '../common/repository-providers';
import { ProposalsModule } from '../proposals/proposals.module';
import { RoundCouncilController } from './pages/round-council.controller';
import { RoundPagesController } from './pages/round-pages.controller';
import { RoundView } from './pages/round-view';
import { RoundController } from './round.controller';
import { RoundService } from './round.service';

/** A review round of many nominees: its REST API, its pages and the council's ballots (sealed like a proposal's). */
@Module({
  imports: [ProposalsModule],
  controllers: [RoundController, RoundPagesController, RoundCouncilController],
  providers: [repositoryProvider(RoundRepository), RoundService, RoundView],
  exports: [RoundRepository],
})
export class RoundsModule {}
