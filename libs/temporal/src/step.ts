import type { UpdateDefinition } from '@temporalio/common';
import type { Role } from '@khenthuong/domain';

/**
 * What the workflow checks of the person beyond (or instead of) a role:
 * - ROLE: holding one of the roles is enough;
 * - NOMINATING_UNIT: the head of the unit that nominated;
 * - COUNCIL_MEMBER / COUNCIL_CHAIR: a member (not recused) / the chair of the sitting council, by identity;
 * - SIGNER: the person who decided, awaited on their signing device.
 */
export type StepActor = 'ROLE' | 'NOMINATING_UNIT' | 'COUNCIL_MEMBER' | 'COUNCIL_CHAIR' | 'SIGNER';

/** One human step, described once for the workflow desk, the api's routes and the pages (docs/architecture.md, "Adding a human step"). */
export interface StepDescription {
  /** The Updates that perform it (a step may have a bulk variant). */
  readonly updates: readonly UpdateDefinition<unknown, unknown[]>[];
  /**
   * Who may act: the REST and page routes admit only these roles, the page offers the step only to
   * them, and the desk refuses anyone else unless `actor` says identity decides there.
   */
  readonly roles: readonly Role[];
  readonly actor: StepActor;
  /** The step as the page names it (its button or link). */
  readonly labelVi: string;
}

/** True when the person holds one of the step's roles. */
export function holdsStepRole(roles: readonly string[], step: StepDescription): boolean {
  return step.roles.some((role) => roles.includes(role));
}

/** The page labels of a catalogue, keyed like it. */
export function stepLabels<K extends string>(steps: Readonly<Record<K, StepDescription>>): Record<K, string> {
  return Object.fromEntries(Object.entries<StepDescription>(steps).map(([key, step]) => [key, step.labelVi])) as Record<K, string>;
}

/** A failed step is retried by the officer or the administrator, in a proposal and in a round alike. */
export const RETRY_STUCK_STEP_ROLES: readonly Role[] = ['OFFICER', 'ADMIN'];
