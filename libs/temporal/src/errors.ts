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
  ALREADY_VOTED = 'ALREADY_VOTED',
  QUORUM_NOT_MET = 'QUORUM_NOT_MET',
  REASON_REQUIRED = 'REASON_REQUIRED',
  RETURN_LIMIT_REACHED = 'RETURN_LIMIT_REACHED',
  INVALID_ARGUMENT = 'INVALID_ARGUMENT',
  UNRESOLVED_OBJECTIONS = 'UNRESOLVED_OBJECTIONS',
  UNKNOWN_OBJECTION = 'UNKNOWN_OBJECTION',
  NOT_IN_ROUND = 'NOT_IN_ROUND',
}
