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
// Repositories of people and the register, units, users and sessions, councils, rules, calendar and audit.
export * from './repositories/audit-log.repository';
export * from './repositories/user.repository';
export * from './repositories/session.repository';
export * from './repositories/login-attempt.repository';
export * from './repositories/unit.repository';
