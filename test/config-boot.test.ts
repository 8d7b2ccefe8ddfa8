import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');

describe.each([
  ['api', 'apps/api/dist/main.js'],
  ['worker', 'apps/worker/dist/main.js'],
])('%s boot with a bad environment', (app, main) => {
  const boot = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(root, main)], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 30_000 });

  it('stops with exit code 2 and one line naming the missing variable', () => {
    const result = boot({ TEMPORAL_ADDRESS: '127.0.0.1:7233' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`${app}: invalid configuration: DATABASE_URL is required`);
  });

  it('names each malformed variable', () => {
    const result = boot({ DATABASE_URL: 'mysql://x', TEMPORAL_ADDRESS: 'nowhere', PORT: 'tám' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('DATABASE_URL must be a postgres:// URL');
    expect(result.stderr).toContain('TEMPORAL_ADDRESS must be host:port');
    expect(result.stderr).toContain('PORT must be a whole number');
  });
});
