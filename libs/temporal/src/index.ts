export * from './dev-server';
export * from './ports';
