// Contracts shared by the api, the worker and the workflows: safe inside the workflow sandbox.
export * from './proposal.contracts';
export * from './proposal.updates';
export * from './round.contracts';
export * from './errors';
export * from './proposal.activities';
export * from './round.activities';
export * from './plan.contracts';
export * from './attention.contracts';
export * from './sealed-ballot';
export * from './remote-signing.contracts';
export * from './step';
export * from './proposal.steps';
export * from './round.steps';
