import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { DEMO_PASSWORD } from '@khenthuong/persistence';
import { seedIsolatedWard, startApi, startWorker, testConfig, type ApiStack } from '../../../../test/support/stack';

const root = join(__dirname, '..', '..', '..', '..');
// The pin of scripts/lib/schemathesis-requirements.txt (scripts/setup.mjs --tests installs it there).
const SCHEMATHESIS = join(root, '.tools', 'schemathesis-4.32.5');
const REPORTS = join(root, '.artifacts', 'fuzz');
/** Examples per operation and phase: enough to reach every limit's boundaries, bounded so a run takes minutes. */
const MAX_EXAMPLES = process.env.FUZZ_MAX_EXAMPLES ?? '8';
const CHECKS = ['not_a_server_error', 'status_code_conformance', 'response_schema_conformance', 'content_type_conformance'];

interface RunReport {
  running_time: number;
  operations: { total: number; tested: number; errored: number };
  test_cases: { generated: number; with_failures: number; unique_failures: number; errored: number };
  failures: { code: string; title: string; operations: string[] }[];
  errors: unknown[];
}

/** Runs schemathesis over every operation of the served document as `username`; resolves with its JSON report. */
function fuzz(baseUrl: string, username: string): Promise<{ report: RunReport; output: string }> {
  const reportPath = join(REPORTS, `${username.split('.').slice(1).join('.')}.json`);
  const args = ['-m', 'schemathesis.cli', 'run', `${baseUrl}/api/docs-json`, '--checks', CHECKS.join(','), '--phases', 'examples,coverage,fuzzing'];
  args.push('--max-examples', MAX_EXAMPLES, '--workers', '1', '--seed', process.env.FUZZ_SEED ?? '20261202', '--request-timeout', '60');
  args.push('--report', 'json', '--report-json-path', reportPath, '--output-truncate', 'true', '--no-color');
  const env = {
    ...process.env,
    PYTHONPATH: [SCHEMATHESIS, join(__dirname)].join(':'),
    PYTHONDONTWRITEBYTECODE: '1',
    SCHEMATHESIS_HOOKS: 'fuzz_hooks',
    FUZZ_BASE_URL: baseUrl,
    FUZZ_USERNAME: username,
    FUZZ_PASSWORD: DEMO_PASSWORD,
  };
  return new Promise((resolve, reject) => {
    // Run inside the git-ignored reports folder: schemathesis keeps its example database in the working directory.
    const child = spawn('python3', args, { cwd: REPORTS, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve({ report: JSON.parse(readFileSync(reportPath, 'utf8')) as RunReport, output });
      } catch (error) {
        reject(new Error(`schemathesis wrote no report: ${String(error)}\n${output.slice(-4000)}`));
      }
    });
  });
}

describe('API contract under a schema-based fuzzer: every operation, as officer and as unit head', () => {
  let stack: ApiStack;
  let worker: INestApplicationContext;
  let prefix: string;

  beforeAll(async () => {
    mkdirSync(REPORTS, { recursive: true });
    const config = testConfig();
    worker = await startWorker(config);
    stack = await startApi(config);
    ({ prefix } = await seedIsolatedWard(stack.dataSource));
  });
  afterAll(async () => {
    await stack?.close();
    await worker?.close();
  });

  it.each([
    ['officer', 'canbo.vp'],
    ['unit head', 'truong.mamnon'],
  ])('as %s: no server error, every status and body as documented', async (_role, user) => {
    // Failed logins of the fuzzed login operation count per address; each run starts with a clean slate.
    await stack.dataSource.query('DELETE FROM login_attempt');
    const { report, output } = await fuzz(stack.baseUrl, prefix + user);
    const { generated } = report.test_cases;
    process.stdout.write(`fuzz as ${user}: ${generated} cases over ${report.operations.tested} operations in ${Math.round(report.running_time)} s\n`);
    const failures = report.failures.map((f) => `${f.code} ${f.title}: ${f.operations.join(', ')}`);
    expect({ failures, errors: report.errors }).toEqual({ failures: [], errors: [] });
    expect(report.operations.tested).toBe(report.operations.total);
    expect(report.operations.total).toBeGreaterThan(50);
    expect(report.test_cases.generated).toBeGreaterThan(report.operations.total * 10);
    expect(report.test_cases.errored).toBe(0);
    expect(output).toContain('Tested: ');
  }, 1_800_000);
});
