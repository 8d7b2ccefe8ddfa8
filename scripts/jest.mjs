#!/usr/bin/env node
// Runs the whole Jest suite once (unit + integration) and keeps its JSON result for .ci/run's count (JEST_RESULTS_FILE names it
// in .artifacts/; default jest-results.json). In band: each integration suite has task queues of
// its own (test/support/stack.ts), so suites may run side by side, but CI has two cores.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from './lib/paths.mjs';

mkdirSync(paths.artifactsDir, { recursive: true });
const result = spawnSync(
  process.execPath,
  [join(paths.root, 'node_modules/jest/bin/jest.js'), '--runInBand', '--json', `--outputFile=${join(paths.artifactsDir, process.env.JEST_RESULTS_FILE ?? 'jest-results.json')}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
