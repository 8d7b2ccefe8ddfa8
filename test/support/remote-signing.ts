import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { AppConfig } from '@khenthuong/platform';
import { FakeSigningService, type FakeTransaction } from '../../libs/documents/test/fake-signing-service';
import { pdfsig } from '../../libs/documents/test/pdfsig';
import { eventually, startWorker, testConfig, type ApiStack } from './stack';

/** A demo ward's login (without its prefix) → the demo key its device signs with. */
export type RemoteSigners = Record<string, 'chairman' | 'viceChairman'>;

export interface RemoteSigningWorker {
  worker: INestApplicationContext;
  service: FakeSigningService;
  close(): Promise<void>;
}

/**
 * A worker whose listed signers of the given wards sign on their device through a local fake
 * hash-signing service: a request lives 30 s at the service, is checked every second, and the
 * signer is reminded every 2 s (docs/signing.md, "Configuration").
 */
export async function startRemoteSigningWorker(config: AppConfig, prefixes: string[], signers: RemoteSigners): Promise<RemoteSigningWorker> {
  const credentials = Object.fromEntries(Object.entries(signers).map(([login, key]) => [`cred-${login}`, key]));
  const service = new FakeSigningService(resolve(config.SIGNING_KEYS_DIR), credentials, 'token-phuong-ngo-quyen', 30_000);
  const baseUrl = await service.start();
  const listed = prefixes.flatMap((prefix) => Object.keys(signers).map((login) => `${prefix}${login}=cred-${login}`));
  const worker = await startWorker(testConfig({
    ARCHIVE_DIR: config.ARCHIVE_DIR,
    SIGNING_REMOTE_URL: baseUrl, SIGNING_REMOTE_TOKEN: service.token, SIGNING_REMOTE_CREDENTIALS: listed.join(','),
    SIGNING_REMOTE_POLL_SECONDS: '1', SIGNING_REMOTE_REMINDER_SECONDS: '2', SIGNING_REMOTE_APPROVAL_SECONDS: '60', SIGNING_REMOTE_MAX_REQUESTS: '3',
  }));
  return { worker, service, close: async () => { await worker.close(); await service.stop(); } };
}

/** The only transaction pending at the service, once at least `count` were created. */
export function pendingTransaction(service: FakeSigningService, count: number): Promise<FakeTransaction> {
  return eventually(
    async () => (service.pending().length === 1 && service.transactions.length >= count ? service.pending()[0] : undefined),
    `transaction ${count} on the signer's device`,
  );
}

/** The signatures pdfsig finds in an archived paper: field, signer's name, verdict. */
export async function signaturesOfArchived(stack: ApiStack, sha256: string): Promise<[string, string, string][]> {
  const bytes = readFileSync(join(stack.config.ARCHIVE_DIR, sha256.slice(0, 2), `${sha256}.pdf`));
  return (await pdfsig(bytes)).map((s) => [s.fieldName, s.commonName, s.validation]);
}
