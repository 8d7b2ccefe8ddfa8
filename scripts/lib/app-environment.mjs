// The environment of the api and worker processes in local runs.
import { join } from 'node:path';
import { paths } from './paths.mjs';

export function appEnvironment({ env, dataDir, databaseUrl, temporalAddress }) {
  return {
    ...env,
    NODE_ENV: env.NODE_ENV ?? 'development',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    ARCHIVE_DIR: env.ARCHIVE_DIR ?? join(dataDir, 'archive'),
    CHROMIUM_PATH: env.CHROMIUM_PATH ?? paths.debianChromium,
    HOST: env.HOST ?? '127.0.0.1',
  };
}
