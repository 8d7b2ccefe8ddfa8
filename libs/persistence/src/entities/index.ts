import { AppUserEntity } from './app-user.entity';
import { ArchivedDocumentEntity } from './archived-document.entity';
import { AuditLogEntity } from './audit-log.entity';
import { CouncilMemberEntity } from './council-member.entity';
import { CouncilEntity } from './council.entity';
import { DecisionEntity } from './decision.entity';
import { DocumentCounterEntity } from './document-counter.entity';
import { IssuingBodyEntity } from './issuing-body.entity';
import { LoginAttemptEntity } from './login-attempt.entity';
import { PersonEntity } from './person.entity';
import { PlanNotificationEntity } from './plan-notification.entity';
import { PlanProgressReportEntity } from './plan-progress-report.entity';
import { PlanRegistrationEntity } from './plan-registration.entity';
import { StaffRatingEntity, StaffRatingImportEntity } from './plan-staff-rating.entity';
import { PlanTargetEntity } from './plan-target.entity';
import { PlanEntity } from './plan.entity';
import { ProposalVoteEntity } from './proposal-vote.entity';
import { ProposalEntity } from './proposal.entity';
import { ServiceHeartbeatEntity } from './service-heartbeat.entity';
import { NotificationEntity } from './notification.entity';
import { ProposalObjectionEntity } from './proposal-objection.entity';
import { RoundEntity } from './round.entity';
import { RoundBallotEntity } from './round-ballot.entity';
import { UnitEntity } from './unit.entity';
import { UserSessionEntity } from './user-session.entity';
import { DecisionRevocationEntity } from './decision-revocation.entity';
import { PaperNumberEntity } from './paper-number.entity';
import { RuleSetOverrideEntity } from './rule-set-override.entity';
import { CalendarDayEntity } from './calendar-day.entity';
import { ProposalDocumentEntity } from './proposal-document.entity';
import { WorkflowCallEntity } from './workflow-call.entity';
import { ProposalListEntity } from './proposal-list.entity';
import { ProposalDraftDocumentEntity, ProposalDraftEntity } from './proposal-draft.entity';
import { AwardImportEntity, AwardRecordEntity, HouseholdEntity } from './award-register.entity';
import { RemoteSignatureRequestEntity } from './remote-signature-request.entity';

export * from './app-user.entity';
export * from './remote-signature-request.entity';
export * from './proposal-list.entity';
export * from './archived-document.entity';
export * from './audit-log.entity';
export * from './council-member.entity';
export * from './council.entity';
export * from './decision.entity';
export * from './document-counter.entity';
export * from './issuing-body.entity';
export * from './login-attempt.entity';
export * from './person.entity';
export * from './plan-notification.entity';
export * from './plan-progress-report.entity';
export * from './plan-registration.entity';
export * from './plan-staff-rating.entity';
export * from './plan-target.entity';
export * from './plan.entity';
export * from './proposal-vote.entity';
export * from './proposal.entity';
export * from './service-heartbeat.entity';
export * from './notification.entity';
export * from './proposal-objection.entity';
export * from './round.entity';
export * from './round-ballot.entity';
export * from './unit.entity';
export * from './user-session.entity';
export * from './decision-revocation.entity';
export * from './paper-number.entity';
export * from './rule-set-override.entity';
export * from './calendar-day.entity';
export * from './workflow-call.entity';
export * from './proposal-document.entity';
export * from './award-register.entity';
export * from './proposal-draft.entity';

export const ENTITIES = [
  IssuingBodyEntity, UnitEntity, PersonEntity, AppUserEntity, UserSessionEntity, CouncilEntity, CouncilMemberEntity,
  ProposalEntity, ProposalVoteEntity, AuditLogEntity, DocumentCounterEntity, DecisionEntity, ArchivedDocumentEntity,
  ServiceHeartbeatEntity, LoginAttemptEntity, NotificationEntity, ProposalObjectionEntity, RoundEntity, RoundBallotEntity,
  // Emulation plan
  PlanEntity, PlanTargetEntity, PlanRegistrationEntity, PlanNotificationEntity, PlanProgressReportEntity, StaffRatingEntity, StaffRatingImportEntity,
  // Papers, archive chain and revocation
  PaperNumberEntity, DecisionRevocationEntity,
  // Administration
  RuleSetOverrideEntity, CalendarDayEntity,
  // Dossier papers of a proposal
  ProposalDocumentEntity,
  // Calls to Temporal owed by committed rows
  WorkflowCallEntity,
  // Lists of proposals named by round papers
  ProposalListEntity,
  // People registry and award register
  HouseholdEntity, AwardImportEntity, AwardRecordEntity,
  // Nominations saved as drafts, with their papers
  ProposalDraftEntity, ProposalDraftDocumentEntity,
  // Decisions signed on the signer's own device
  RemoteSignatureRequestEntity,
];
