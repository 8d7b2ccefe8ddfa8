// Entry of the workflow bundle: every workflow the worker registers.
export { proposalWorkflow } from './proposal/proposal.workflow';
export { roundWorkflow } from './round/round.workflow';
export { revocationWorkflow } from './revocation/revocation.workflow';
export { issuePlanDocumentWorkflow } from './plan/plan-document.workflow';
export { issuePlanSummaryWorkflow } from './plan/plan-summary.workflow';
export { renderRegistrationListWorkflow } from './plan/registration-list.workflow';
