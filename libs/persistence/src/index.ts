export * from './entities';
export * from './data-source';
export * from './embedded/embedded-postgres.launcher';
export * from './demo/demo-data.loader';
export * from './demo/ngo-quyen.data';
export * from './demo/plan-2024.data';
export * from './rules/rule-set-overrides';
export * from './calendar/body-calendar';
