/**
 * Checks the production Docker set-up on paper (no Docker engine is needed):
 * docker/compose.yaml, docker/Dockerfile (+ its .dockerignore), docker/env.example and the
 * scripts they mount. When a Docker Compose CLI (v2+) is installed, `docker compose config`
 * validates the file as Compose itself reads it; without one that test is skipped, saying why.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, posix, relative, resolve } from 'node:path';
import { parse } from 'yaml';

const dockerDir = __dirname;
const repoRoot = resolve(dockerDir, '..');
const composePath = join(dockerDir, 'compose.yaml');
const envExamplePath = join(dockerDir, 'env.example');
const composeText = readFileSync(composePath, 'utf8');

// ---------------------------------------------------------------------------------------------
// Compose variables: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?message}, ${VAR?message},
// ${VAR:+alt}, $VAR; $$ is a literal dollar.
// ---------------------------------------------------------------------------------------------
interface VariableUse {
  name: string;
  operator: '' | ':-' | '-' | ':?' | '?' | ':+' | '+';
  argument: string;
}

const VARIABLE = /\$\$|\$\{([^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
const BRACED = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:-|-|:\?|\?|:\+|\+)(.*))?$/s;

function variableUses(text: string): VariableUse[] {
  const uses: VariableUse[] = [];
  for (const match of text.matchAll(VARIABLE)) {
    if (match[0] === '$$') continue;
    if (match[2]) {
      uses.push({ name: match[2], operator: '', argument: '' });
      continue;
    }
    const braced = BRACED.exec(match[1] ?? '');
    if (!braced) throw new Error(`unsupported variable syntax in compose.yaml: ${match[0]}`);
    uses.push({ name: braced[1]!, operator: (braced[2] ?? '') as VariableUse['operator'], argument: braced[3] ?? '' });
  }
  return uses;
}

/** Interpolates like Compose does, given the variables that are set. */
function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(VARIABLE, (whole: string, braced: string | undefined, bare: string | undefined) => {
    if (whole === '$$') return '$';
    if (bare) return env[bare] ?? '';
    const m = BRACED.exec(braced ?? '');
    if (!m) throw new Error(`unsupported variable syntax: ${whole}`);
    const [, name, operator = '', argument = ''] = m;
    const value = env[name!];
    switch (operator) {
      case ':-':
        return value ? value : argument;
      case '-':
        return value ?? argument;
      case ':?':
        if (!value) throw new Error(`required variable ${name} is missing: ${argument}`);
        return value;
      case '?':
        if (value === undefined) throw new Error(`required variable ${name} is missing: ${argument}`);
        return value;
      case ':+':
        return value ? argument : '';
      case '+':
        return value !== undefined ? argument : '';
      default:
        return value ?? '';
    }
  });
}

function interpolateTree(node: unknown, env: Record<string, string>): unknown {
  if (typeof node === 'string') return interpolate(node, env);
  if (Array.isArray(node)) return node.map((item) => interpolateTree(item, env));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, interpolateTree(value, env)]));
  }
  return node;
}

/** Every string value of the parsed file (Compose interpolates values, not keys or comments). */
function stringValues(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(stringValues);
  if (node && typeof node === 'object') return Object.values(node).flatMap(stringValues);
  return [];
}

const uses = stringValues(parse(composeText, { merge: true })).flatMap(variableUses);
const requiredVariables = [...new Set(uses.filter((u) => u.operator === ':?' || u.operator === '?').map((u) => u.name))];
/** A value for every required variable, so that the file interpolates as it would in production. */
const sampleEnv: Record<string, string> = Object.fromEntries(
  requiredVariables.map((name) => [name, name === 'PUBLIC_BASE_URL' ? 'https://thiduakhenthuong.example.vn' : `test-${name.toLowerCase()}`]),
);

// ---------------------------------------------------------------------------------------------
// The compose model (only what the checks read)
// ---------------------------------------------------------------------------------------------
interface Healthcheck {
  test?: string | string[];
  disable?: boolean;
}
interface BuildSpec {
  context?: string;
  dockerfile?: string;
  target?: string;
}
interface Service {
  image?: string;
  build?: string | BuildSpec;
  restart?: string;
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: Healthcheck;
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: Array<string | number | { published?: string | number; target?: number; host_ip?: string }>;
  volumes?: Array<string | { type?: string; source?: string; target?: string }>;
  entrypoint?: string | string[];
  command?: string | string[];
  deploy?: { replicas?: number };
}
interface ComposeFile {
  name?: string;
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const rawCompose = parse(composeText, { merge: true }) as ComposeFile;
const compose = interpolateTree(rawCompose, sampleEnv) as ComposeFile;
const services = compose.services;
const serviceNames = Object.keys(services);

function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value === null ? '' : String(value)]));
}

function dependenciesOf(service: Service): Record<string, string> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((name) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([name, spec]) => [name, spec?.condition ?? 'service_started']));
}

interface Mount {
  source: string;
  target: string;
  kind: 'bind' | 'volume';
}

function mountsOf(service: Service): Mount[] {
  return (service.volumes ?? []).map((volume) => {
    if (typeof volume === 'string') {
      const [source = '', target = ''] = volume.split(':');
      const kind = source.startsWith('.') || source.startsWith('/') || source.startsWith('~') ? 'bind' : 'volume';
      return { source, target, kind };
    }
    return { source: volume.source ?? '', target: volume.target ?? '', kind: volume.type === 'bind' ? 'bind' : 'volume' };
  });
}

/** Host side of each published port, as "ip:port". */
function publishedPorts(service: Service): string[] {
  return (service.ports ?? []).flatMap((port) => {
    if (typeof port === 'number') return [`0.0.0.0:${port}`];
    if (typeof port === 'object') return port.published === undefined ? [] : [`${port.host_ip ?? '0.0.0.0'}:${port.published}`];
    const withoutProtocol = port.split('/')[0]!;
    const parts = withoutProtocol.split(':');
    if (parts.length === 1) return []; // container port only: an ephemeral host port
    if (parts.length === 2) return [`0.0.0.0:${parts[0]}`];
    return [`${parts.slice(0, -2).join(':')}:${parts[parts.length - 2]}`];
  });
}

// ---------------------------------------------------------------------------------------------
// Dockerfile parsing
// ---------------------------------------------------------------------------------------------
interface Instruction {
  keyword: string;
  args: string;
  line: number;
}
interface Stage {
  name: string | undefined;
  from: string;
  instructions: Instruction[];
}
interface Dockerfile {
  path: string;
  globalArgs: Record<string, string>;
  stages: Stage[];
  directives: Record<string, string>;
}

function parseDockerfile(path: string): Dockerfile {
  const lines = readFileSync(path, 'utf8').split('\n');
  const directives: Record<string, string> = {};
  for (const line of lines) {
    const directive = /^#\s*([a-z]+)\s*=\s*(\S+)\s*$/.exec(line);
    if (!directive) break;
    directives[directive[1]!] = directive[2]!;
  }
  const instructions: Instruction[] = [];
  let buffer = '';
  let start = 0;
  lines.forEach((raw, index) => {
    const line = raw.trimEnd();
    if (!buffer && (line.trim() === '' || line.trimStart().startsWith('#'))) return;
    if (buffer && line.trimStart().startsWith('#')) return; // comment inside a continued instruction
    if (!buffer) start = index + 1;
    if (line.endsWith('\\')) {
      buffer += `${line.slice(0, -1)} `;
      return;
    }
    buffer += line;
    const match = /^\s*(\S+)\s*(.*)$/s.exec(buffer)!;
    instructions.push({ keyword: match[1]!.toUpperCase(), args: match[2]!.trim(), line: start });
    buffer = '';
  });

  const globalArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const words = instruction.args.split(/\s+/).filter((word) => !word.startsWith('--'));
      const asAt = words.findIndex((word) => word.toUpperCase() === 'AS');
      stages.push({ from: words[0]!, name: asAt >= 0 ? words[asAt + 1] : undefined, instructions: [] });
    } else if (stages.length === 0) {
      if (instruction.keyword === 'ARG') {
        const [name, value = ''] = instruction.args.split('=');
        globalArgs[name!.trim()] = value.trim();
      }
    } else {
      stages[stages.length - 1]!.instructions.push(instruction);
    }
  }
  return { path, globalArgs, stages, directives };
}

/** Splits an instruction's arguments into flags (--name=value) and the rest (JSON or shell words). */
function splitFlags(args: string): { flags: Record<string, string>; rest: string } {
  const flags: Record<string, string> = {};
  let rest = args;
  for (;;) {
    const flag = /^--([a-z-]+)(?:=(\S*))?\s+/.exec(rest);
    if (!flag) break;
    flags[flag[1]!] = flag[2] ?? '';
    rest = rest.slice(flag[0].length);
  }
  return { flags, rest };
}

function words(rest: string): string[] {
  const trimmed = rest.trim();
  if (trimmed.startsWith('[')) return JSON.parse(trimmed) as string[];
  return trimmed.split(/\s+/).filter(Boolean);
}

interface Copy {
  from: string | undefined;
  sources: string[];
  destination: string;
  stage: Stage;
  instruction: Instruction;
}

function copiesOf(stage: Stage): Copy[] {
  return stage.instructions
    .filter((instruction) => instruction.keyword === 'COPY' || instruction.keyword === 'ADD')
    .map((instruction) => {
      const { flags, rest } = splitFlags(instruction.args);
      const parts = words(rest);
      return { from: flags.from, sources: parts.slice(0, -1), destination: parts[parts.length - 1]!, stage, instruction };
    });
}

function stageByName(dockerfile: Dockerfile, name: string): Stage | undefined {
  return dockerfile.stages.find((stage) => stage.name === name);
}

/** The stage and its ancestors (FROM <stage>), nearest first. */
function lineage(dockerfile: Dockerfile, stage: Stage): Stage[] {
  const chain = [stage];
  let parent = stageByName(dockerfile, stage.from);
  while (parent && !chain.includes(parent)) {
    chain.push(parent);
    parent = stageByName(dockerfile, parent.from);
  }
  return chain;
}

function workdirAt(dockerfile: Dockerfile, stage: Stage, beforeLine = Number.POSITIVE_INFINITY): string {
  for (const current of lineage(dockerfile, stage)) {
    const workdirs = current.instructions.filter((i) => i.keyword === 'WORKDIR' && (current !== stage || i.line < beforeLine));
    if (workdirs.length) return workdirs[workdirs.length - 1]!.args;
  }
  return '/';
}

/** The CMD and ENTRYPOINT in effect for a target (inherited from parent stages if not set). */
function commandOf(dockerfile: Dockerfile, stage: Stage): { entrypoint: string[]; cmd: string[] } {
  const find = (keyword: string): string[] => {
    for (const current of lineage(dockerfile, stage)) {
      const found = current.instructions.filter((i) => i.keyword === keyword);
      if (found.length) return words(found[found.length - 1]!.args);
    }
    return [];
  };
  return { entrypoint: find('ENTRYPOINT'), cmd: find('CMD') };
}

function resolveArgs(image: string, dockerfile: Dockerfile): string {
  return image.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_whole, name: string) => dockerfile.globalArgs[name] ?? '');
}

/** Problem with an image reference (missing or `latest` tag), or undefined when it is pinned. */
function imageProblem(reference: string): string | undefined {
  if (!reference) return 'empty image reference';
  if (reference.includes('@sha256:')) return undefined;
  const lastSegment = reference.split('/').pop()!;
  const colon = lastSegment.lastIndexOf(':');
  if (colon < 0) return `${reference} has no tag (means latest)`;
  const tag = lastSegment.slice(colon + 1);
  if (!tag) return `${reference} has an empty tag`;
  if (tag === 'latest') return `${reference} uses the latest tag`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// .dockerignore matching (Docker's rules: patterns relative to the context root, `**` any number
// of directories, `!` re-includes, the last matching pattern wins; an excluded directory excludes
// everything under it)
// ---------------------------------------------------------------------------------------------
function dockerignoreRules(path: string): Array<{ regex: RegExp; exclude: boolean; pattern: string }> {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const exclude = !line.startsWith('!');
      const pattern = posix.normalize((exclude ? line : line.slice(1)).trim()).replace(/^\/+/, '').replace(/\/+$/, '');
      let source = '';
      for (let i = 0; i < pattern.length; i += 1) {
        const char = pattern[i]!;
        if (char === '*' && pattern[i + 1] === '*') {
          source += '.*';
          i += 1;
          if (pattern[i + 1] === '/') {
            source = `${source.slice(0, -2)}(?:.*/)?`;
            i += 1;
          }
        } else if (char === '*') source += '[^/]*';
        else if (char === '?') source += '[^/]';
        else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
      }
      return { regex: new RegExp(`^${source}$`), exclude, pattern: line };
    });
}

function isIgnored(relativePath: string, rules: ReturnType<typeof dockerignoreRules>): string | undefined {
  const segments = posix.normalize(relativePath).replace(/^\.\//, '').split('/');
  let verdict: string | undefined;
  for (let depth = 1; depth <= segments.length; depth += 1) {
    const candidate = segments.slice(0, depth).join('/');
    for (const rule of rules) {
      if (rule.regex.test(candidate)) verdict = rule.exclude ? rule.pattern : undefined;
    }
    if (verdict) return verdict;
  }
  return verdict;
}

// ---------------------------------------------------------------------------------------------
// What the build targets are
// ---------------------------------------------------------------------------------------------
interface BuildTarget {
  service: string;
  context: string;
  dockerfilePath: string;
  target: string | undefined;
}

const buildTargets: BuildTarget[] = serviceNames
  .filter((name) => services[name]!.build !== undefined)
  .map((name) => {
    const build = services[name]!.build!;
    const spec: BuildSpec = typeof build === 'string' ? { context: build } : build;
    const context = resolve(dockerDir, spec.context ?? '.');
    // Compose resolves `dockerfile` relative to the build context.
    const dockerfilePath = isAbsolute(spec.dockerfile ?? '') ? spec.dockerfile! : resolve(context, spec.dockerfile ?? 'Dockerfile');
    return { service: name, context, dockerfilePath, target: spec.target };
  });

const dockerfilePaths = [...new Set(buildTargets.map((target) => target.dockerfilePath))];

function workspacePackageDirs(): string[] {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { workspaces?: string[] };
  return (pkg.workspaces ?? []).flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    return readdirSync(join(repoRoot, parent))
      .map((entry) => `${parent}/${entry}`)
      .filter((dir) => existsSync(join(repoRoot, dir, 'package.json')));
  });
}

// ---------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------
const TEMPORAL_ROLES = ['frontend', 'history', 'matching', 'worker'];
const TEMPORAL_SERVICES = TEMPORAL_ROLES.map((role) => `temporal-${role}`);
const LONG_RUNNING = ['postgres', ...TEMPORAL_SERVICES, 'temporal-ui', 'api', 'worker', 'proxy'];

describe('docker/compose.yaml', () => {
  it('has the services of the stack, each with a pinned image or a build', () => {
    expect(serviceNames).toEqual(expect.arrayContaining(LONG_RUNNING));
    for (const name of serviceNames) {
      const service = services[name]!;
      expect({ name, hasImageOrBuild: Boolean(service.image || service.build) }).toEqual({ name, hasImageOrBuild: true });
    }
  });

  it('uses no `latest` (or missing) image tag', () => {
    const problems = serviceNames.flatMap((name) => {
      const image = services[name]!.image;
      if (!image) return [];
      const problem = imageProblem(image);
      return problem ? [`${name}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('builds from Dockerfiles and targets that exist', () => {
    expect(buildTargets.map((target) => target.service).sort()).toEqual(['api', 'worker']);
    for (const target of buildTargets) {
      expect(existsSync(target.context) && statSync(target.context).isDirectory()).toBe(true);
      expect(existsSync(target.dockerfilePath)).toBe(true);
      const dockerfile = parseDockerfile(target.dockerfilePath);
      const stageNames = dockerfile.stages.map((stage) => stage.name);
      expect(target.target).toBeDefined();
      expect(stageNames).toContain(target.target);
    }
    // The api and worker images are built from the repository root.
    expect(new Set(buildTargets.map((target) => relative(repoRoot, target.context)))).toEqual(new Set(['']));
  });

  it('starts dependencies that exist, waiting on health checks and finished jobs', () => {
    const problems: string[] = [];
    for (const name of serviceNames) {
      for (const [dependency, condition] of Object.entries(dependenciesOf(services[name]!))) {
        const target = services[dependency];
        if (!target) {
          problems.push(`${name} depends on unknown service ${dependency}`);
          continue;
        }
        if (!['service_started', 'service_healthy', 'service_completed_successfully'].includes(condition)) {
          problems.push(`${name} → ${dependency}: unknown condition ${condition}`);
        }
        if (condition === 'service_healthy' && (!target.healthcheck || target.healthcheck.disable)) {
          problems.push(`${name} waits for ${dependency} to be healthy, but ${dependency} has no healthcheck`);
        }
        if (condition === 'service_completed_successfully' && ['always', 'unless-stopped'].includes(target.restart ?? '')) {
          problems.push(`${name} waits for ${dependency} to complete, but ${dependency} restarts forever`);
        }
      }
    }
    expect(problems).toEqual([]);

    for (const app of ['api', 'worker']) {
      expect(dependenciesOf(services[app]!)).toMatchObject({ postgres: 'service_healthy', 'temporal-frontend': 'service_healthy' });
    }
    // The api's /health is healthy only once the worker's browser has reported (heartbeat), so a
    // worker waiting for a healthy api would never start.
    expect(dependenciesOf(services.worker!).api).not.toBe('service_healthy');
  });

  it('has health checks for postgres and every Temporal role', () => {
    for (const name of ['postgres', ...TEMPORAL_SERVICES]) {
      const healthcheck = services[name]!.healthcheck;
      expect(healthcheck?.test).toBeDefined();
      expect(healthcheck?.disable).not.toBe(true);
    }
    expect(JSON.stringify(services.postgres!.healthcheck!.test)).toContain('pg_isready');
  });

  it('restarts the long-running services unless stopped', () => {
    for (const name of LONG_RUNNING) expect({ name, restart: services[name]!.restart }).toEqual({ name, restart: 'unless-stopped' });
  });

  it('publishes each host port once', () => {
    const published = serviceNames.flatMap((name) => publishedPorts(services[name]!).map((port) => ({ name, port })));
    const hostPort = (entry: { port: string }) => entry.port.split(':').pop();
    const clashes = published.filter((entry, index) =>
      published.some((other, otherIndex) => otherIndex !== index && hostPort(other) === hostPort(entry)),
    );
    expect(clashes).toEqual([]);
    expect(published.map(hostPort).sort()).toEqual(['3000', '8080']);
  });

  it('mounts files and directories that exist, and declares its named volumes', () => {
    const declared = Object.keys(compose.volumes ?? {});
    for (const name of serviceNames) {
      for (const mount of mountsOf(services[name]!)) {
        if (mount.kind === 'bind') expect({ name, path: mount.source, exists: existsSync(resolve(dockerDir, mount.source)) }).toEqual({ name, path: mount.source, exists: true });
        else expect(declared).toContain(mount.source);
      }
    }
  });

  it('gives api and worker the configuration they validate at boot, and one shared archive volume', () => {
    const common = ['NODE_ENV', 'DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_NAMESPACE', 'ARCHIVE_DIR', 'PUBLIC_BASE_URL', 'LOG_LEVEL'];
    const api = environmentOf(services.api!);
    const worker = environmentOf(services.worker!);
    expect(Object.keys(api)).toEqual(expect.arrayContaining([...common, 'PORT']));
    expect(Object.keys(worker)).toEqual(expect.arrayContaining([...common, 'CHROMIUM_PATH', 'FONTS_DIR']));
    // A demo/test override of the legal posting period must never reach production.
    expect(api.POSTING_PERIOD_SECONDS ?? worker.POSTING_PERIOD_SECONDS).toBeUndefined();
    expect(api.DEMO_ROUNDS ?? worker.DEMO_ROUNDS).toBeUndefined();

    for (const env of [api, worker]) {
      expect(env.NODE_ENV).toBe('production');
      expect(env.DATABASE_URL).toMatch(/^postgres(ql)?:\/\//);
      expect(new URL(env.DATABASE_URL!).hostname).toBe('postgres');
      const [temporalHost, temporalPort] = env.TEMPORAL_ADDRESS!.split(':');
      expect(services[temporalHost!]).toBeDefined();
      expect(temporalPort).toBe('7233');
    }

    // The app reads only the settings AppConfig declares and ignores any other variable, so a
    // misspelt name here would be silently without effect.
    const configSource = readFileSync(join(repoRoot, 'libs', 'platform', 'src', 'app-config.ts'), 'utf8');
    const known = new Set([...configSource.matchAll(/^\s+([A-Z][A-Z0-9_]*)[!?]?\s*[:=]/gm)].map((m) => m[1]!));
    expect(known.size).toBeGreaterThan(5);
    const unknown = [...Object.keys(api), ...Object.keys(worker)].filter((name) => !known.has(name));
    expect([...new Set(unknown)]).toEqual([]);

    const archiveMounts = ['api', 'worker'].map((name) => {
      const env = environmentOf(services[name]!);
      const mount = mountsOf(services[name]!).find((m) => m.target === env.ARCHIVE_DIR);
      expect(mount?.kind).toBe('volume');
      return mount!.source;
    });
    expect(archiveMounts[0]).toBe(archiveMounts[1]);
  });

  it('connects the app and Temporal as the roles and databases the init script creates', () => {
    const initDir = join(dockerDir, 'postgres', 'initdb.d');
    const init = readdirSync(initDir)
      .map((file) => readFileSync(join(initDir, file), 'utf8'))
      .join('\n');
    const url = new URL(environmentOf(services.api!).DATABASE_URL!);
    const appRole = decodeURIComponent(url.username);
    const appDatabase = url.pathname.slice(1);
    expect(init).toMatch(new RegExp(`CREATE ROLE ${appRole} LOGIN`));
    expect(init).toMatch(new RegExp(`CREATE DATABASE ${appDatabase} OWNER ${appRole}`));

    for (const name of TEMPORAL_SERVICES) {
      const temporal = environmentOf(services[name]!);
      expect(temporal.DB).toBe('postgres12');
      expect(temporal.POSTGRES_SEEDS).toBe('postgres');
      for (const database of [temporal.DBNAME ?? 'temporal', temporal.VISIBILITY_DBNAME ?? 'temporal_visibility']) {
        expect(init).toMatch(new RegExp(`CREATE DATABASE ${database} OWNER ${temporal.POSTGRES_USER}\\b`));
      }
      expect(environmentOf(services['temporal-schema']!).SQL_USER).toBe(temporal.POSTGRES_USER);
      // The Temporal server image reads its dynamic config from the mounted directory.
      const dynamicConfig = temporal.DYNAMIC_CONFIG_FILE_PATH!;
      const configMount = mountsOf(services[name]!).find((m) => dynamicConfig.startsWith(`${m.target}/`));
      expect(configMount).toBeDefined();
      expect(existsSync(resolve(dockerDir, configMount!.source, dynamicConfig.slice(configMount!.target.length + 1)))).toBe(true);
    }
  });

  it('runs the cluster topology of `npm run start:cluster`: four Temporal roles, two apis behind a proxy, two workers', () => {
    // One role per container, all four roles, one server version (the one start:cluster builds).
    expect(TEMPORAL_SERVICES.map((name) => environmentOf(services[name]!).TEMPORAL_SERVICES)).toEqual(TEMPORAL_ROLES);
    const versions = serviceNames.flatMap((name) => /^temporalio\/(?:server|admin-tools):(.+)$/.exec(services[name]!.image ?? '')?.[1] ?? []);
    expect(versions.length).toBe(TEMPORAL_SERVICES.length + 2);
    expect(new Set(versions).size).toBe(1);
    const environments = TEMPORAL_SERVICES.map((name) => environmentOf(services[name]!));
    expect(new Set(environments.map((env) => JSON.stringify({ ...env, TEMPORAL_SERVICES: undefined }))).size).toBe(1);

    for (const app of ['api', 'worker']) expect({ app, replicas: services[app]!.deploy?.replicas }).toEqual({ app, replicas: 2 });
    // Only the proxy is published; it forwards to the api service (every replica).
    expect(publishedPorts(services.api!)).toEqual([]);
    expect(publishedPorts(services.proxy!).map((port) => port.split(':').pop())).toEqual(['3000']);
    expect(String(services.proxy!.ports?.[0])).toMatch(/:8080$/);
    const proxyConfig = mountsOf(services.proxy!).find((m) => m.target === '/etc/nginx/nginx.conf');
    const nginx = readFileSync(resolve(dockerDir, proxyConfig!.source), 'utf8');
    expect(nginx).toMatch(new RegExp(`server api:${environmentOf(services.api!).PORT}\\b`));
    expect(nginx).toMatch(/listen 8080;/);

    // The same schema steps as start:cluster: create (if missing), setup-schema -v 0.0, update-schema.
    const cluster = readFileSync(join(repoRoot, 'scripts', 'lib', 'temporal-cluster.mjs'), 'utf8');
    const job = readFileSync(join(dockerDir, 'temporal', 'setup-schema.sh'), 'utf8');
    for (const database of ['temporal', 'temporal_visibility']) {
      expect(job).toMatch(new RegExp(`--database ${database} setup-schema -v 0\\.0`));
      expect(job).toMatch(new RegExp(`--database ${database} update-schema -d`));
    }
    expect(cluster).toContain("tool('setup-schema', '-v', '0.0')");
    expect(cluster).toContain("tool('update-schema', '-d'");
  });
});

describe('docker/env.example documents the compose variables', () => {
  const documented = new Map<string, { value: string; commented: boolean }>();
  const duplicates: string[] = [];
  for (const line of readFileSync(envExamplePath, 'utf8').split('\n')) {
    // `NAME=value` (set) or `# NAME=value` (optional, default shown); other comments are prose.
    const entry = /^(# )?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (!entry) continue;
    if (documented.has(entry[2]!)) duplicates.push(entry[2]!);
    documented.set(entry[2]!, { value: entry[3]!, commented: Boolean(entry[1]) });
  }
  const used = [...new Set(uses.map((use) => use.name))].sort();

  it('lists every ${VAR} of compose.yaml, once', () => {
    expect(used.filter((name) => !documented.has(name))).toEqual([]);
    expect(duplicates).toEqual([]);
  });

  it('lists nothing that compose.yaml does not use', () => {
    expect([...documented.keys()].filter((name) => !used.includes(name))).toEqual([]);
  });

  it('marks required variables as set and shows the defaults compose.yaml applies', () => {
    for (const name of used) {
      const forms = uses.filter((use) => use.name === name);
      const entry = documented.get(name)!;
      const required = forms.some((use) => use.operator === ':?' || use.operator === '?');
      const defaults = [...new Set(forms.filter((use) => use.operator === ':-' || use.operator === '-').map((use) => use.argument))];
      expect({ name, defaults: defaults.length <= 1 }).toEqual({ name, defaults: true });
      if (required) expect({ name, commented: entry.commented }).toEqual({ name, commented: false });
      else expect({ name, commented: entry.commented, value: entry.value }).toEqual({ name, commented: true, value: defaults[0] ?? '' });
    }
  });
});

describe.each(dockerfilePaths.map((path) => [relative(repoRoot, path), path]))('%s', (_label, dockerfilePath) => {
  const dockerfile = parseDockerfile(dockerfilePath);
  const targets = buildTargets.filter((target) => target.dockerfilePath === dockerfilePath);
  const context = targets[0]!.context;
  const ignoreRules = dockerignoreRules(`${dockerfilePath}.dockerignore`);

  it('has a Dockerfile-specific .dockerignore that keeps secrets, dependencies and build output out', () => {
    expect(existsSync(`${dockerfilePath}.dockerignore`)).toBe(true);
    for (const path of ['.git', 'node_modules', 'apps/api/node_modules', 'apps/api/dist', 'docker/.env', '.env', 'libs/domain/tsconfig.tsbuildinfo']) {
      expect({ path, ignored: Boolean(isIgnored(path, ignoreRules)) }).toEqual({ path, ignored: true });
    }
  });

  it('pins every base image (no `latest`, no missing tag)', () => {
    const stageNames = new Set(dockerfile.stages.map((stage) => stage.name));
    const problems = dockerfile.stages.flatMap((stage) => {
      if (stageNames.has(stage.from)) return [];
      const problem = imageProblem(resolveArgs(stage.from, dockerfile));
      return problem ? [problem] : [];
    });
    if (dockerfile.directives.syntax) {
      const problem = imageProblem(dockerfile.directives.syntax);
      if (problem) problems.push(`syntax directive: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it('copies only paths that exist in the build context and are not ignored', () => {
    const problems: string[] = [];
    for (const stage of dockerfile.stages) {
      for (const copy of copiesOf(stage)) {
        if (copy.from !== undefined) continue;
        for (const source of copy.sources) {
          if (/^[a-z]+:\/\//.test(source)) {
            problems.push(`line ${copy.instruction.line}: remote source ${source}`);
            continue;
          }
          if (!existsSync(resolve(context, source))) problems.push(`line ${copy.instruction.line}: ${source} does not exist`);
          const rule = isIgnored(source, ignoreRules);
          if (rule) problems.push(`line ${copy.instruction.line}: ${source} is excluded by "${rule}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('copies every workspace manifest and the lockfile before `npm ci`', () => {
    const builder = dockerfile.stages.find((stage) => stage.instructions.some((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args)));
    expect(builder).toBeDefined();
    const npmCiLine = builder!.instructions.find((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args))!.line;
    const copiedBefore = copiesOf(builder!)
      .filter((copy) => copy.from === undefined && copy.instruction.line < npmCiLine)
      .flatMap((copy) => copy.sources.map((source) => posix.normalize(source)));
    const manifests = ['package.json', 'package-lock.json', ...workspacePackageDirs().map((dir) => `${dir}/package.json`)];
    expect(manifests.filter((manifest) => !copiedBefore.includes(manifest))).toEqual([]);
  });

  it.each(targets.map((target) => [target.target!, target.service]))(
    'target %s (service %s) runs `node <file>` on a file the build compiles and the image contains',
    (targetName) => {
      const stage = stageByName(dockerfile, targetName)!;
      const { entrypoint, cmd } = commandOf(dockerfile, stage);
      const argv = [...entrypoint, ...cmd];
      const nodeAt = argv.findIndex((word) => word === 'node' || word.endsWith('/node'));
      expect(nodeAt).toBeGreaterThanOrEqual(0);
      const script = argv.slice(nodeAt + 1).find((word) => !word.startsWith('-'));
      expect(script).toBeDefined();

      // The build compiles X/src/Y.ts to X/dist/Y.js.
      const compiled = /^(.*)\/dist\/(.*)\.js$/.exec(script!);
      expect(compiled).not.toBeNull();
      const source = join(repoRoot, compiled![1]!, 'src', `${compiled![2]}.ts`);
      expect({ script, source: relative(repoRoot, source), exists: existsSync(source) }).toEqual({
        script,
        source: relative(repoRoot, source),
        exists: true,
      });

      // The file is inside something the target stage (or a parent) copies from the builder.
      const absoluteScript = posix.resolve(workdirAt(dockerfile, stage), script!);
      const shipped = lineage(dockerfile, stage)
        .flatMap((current) => copiesOf(current))
        .filter((copy) => copy.from !== undefined)
        .some((copy) => {
          const destination = posix.resolve(workdirAt(dockerfile, copy.stage, copy.instruction.line), copy.destination);
          return absoluteScript === destination || absoluteScript.startsWith(`${destination.replace(/\/$/, '')}/`);
        });
      expect({ script: absoluteScript, shipped }).toEqual({ script: absoluteScript, shipped: true });

      // Not as root.
      const users = lineage(dockerfile, stage)
        .reverse()
        .flatMap((current) => current.instructions.filter((i) => i.keyword === 'USER'));
      expect(users.length).toBeGreaterThan(0);
      expect(['root', '0']).not.toContain(users[users.length - 1]!.args.split(':')[0]);
    },
  );

  it('gives the worker Chromium from Debian, its fonts and workflow sources, and downloads no browser', () => {
    const worker = stageByName(dockerfile, 'worker')!;
    const text = lineage(dockerfile, worker)
      .flatMap((stage) => stage.instructions)
      .map((i) => `${i.keyword} ${i.args}`)
      .join('\n');
    expect(text).toMatch(/apt-get install[^\n]*\bchromium\b/);
    expect(text).toMatch(/apt-get install[^\n]*\bfonts-croscore\b/);
    expect(text).toMatch(/PUPPETEER_SKIP_DOWNLOAD=1/);
    expect(text).toMatch(/CHROMIUM_PATH=\/usr\/bin\/chromium/);
    // The bundler reads workflows/src and aliases @khenthuong/{domain,temporal} to libs/*/src.
    const fromBuilder = lineage(dockerfile, worker)
      .flatMap((stage) => copiesOf(stage))
      .filter((copy) => copy.from !== undefined)
      .flatMap((copy) => copy.sources.map((source) => source.replace(/\/+$/, '')));
    expect(fromBuilder.some((source) => /\/workflows(\/src)?$/.test(source))).toBe(true);
    expect(fromBuilder.some((source) => /\/libs$/.test(source))).toBe(true);
    expect(existsSync(join(repoRoot, 'workflows', 'src'))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// `docker compose config`: the Compose implementation itself parses, validates and interpolates
// the file. It needs no engine, but it needs the Compose CLI (the `docker compose` plugin or a
// v2+ `docker-compose`).
// ---------------------------------------------------------------------------------------------
function findComposeCli(): { command: string[]; why?: string } {
  const dockerClient = spawnSync('docker', ['--version'], { encoding: 'utf8' });
  const plugin = spawnSync('docker', ['compose', 'version', '--short'], { encoding: 'utf8' });
  if (plugin.status === 0) return { command: ['docker', 'compose'] };
  const standalone = spawnSync('docker-compose', ['version', '--short'], { encoding: 'utf8' });
  if (standalone.status === 0 && /^v?([2-9]|\d{2,})\./.test(standalone.stdout.trim())) return { command: ['docker-compose'] };
  const why =
    dockerClient.error || dockerClient.status !== 0
      ? 'the docker client is not installed'
      : 'the docker client has no compose plugin and no docker-compose v2+ is on PATH';
  return { command: [], why };
}

const composeCli = findComposeCli();
if (composeCli.why) {
  console.warn(`docker/compose.test.ts: skipping \`docker compose config\`: ${composeCli.why}.`);
}

(composeCli.why ? describe.skip : describe)('docker compose config', () => {
  function run(args: string[], env: Record<string, string>): ReturnType<typeof spawnSync> {
    const dir = mkdtempSync(join(tmpdir(), 'khenthuong-compose-'));
    try {
      // An explicit env file, so that a docker/.env on this machine cannot influence the result.
      const envFile = join(dir, 'env');
      writeFileSync(envFile, Object.entries(env).map(([key, value]) => `${key}=${value}\n`).join(''));
      const [command, ...prefix] = composeCli.command;
      // Nor variables of this process (the suite's own DATABASE_URL, a COMPOSE_FILE, …).
      const clean = Object.fromEntries(
        Object.entries(process.env).filter(([key]) => !key.startsWith('COMPOSE_') && !uses.some((use) => use.name === key)),
      );
      return spawnSync(command!, [...prefix, '--project-directory', dockerDir, '-f', composePath, '--env-file', envFile, ...args], {
        encoding: 'utf8',
        env: clean,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('accepts the file with the required variables set, and interpolates it as this test does', () => {
    const result = run(['config', '--format', 'json'], sampleEnv);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
    const resolved = JSON.parse(String(result.stdout)) as ComposeFile;
    expect(Object.keys(resolved.services).sort()).toEqual([...serviceNames].sort());
    expect(environmentOf(resolved.services.api!)).toMatchObject(environmentOf(services.api!));
    expect(environmentOf(resolved.services.worker!)).toMatchObject(environmentOf(services.worker!));
  });

  it.each(requiredVariables)('refuses to start without %s', (name) => {
    const env = { ...sampleEnv };
    delete env[name];
    const result = run(['config', '--quiet'], env);
    expect(result.status).not.toBe(0);
    expect(String(result.stderr)).toContain(name);
  });
});
