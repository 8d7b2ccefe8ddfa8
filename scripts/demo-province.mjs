#!/usr/bin/env node
// `npm run demo:province -- <wards>`: loads wards 1…n of the demo province, each its own issuing body
// (users p001.chutich, p001.canbo.vp …, the demo password), into the application database:
// DATABASE_URL, or else the embedded PostgreSQL of the local data folder (with `npm start` stopped).
// Running it again changes nothing; it migrates first, as `npm start` does. With the local demo keys
// (no SIGNING_KEYS_DIR) every ward, the demo ward included, gets demo keys of its own under the one
// demo root, and from then on each ward signs only with its own (docs/signing.md).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { prepareDatabase, provideDatabase } from './lib/app-database.mjs';
import { paths } from './lib/paths.mjs';
import { createSupervisor, logger } from './lib/supervisor.mjs';

const require = createRequire(import.meta.url);
const persistence = require('../libs/persistence/dist/index.js');
const documents = require('../libs/documents/dist/index.js');

const env = process.env;
const log = logger('demo:province');
const supervisor = createSupervisor(log);
const wards = Number(process.argv[2] ?? 100);

/** Demo keys for every body in the database and for the demo ward `npm start` loads: none is left without. */
async function giveWardsDemoKeys(dataSource, keysDir) {
  const started = Date.now();
  const signerOf = (role) => `(SELECT u.display_name FROM app_user u WHERE u.body_id = b.id AND '${role}' = ANY(u.roles) ORDER BY u.username LIMIT 1)`;
  const bodies = await dataSource.query(`SELECT b.code, b.name, ${signerOf('CHAIRMAN')} AS chairman, ${signerOf('VICE_CHAIRMAN')} AS vice FROM issuing_body b ORDER BY b.code`);
  if (!bodies.some((b) => b.code === persistence.DEMO_BODY.code)) {
    const person = (role) => persistence.DEMO_USERS.find((u) => u.roles.includes(role)).person;
    bodies.unshift({ code: persistence.DEMO_BODY.code, name: persistence.DEMO_BODY.name, chairman: person('CHAIRMAN'), vice: person('VICE_CHAIRMAN') });
  }
  for (const body of bodies) {
    documents.ensureDemoBodyPki(keysDir, body.code, { name: body.name, chairmanName: body.chairman ?? body.name, viceChairmanName: body.vice ?? body.name });
  }
  log(`demo signing keys of ${bodies.length} wards in ${join(keysDir, documents.SIGNING_KEYS_BODIES_DIR)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

try {
  if (!Number.isInteger(wards) || wards < 1 || wards > persistence.PROVINCE_MAX_WARDS) {
    throw new Error(`usage: npm run demo:province -- <wards, 1 to ${persistence.PROVINCE_MAX_WARDS}>`);
  }
  const dataDir = env.KHENTHUONG_DATA_DIR ?? paths.dataDir;
  const database = await provideDatabase({ env, dataDir, supervisor, log });
  await prepareDatabase({ url: database.url, env, log });
  const dataSource = await persistence.createDataSource({ url: database.url, poolSize: 2 }).initialize();
  try {
    const province = await persistence.loadProvince(dataSource, {
      wards,
      onWard: (ward, ms) => {
        if (ward.ordinal % 10 === 0 || ward.ordinal === wards) log(`${ward.ordinal}/${wards} wards loaded (${(ms / 1000).toFixed(1)} s)`);
      },
    });
    const first = province.wards[0];
    const last = province.wards.at(-1);
    log(`${wards} wards loaded in ${(province.durationMs / 1000).toFixed(1)} s: ${first.name} (${first.usernamePrefix}chutich) … ${last.name} (${last.usernamePrefix}chutich), password "${persistence.DEMO_PASSWORD}"`);
    if (env.SIGNING_KEYS_DIR) {
      log(`SIGNING_KEYS_DIR is set: install each ward's keys in ${join(env.SIGNING_KEYS_DIR, documents.SIGNING_KEYS_BODIES_DIR)}/<ward code>/ (docs/signing.md)`);
    } else {
      await giveWardsDemoKeys(dataSource, join(dataDir, 'pki'));
    }
  } finally {
    await dataSource.destroy();
  }
  await supervisor.shutdown(0);
} catch (error) {
  console.error(`[demo:province] ${error instanceof Error ? error.message : error}`);
  await supervisor.shutdown(1);
}
