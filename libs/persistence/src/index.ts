export * from './entities';
export * from './data-source';
export * from './embedded/embedded-postgres.launcher';
export * from './demo/demo-data.loader';
export * from './demo/province.loader';
export * from './demo/province-wards.data';
export * from './demo/ngo-quyen.data';
export * from './demo/plan-2024.data';
export * from './rules/rule-set-overrides';
export * from './calendar/body-calendar';
export * from './maintenance/housekeeping';
export * from './outbox/workflow-calls';
export * from './demo/scenario/run-demo-scenario';
// Repositories of people and the register, units, users and sessions, councils, rules, calendar and audit.
export * from './repositories/audit-log.repository';
export * from './repositories/user.repository';
export * from './repositories/session.repository';
export * from './repositories/login-attempt.repository';
export * from './repositories/unit.repository';
export * from './repositories/council.repository';
export * from './repositories/rule-set-override.repository';
export * from './repositories/calendar-day.repository';
export * from './repositories/register/name-search';
export * from './repositories/register/people.repository';
export * from './repositories/register/award-register.repository';
export * from './repositories/register/award-register-reports.repository';
export * from './repositories/register/award-record.repository';

// Repositories: proposals with their votes, objections, lists, drafts and papers; the pages' read-model queries.
export * from './repositories/db';
export * from './repositories/proposal/proposal.repository';
export * from './repositories/proposal/proposal-eligibility.queries';
export * from './repositories/proposal/proposal-mirror.repository';
export * from './repositories/proposal/proposal-list.repository';
export * from './repositories/proposal/proposal-document.repository';
export * from './repositories/proposal/proposal-draft.repository';
export * from './repositories/proposal/objection.repository';
export * from './repositories/proposal/nomination.queries';
export * from './repositories/read-model/dashboard.queries';
export { PAGE_SIZE, type ListRow, type InboxRow, type OfficerFilter, type ProposalFacts, type TimelineRow, type Page } from './repositories/read-model/proposal-rows';
export * from './repositories/read-model/task-list.queries';
export * from './repositories/read-model/stuck-work.queries';
export * from './repositories/read-model/public-pages.queries';
export * from './repositories/read-model/verification.queries';
export * from './repositories/read-model/health.queries';

// Repositories: document counters and numbered decisions and papers, the archive ledger and revocations, rounds, notifications, the plan's papers.
export * from './repositories/counter.repository';
export * from './repositories/decision/decision.repository';
export * from './repositories/decision/paper-number.repository';
export * from './repositories/decision/revocation.repository';
export * from './repositories/decision/paper-facts.repository';
export * from './repositories/archive/archived-document.repository';
export * from './repositories/archive/issued-papers.queries';
export * from './repositories/round.repository';
export * from './repositories/notification.repository';
export * from './repositories/service-heartbeat.repository';
export * from './repositories/attention.repository';
export * from './repositories/plan/plan-papers.repository';
export * from './signing/remote-signature-requests';

// Repositories: the plan (kế hoạch thi đua) with its targets, registrations, reminders, progress reports, staff ratings and year-end evaluation.
export * from './repositories/plan/plan.repository';
export * from './repositories/plan/plan-registration.repository';
export * from './repositories/plan/plan-progress.repository';
export * from './repositories/plan/staff-rating.repository';
export * from './repositories/plan/plan-evaluation.queries';
