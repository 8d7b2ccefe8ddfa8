#!/usr/bin/env node
// `npm run demo:province -- <wards>`: loads wards 1…n of the demo province, each its own issuing body
// (users p001.chutich, p001.canbo.vp …, the demo password), into the application database:
// DATABASE_URL, or else the embedded PostgreSQL of the local data folder (with `npm start` stopped).
// Running it again changes nothing; it migrates first, as `npm start` does.
import { createRequire } from 'node:module';
import { prepareDatabase, provideDatabase } from './lib/app-database.mjs';
import { paths } from './lib/paths.mjs';
import { createSupervisor, logger } from './lib/supervisor.mjs';

const require = createRequire(import.meta.url);
const persistence = require('../libs/persistence/dist/index.js');

const env = process.env;
const log = logger('demo:province');
const supervisor = createSupervisor(log);
const wards = Number(process.argv[2] ?? 100);

try {
  if (!Number.isInteger(wards) || wards < 1 || wards > persistence.PROVINCE_MAX_WARDS) {
    throw new Error(`usage: npm run demo:province -- <wards, 1 to ${persistence.PROVINCE_MAX_WARDS}>`);
  }
  const database = await provideDatabase({ env, dataDir: env.KHENTHUONG_DATA_DIR ?? paths.dataDir, supervisor, log });
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
  } finally {
    await dataSource.destroy();
  }
  await supervisor.shutdown(0);
} catch (error) {
  console.error(`[demo:province] ${error instanceof Error ? error.message : error}`);
  await supervisor.shutdown(1);
}
