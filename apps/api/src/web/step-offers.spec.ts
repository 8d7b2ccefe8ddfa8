import { ROLES, type Role } from '@khenthuong/domain';
import { HUMAN_ACTIONS, PROPOSAL_STEPS, ROUND_ACTIONS, ROUND_STEPS } from '@khenthuong/temporal';
import { proposalActions, roundActions, type ViewerIdentity } from './step-offers';

const EVERYONE: ViewerIdentity = { NOMINATING_UNIT: true, COUNCIL_MEMBER: true, COUNCIL_CHAIR: true, SIGNER: true };
const NOBODY: ViewerIdentity = { NOMINATING_UNIT: false, COUNCIL_MEMBER: false, COUNCIL_CHAIR: false, SIGNER: false };

/** The page switches that are on. */
function switchFor(actions: Record<string, boolean>): string[] {
  return Object.entries(actions).filter(([, on]) => on).map(([field]) => field);
}

describe('proposal page offers each step to the catalogue’s roles', () => {
  const cases = HUMAN_ACTIONS.flatMap((code) => ROLES.map((role) => [code, role] as const));

  it.each(cases)('%s for %s', (code, role) => {
    const offered = switchFor(proposalActions([role], [code], EVERYONE));
    expect(offered.length).toBe((PROPOSAL_STEPS[code].roles as readonly Role[]).includes(role) ? 1 : 0);
  });

  it('offers nothing the workflow does not accept now', () => {
    expect(switchFor(proposalActions(ROLES, [], EVERYONE))).toEqual([]);
    expect(switchFor(roundActions(ROLES, [], EVERYONE))).toEqual([]);
  });

  it.each(HUMAN_ACTIONS)('%s needs the person the step needs, beyond the role', (code) => {
    const offered = switchFor(proposalActions(ROLES, [code], NOBODY));
    expect(offered.length).toBe(PROPOSAL_STEPS[code].actor === 'ROLE' ? 1 : 0);
  });
});

describe('round page offers each step to the catalogue’s roles', () => {
  const cases = ROUND_ACTIONS.flatMap((code) => ROLES.map((role) => [code, role] as const));

  it.each(cases)('%s for %s', (code, role) => {
    const offered = switchFor(roundActions([role], [code], EVERYONE));
    expect(offered.length).toBe((ROUND_STEPS[code].roles as readonly Role[]).includes(role) ? 1 : 0);
  });

  it.each(ROUND_ACTIONS)('%s needs the person the step needs, beyond the role', (code) => {
    const offered = switchFor(roundActions(ROLES, [code], NOBODY));
    expect(offered.length).toBe(ROUND_STEPS[code].actor === 'ROLE' ? 1 : 0);
  });
});
