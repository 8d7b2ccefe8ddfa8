/**
 * Maximum lengths (characters, after normalisation) of the texts people type, one per field: the
 * api's DTOs, the pages' `maxlength`, the workflow validators and the document templates all read
 * these, so a text one edge accepts is accepted, stored and printed by every other.
 */
export const TEXT_LIMITS = {
  /** Name of a nominated person or collective; printed on the certificate and the decision annex. */
  nomineeName: 200,
  /** Summary of achievements of a proposal. */
  achievement: 4000,
  /** Reference to the achievement (event, campaign) an ad-hoc or round proposal rewards. */
  achievementRef: 300,
  /** A council member's comment on a vote. */
  voteComment: 2000,
  /** A reason or a note given with a human step (return, decide, withdraw, resolve, extend). */
  reason: 2000,
  /** A public objection's text. */
  objectionContent: 5000,
  /** A public objector's name and contact. */
  objectorName: 200,
  objectorContact: 200,
  /** A person's position (chức vụ) in the people registry. */
  position: 200,
  /** A household's address in the people registry. */
  address: 300,
  /** A decision's number as printed ('125/QĐ-UBND') and its issuing authority, in the award register. */
  decisionNumber: 50,
  issuer: 300,
  /** A login name. */
  username: 100,
} as const;

export type TextLimitField = keyof typeof TEXT_LIMITS;
