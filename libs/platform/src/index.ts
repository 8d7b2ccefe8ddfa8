export * from './app-config';
export * from './logger';
export * from './ballot-seal';
export * from './remote-signing-config';
export * from './load-config';
