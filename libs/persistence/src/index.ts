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
