import 'reflect-metadata';
import { FileArchiveStore, loadRevocationChecker, loadTrustedRoots } from '@khenthuong/documents';
import { createDataSource } from '@khenthuong/persistence';
import { loadConfigOrExit } from '@khenthuong/platform';
import { describeProblem, verifyArchive } from './archive-verifier';

/**
 * `npm run archive:verify`: walks every body's hash chain, re-hashes every archived file and
 * checks every digital signature of the signed papers against the roots in SIGNING_KEYS_DIR (and
 * the signers' revocation when SIGNATURE_CRL_DIR or SIGNATURE_REVOCATION_ONLINE is set).
 * Exit 0 when all hold, 1 naming each broken entry (the first of each chain, every bad file or signature).
 * `--body <uuid>` checks one issuing body only.
 */
async function main(): Promise<number> {
  const config = loadConfigOrExit('archive-verify', process.env);
  const dataSource = await createDataSource({ url: config.DATABASE_URL, poolSize: 1 }).initialize();
  try {
    const bodyArg = process.argv.indexOf('--body');
    const bodyId = bodyArg >= 0 ? process.argv[bodyArg + 1] : undefined;
    const result = await verifyArchive(dataSource, new FileArchiveStore(config.ARCHIVE_DIR), {
      bodyId,
      trustedRoots: loadTrustedRoots(config.SIGNING_KEYS_DIR),
      revocation: loadRevocationChecker({ crlDir: config.SIGNATURE_CRL_DIR, online: config.SIGNATURE_REVOCATION_ONLINE === 'true' }),
    });
    for (const problem of result.problems) console.error(`BROKEN ${describeProblem(problem)}`);
    console.log(
      `archive: ${result.bodies} bodies, ${result.entries} entries, ${result.signaturesChecked} signed papers checked, ${result.unsigned} unsigned, ${result.problems.length} problems`,
    );
    return result.problems.length === 0 ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('archive-verify: failed', error);
    process.exit(2);
  },
);
