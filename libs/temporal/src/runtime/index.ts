// Node-only helpers (processes, sockets, client connection): never imported by workflow code.
export * from './dev-server';
export * from './ports';
export * from './connection';
export * from './grpc-retry';
export * from './workflow-call.dispatch';
