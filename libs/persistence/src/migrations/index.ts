import { InitialSchema1764140000000 } from './1764140000000-InitialSchema';
import { ProcessDepth1764200000000 } from './1764200000000-ProcessDepth';
import { WebSessionsAndDashboards1764300000000 } from './1764300000000-WebSessionsAndDashboards';
import { EmulationPlan1764400000000 } from './1764400000000-EmulationPlan';
import { PapersArchiveChain1764500000000 } from './1764500000000-PapersArchiveChain';
import { NameSearchTrigram1764600000000 } from './1764600000000-NameSearchTrigram';
import { PlanPapers1764700000000 } from './1764700000000-PlanPapers';
import { AdminPages1764800000000 } from './1764800000000-AdminPages';
import { ProposalDocuments1764900000000 } from './1764900000000-ProposalDocuments';
import { ProposalDecision1764950000000 } from './1764950000000-ProposalDecision';
import { NeedsAttention1765030000000 } from './1765030000000-NeedsAttention';
import { WorkflowCalls1765100000000 } from './1765100000000-WorkflowCalls';
import { ProposalLists1765150000000 } from './1765150000000-ProposalLists';
import { RoundClientKey1765160000000 } from './1765160000000-RoundClientKey';
import { AwardRegister1765200000000 } from './1765200000000-AwardRegister';
import { RevocationNeedsAttention1765300000000 } from './1765300000000-RevocationNeedsAttention';
import { NotificationEmail1765310000000 } from './1765310000000-NotificationEmail';
import { ProposalNomineeHousehold1765400000000 } from './1765400000000-ProposalNomineeHousehold';
import { HigherLevelDecision1765400000000 } from './1765400000000-HigherLevelDecision';
import { RegisterHolderUnit1765410000000 } from './1765410000000-RegisterHolderUnit';
import { RegisterHouseholdNominee1765420000000 } from './1765420000000-RegisterHouseholdNominee';
import { ProposalDrafts1765500000000 } from './1765500000000-ProposalDrafts';
import { RemoteSignatureRequests1765600000000 } from './1765600000000-RemoteSignatureRequests';
import { ExplicitPaperColumns1765700000000 } from './1765700000000-ExplicitPaperColumns';
import { RemoteSignatureRound1765710000000 } from './1765710000000-RemoteSignatureRound';
import { RegisterSearchKey1765720000000 } from './1765720000000-RegisterSearchKey';

/** Every migration in order; never edit one that has shipped, add a new one. */
export const MIGRATIONS = [
  InitialSchema1764140000000,
  ProcessDepth1764200000000,
  WebSessionsAndDashboards1764300000000,
  EmulationPlan1764400000000,
  PapersArchiveChain1764500000000,
  NameSearchTrigram1764600000000,
  PlanPapers1764700000000,
  AdminPages1764800000000,
  ProposalDocuments1764900000000,
  ProposalDecision1764950000000,
  NeedsAttention1765030000000,
  WorkflowCalls1765100000000,
  ProposalLists1765150000000,
  RoundClientKey1765160000000,
  AwardRegister1765200000000,
  RevocationNeedsAttention1765300000000,
  NotificationEmail1765310000000,
  ProposalNomineeHousehold1765400000000,
  HigherLevelDecision1765400000000,
  RegisterHolderUnit1765410000000,
  RegisterHouseholdNominee1765420000000,
  ProposalDrafts1765500000000,
  RemoteSignatureRequests1765600000000,
  ExplicitPaperColumns1765700000000,
  RemoteSignatureRound1765710000000,
  RegisterSearchKey1765720000000,
];
