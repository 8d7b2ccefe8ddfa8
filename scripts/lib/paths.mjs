// Where the project's provisioned tools and local state live (all git-ignored).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEMPORAL_CLI_VERSION = '1.9.1';
export const TEMPORAL_TEST_SERVER_VERSION = '1.40.0';
/** Must match the schemathesis pin of schemathesis-requirements.txt beside this file. */
export const SCHEMATHESIS_VERSION = '4.32.5';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const paths = {
  root,
  temporalCliDir: join(root, '.tools', 'temporal-cli'),
  temporalCli: join(root, '.tools', 'temporal-cli', 'bin', 'temporal'),
  temporalTestServerDir: join(root, '.tools', 'temporal-test-server'),
  temporalTestServer: join(root, '.tools', 'temporal-test-server', 'bin', 'temporal-test-server'),
  schemathesisDir: join(root, '.tools', `schemathesis-${SCHEMATHESIS_VERSION}`),
  schemathesisRequirements: join(root, 'scripts', 'lib', 'schemathesis-requirements.txt'),
  debianChromium: '/usr/bin/chromium',
  tinosRegular: '/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf',
  dataDir: join(root, '.data'),
  artifactsDir: join(root, '.artifacts'),
};
