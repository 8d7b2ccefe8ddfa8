import type { RequestActor } from '../auth/actor';

/**
 * The officer keeps every person, household and unit of the body; a unit head only those of its own
 * unit (a residential group's head, its households). Other roles read the whole body's register.
 */
export function ownUnitOnly(actor: RequestActor): string | null {
  if (actor.roles.includes('OFFICER')) return null;
  return actor.roles.includes('UNIT_HEAD') ? actor.unitId : null;
}

export function mayManagePeople(actor: RequestActor): boolean {
  return actor.roles.includes('OFFICER') || actor.roles.includes('UNIT_HEAD');
}
