export * from './entities';
export * from './data-source';
export * from './embedded/embedded-postgres.launcher';
export * from './demo/demo-data.loader';
export * from './demo/ngo-quyen.data';
export * from './demo/plan-2024.data';
export * from './rules/rule-set-overrides';
export * from './calendar/body-calendar';
export * from './maintenance/housekeeping';
export * from './outbox/workflow-calls';
export * from './demo/scenario/run-demo-scenario';

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
