import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The workflow desks enforce who may act by reading the step catalogue of libs/temporal, the same
 * one the api's routes and pages read: a role written out in a desk's check would let them drift.
 */
const ROLE_LITERAL = /'(OFFICER|UNIT_HEAD|COUNCIL_MEMBER|CHAIRMAN|VICE_CHAIRMAN|ADMIN)'/;
const ROLE_CHECK = /requireRole\(|requireNominatingUnit\(|this\.require\(|\.roles\.(includes|some)\(|holdsStepRole\(/;
const FROM_CATALOGUE = /(PROPOSAL_STEPS|ROUND_STEPS)\.[A-Z_]+|RETRY_STUCK_STEP_ROLES|\broles\b/;

const WORKFLOWS = join(__dirname, '../../../../workflows/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const checks = sources(WORKFLOWS).flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ where: `${relative(WORKFLOWS, file)}:${i + 1}`, line: line.trim() }))
    .filter(({ line }) => ROLE_CHECK.test(line) && !/^\s*(\*|\/\/|requireRole\(actor: |requireNominatingUnit\(actor: |private require\()/.test(line)),
);

describe('desks take who may act from the step catalogue', () => {
  it('finds the desks’ role checks', () => {
    expect(checks.length).toBeGreaterThanOrEqual(15);
  });

  it.each(checks.map((c) => [c.where, c.line]))('%s reads the catalogue', (_where, line) => {
    expect(line).not.toMatch(ROLE_LITERAL);
    expect(line).toMatch(FROM_CATALOGUE);
  });
});
