import { Module } from '@nestjs/common';
import { ProposalsModule } from '../proposals/proposals.module';
import { HomeController } from './pages/home.controller';
import { PublicPostingController } from './pages/public-posting.controller';
import { PublicObjectionController } from './public-objection.controller';
import { PublicPostingPeriods } from './public-posting-periods';

/** What anyone may see without signing in: the home page, the public posting of nominees and the objections sent to it. */
@Module({
  imports: [ProposalsModule],
  controllers: [HomeController, PublicPostingController, PublicObjectionController],
  providers: [PublicPostingPeriods],
})
export class PublicModule {}
