/**
 * Codes of business refusals raised by workflow update validators and activities. They travel as
 * ApplicationFailure.type and are mapped by the api to HTTP status and a Vietnamese message.
 */
export enum WorkflowErrorCode {
  WRONG_STATE = 'WRONG_STATE',
  NOT_ALLOWED = 'NOT_ALLOWED',
  NOT_COUNCIL_MEMBER = 'NOT_COUNCIL_MEMBER',
  RECUSED_MEMBER = 'RECUSED_MEMBER',
  INVALID_VOTE = 'INVALID_VOTE',
  QUORUM_NOT_MET = 'QUORUM_NOT_MET',
  REASON_REQUIRED = 'REASON_REQUIRED',
}
