// Contracts shared by the api, the worker and the workflows: safe inside the workflow sandbox.
export * from './proposal.contracts';
export * from './errors';
export * from './proposal.activities';
export * from './plan.contracts';
