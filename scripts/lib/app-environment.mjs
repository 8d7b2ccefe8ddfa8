// The environment of the api and worker processes in local runs.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { paths } from './paths.mjs';

const require = createRequire(import.meta.url);

/**
 * Without SIGNING_KEYS_DIR, local runs sign with the demo PKI, made here once before any worker
 * starts (two workers making it at once would race), and publish its revocation list at each start
 * so the verification page checks the signers' certificates.
 */
export async function appEnvironment({ env, dataDir, databaseUrl, temporalAddress, log = () => undefined }) {
  const signingKeysDir = env.SIGNING_KEYS_DIR ?? join(dataDir, 'pki');
  let crlDir = env.SIGNATURE_CRL_DIR;
  if (!env.SIGNING_KEYS_DIR) {
    const documents = require('../../libs/documents/dist/index.js');
    documents.ensureDemoPki(signingKeysDir);
    log(`demo signing keys (test PKI, timestamp authority) in ${signingKeysDir}`);
    if (!crlDir && (await documents.writeDemoCrl(signingKeysDir, join(signingKeysDir, 'crl')))) crlDir = join(signingKeysDir, 'crl');
  }
  return {
    ...env,
    NODE_ENV: env.NODE_ENV ?? 'development',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    ARCHIVE_DIR: env.ARCHIVE_DIR ?? join(dataDir, 'archive'),
    CHROMIUM_PATH: env.CHROMIUM_PATH ?? paths.debianChromium,
    SIGNING_KEYS_DIR: signingKeysDir,
    ...(crlDir ? { SIGNATURE_CRL_DIR: crlDir } : {}),
    HOST: env.HOST ?? '127.0.0.1',
    // The demo scenario opens last year's round with a posting of seconds (never in production).
    DEMO_ROUNDS: env.DEMO_ROUNDS ?? (env.DEMO_DATA !== 'false' && env.NODE_ENV !== 'production' ? 'true' : 'false'),
  };
}
