import { ROLES } from '@khenthuong/domain';
import { HUMAN_ACTIONS } from './proposal.contracts';
import { PROPOSAL_STEPS } from './proposal.steps';
import { ROUND_ACTIONS } from './round.contracts';
import { ROUND_STEPS } from './round.steps';
import type { StepDescription } from './step';

const catalogues: [string, readonly string[], Readonly<Record<string, StepDescription>>][] = [
  ['proposal', HUMAN_ACTIONS, PROPOSAL_STEPS],
  ['round', ROUND_ACTIONS, ROUND_STEPS],
];

describe.each(catalogues)('the %s step catalogue', (_name, actions, steps) => {
  it('describes every action code the workflow can offer', () => {
    expect(actions.filter((code) => !(code in steps))).toEqual([]);
  });

  it.each(Object.entries(steps))('%s names its Updates, known roles and a Vietnamese label', (_key, step) => {
    expect(step.updates.length).toBeGreaterThan(0);
    for (const update of step.updates) expect(update.type).toBe('update');
    expect(step.roles.length).toBeGreaterThan(0);
    expect(step.roles.filter((role) => !ROLES.includes(role))).toEqual([]);
    expect(step.labelVi).toMatch(/^\p{Lu}[\p{L} ]+$/u);
  });

  it('gives each Update to one step only', () => {
    const names = Object.values(steps).flatMap((step) => step.updates.map((u) => u.name));
    expect(new Set(names).size).toBe(names.length);
  });
});
