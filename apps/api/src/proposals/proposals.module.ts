import { Module } from '@nestjs/common';
import { NominationQueries, ObjectionRepository, ProposalEligibilityQueries } from '@khenthuong/persistence';
import { repositoryProviders } from '../common/repository-providers';
import { SecretBallotSealer } from '../council/secret-ballot.sealer';
import { DossierModule } from '../dossier/dossier.module';
import { NominationScopes } from './nomination-scope';
import { NomineeResolver } from './nominee-resolver';
import { ObjectionService } from './objection.service';
import { CouncilInboxController } from './pages/council-inbox.controller';
import { ProposalPageResponder } from './pages/proposal-page-responder';
import { ProposalPageController } from './pages/proposal-page.controller';
import { ProposalStepsController } from './pages/proposal-steps.controller';
import { ProposalView } from './pages/proposal-view';
import { ProposalController } from './proposal.controller';
import { ProposalService } from './proposal.service';

/**
 * A proposal from submission to decision: its REST API, its page with the steps taken on it and the
 * council's inbox. Exports the service and the page responder the features built on proposals use
 * (drafts, dossier pages, rounds, decisions, plan, public pages).
 */
@Module({
  imports: [DossierModule],
  controllers: [ProposalController, ProposalPageController, ProposalStepsController, CouncilInboxController],
  providers: [
    ...repositoryProviders([ObjectionRepository, NominationQueries, ProposalEligibilityQueries]),
    ProposalService,
    NomineeResolver,
    NominationScopes,
    ObjectionService,
    SecretBallotSealer,
    ProposalView,
    ProposalPageResponder,
  ],
  exports: [ProposalService, NomineeResolver, NominationScopes, ObjectionService, SecretBallotSealer, ProposalPageResponder, NominationQueries, ProposalEligibilityQueries],
})
export class ProposalsModule {}
