// A Temporal cluster as production runs it: the server built from the Go module proxy, PostgreSQL
// persistence, and frontend, history, matching and worker as four processes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { URL } from 'node:url';
import { parse, stringify } from 'yaml';
import { paths } from './paths.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { waitForPort } = require('../../libs/temporal/dist/runtime/index.js');

/** The server version of docker/compose.yaml, so both ways of running use the same one. */
export function temporalServerVersion() {
  const compose = readFileSync(join(paths.root, 'docker', 'compose.yaml'), 'utf8');
  const version = /image:\s*temporalio\/server:(\d+\.\d+\.\d+)/.exec(compose)?.[1];
  if (!version) throw new Error('docker/compose.yaml names no temporalio/server image version');
  return version;
}

export const TEMPORAL_SERVICES = ['history', 'matching', 'frontend', 'worker'];
const MODULE = 'go.temporal.io/server';

/**
 * Builds `server` and the schema tool `sql` into .tools/temporal-server/<version> once; the Go
 * build cache makes a rebuild after a clean quick. Returns the binaries and the module's folder
 * (schemas and config templates).
 */
export function buildTemporalServer(version, log) {
  const binDir = join(paths.root, '.tools', 'temporal-server', version);
  const server = join(binDir, 'server');
  const sqlTool = join(binDir, 'sql');
  if (spawnSync('go', ['version']).status !== 0) {
    throw new Error('Go (https://go.dev/dl, or Debian golang-go ≥ 1.24) is needed to build the Temporal server for the cluster mode');
  }
  const goEnv = { ...process.env, GOBIN: binDir, GOFLAGS: '-mod=mod' };
  if (!existsSync(server) || !existsSync(sqlTool)) {
    log(`building Temporal server ${version} from the Go module proxy into ${binDir} (once; several minutes)…`);
    mkdirSync(binDir, { recursive: true });
    execFileSync('nice', ['go', 'install', `${MODULE}/cmd/server@v${version}`, `${MODULE}/cmd/tools/sql@v${version}`], { stdio: 'inherit', env: goEnv });
  }
  const download = JSON.parse(execFileSync('go', ['mod', 'download', '-json', `${MODULE}@v${version}`], { env: goEnv, encoding: 'utf8' }));
  return { server, sqlTool, moduleDir: download.Dir };
}

/** Parses a postgres:// URL into what the schema tool and the server config need. */
export function postgresTarget(url) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    adminUrl: Object.assign(new URL(url), { pathname: '/postgres' }).toString(),
  };
}

/**
 * Creates the `temporal` and `temporal_visibility` databases when missing and brings their schemas
 * up to date: the same steps as the temporal-schema job of docker/compose.yaml.
 */
export async function setupTemporalSchemas({ sqlTool, moduleDir, pg, log }) {
  const admin = new Client({ connectionString: pg.adminUrl });
  await admin.connect();
  const existing = new Set((await admin.query("SELECT datname FROM pg_database WHERE datname IN ('temporal', 'temporal_visibility')")).rows.map((r) => r.datname));
  await admin.end();
  const schemaRoot = join(moduleDir, 'schema', 'postgresql', 'v12');
  for (const [database, folder] of [
    ['temporal', 'temporal'],
    ['temporal_visibility', 'visibility'],
  ]) {
    const tool = (...args) =>
      execFileSync(sqlTool, ['--plugin', 'postgres12', '--ep', pg.host, '-p', String(pg.port), '-u', pg.user, '--pw', pg.password, '--db', database, ...args], { stdio: 'pipe' });
    if (!existing.has(database)) tool('create-database');
    tool('setup-schema', '-v', '0.0');
    tool('update-schema', '-d', join(schemaRoot, folder, 'versioned'));
    log(`Temporal schema of ${database} up to date`);
  }
}

/**
 * Ports of the cluster, kept in the data folder so a restart finds the membership it left; a port
 * taken meanwhile by something else is replaced by a free one.
 */
async function clusterPorts(stateFile) {
  const names = ['frontend', 'frontendHttp', 'history', 'matching', 'worker', 'frontendMembership', 'historyMembership', 'matchingMembership', 'workerMembership'];
  const saved = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : {};
  const ports = {};
  const taken = new Set();
  for (const name of names) {
    ports[name] = saved[name] && !taken.has(saved[name]) && (await isFree(saved[name])) ? saved[name] : await freeSmallPort(taken);
    taken.add(ports[name]);
  }
  writeFileSync(stateFile, JSON.stringify(ports, null, 2));
  return ports;
}

/**
 * Temporal stores the services' ports in SMALLINT columns (cluster_membership), so they must stay
 * below 32768, where the kernel's ephemeral ports (what port 0 gives) never are.
 */
async function freeSmallPort(taken) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (!taken.has(port) && (await isFree(port))) return port;
  }
  throw new Error('no free port between 20000 and 32000 for the Temporal services');
}

async function isFree(port) {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer().once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The module's development-postgres12.yaml with our database, every port moved, and absolute paths. */
export async function writeClusterConfig({ moduleDir, clusterDir, pg, shards }) {
  const configDir = join(clusterDir, 'config');
  mkdirSync(join(configDir, 'dynamicconfig'), { recursive: true });
  const ports = await clusterPorts(join(clusterDir, 'ports.json'));
  const config = parse(readFileSync(join(moduleDir, 'config', 'development-postgres12.yaml'), 'utf8'));
  config.log = { stdout: true, level: process.env.TEMPORAL_LOG_LEVEL ?? 'warn' };
  config.persistence.numHistoryShards = shards;
  for (const store of Object.values(config.persistence.datastores)) {
    Object.assign(store.sql, { connectAddr: `${pg.host}:${pg.port}`, user: pg.user, password: pg.password });
  }
  // One config serves four processes: a shared pprof or metrics port would clash, so both are off.
  config.global.pprof.port = 0;
  delete config.global.metrics;
  for (const service of TEMPORAL_SERVICES) {
    Object.assign(config.services[service].rpc, { grpcPort: ports[service], membershipPort: ports[`${service}Membership`] });
  }
  config.services.frontend.rpc.httpPort = ports.frontendHttp;
  config.clusterMetadata.clusterInformation.active.rpcAddress = `127.0.0.1:${ports.frontend}`;
  // The template's path is relative to the working directory; an absolute one works from anywhere.
  const dynamicConfig = join(configDir, 'dynamicconfig', 'production-sql.yaml');
  writeFileSync(dynamicConfig, readFileSync(join(paths.root, 'docker', 'temporal', 'dynamicconfig', 'production-sql.yaml')));
  config.dynamicConfigClient.filepath = dynamicConfig;
  writeFileSync(join(configDir, 'development.yaml'), stringify(config));
  return { configDir, ports, address: `127.0.0.1:${ports.frontend}` };
}

/** Arguments of one Temporal service process. */
export function serviceArgs(clusterDir, service) {
  return ['--root', clusterDir, '--config', 'config', '--env', 'development', 'start', '--service', service];
}

/** Waits for the frontend, then creates the namespace (or leaves the existing one), as the compose job does. */
export async function registerNamespace({ address, namespace, retention, log, gaveUp }) {
  await waitForPort(Number(address.split(':')[1]), 180_000, gaveUp);
  const cli = (...args) => spawnSync(paths.temporalCli, ['operator', ...args, '--address', address], { encoding: 'utf8' });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (cli('namespace', 'describe', '--namespace', namespace).status === 0) break;
    const created = cli('namespace', 'create', '--namespace', namespace, '--retention', retention);
    if (created.status === 0) {
      log(`namespace '${namespace}' created`);
      break;
    }
    if (Date.now() > deadline || gaveUp()) throw new Error(`could not create namespace ${namespace}: ${created.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  log(`namespace '${namespace}' ready`);
}
