// Runs the embedded PostgreSQL of a chaos scenario in a process of its own (the binaries package is
// ESM, which Jest's module system cannot load) from the built persistence library. Prints "ready"
// once the server accepts connections; SIGTERM stops the server, unless it was killed already.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { startEmbeddedPostgres } = require('../../../libs/persistence/dist/index.js');

const [dataDir, port, database] = process.argv.slice(2);
const pg = await startEmbeddedPostgres({ dataDir, port: Number(port), database, log: (line) => process.stderr.write(`${line}\n`) });
process.stdout.write('ready\n');
const stop = async () => {
  await pg.stop();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
