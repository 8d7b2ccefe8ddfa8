import type { Provider, Type } from '@nestjs/common';
import { DraftPapersService } from './draft-papers.service';
import { ProposalDraftController } from './proposal-draft.controller';
import { ProposalDraftService } from './proposal-draft.service';

/** Drafts of nominations with their papers; spread into AppModule (they use its ProposalService and dossier papers). */
export const PROPOSAL_DRAFT_CONTROLLERS: Type[] = [ProposalDraftController];
export const PROPOSAL_DRAFT_PROVIDERS: Provider[] = [ProposalDraftService, DraftPapersService];
