import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { WorkflowBundlePath } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createDataSource, loadDemoData, type LoadedDemo, DEMO_PASSWORD } from '@khenthuong/persistence';
import { loadConfig, type AppConfig } from '@khenthuong/platform';
import { createApiApp } from '../../apps/api/src/api.bootstrap';
import { startWorkerApp } from '../../apps/worker/src/worker.bootstrap';
import { SHARED_WORKFLOW_BUNDLE_ENV } from './shared-workflow-bundle';

/**
 * Task queues of this suite alone (Jest loads this module once per test file): a worker left from
 * another suite, or one running beside it, never takes this suite's workflows.
 */
const SUITE_TASK_QUEUE_PREFIX = `khenthuong-test-${randomUUID().slice(0, 8)}`;

/** Configuration for the services global-setup started, with a fresh archive folder and its own task queues per suite. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    TEMPORAL_TASK_QUEUE_PREFIX: SUITE_TASK_QUEUE_PREFIX,
    LOG_LEVEL: 'warn',
    PORT: '0',
    HOST: '127.0.0.1',
    ARCHIVE_DIR: mkdtempSync(join(tmpdir(), 'khenthuong-archive-')),
    POSTING_PERIOD_SECONDS: '2',
    ...overrides,
  });
}

/** A demo ward of its own (unique body code and usernames), so suites never see each other's data. */
export async function seedIsolatedWard(dataSource: DataSource): Promise<LoadedDemo & { prefix: string }> {
  const prefix = `t${randomUUID().slice(0, 8)}.`;
  const demo = await loadDemoData(dataSource, { bodyCode: `test-${prefix}`, usernamePrefix: prefix });
  return { ...demo, prefix };
}

export interface ApiStack {
  config: AppConfig;
  api: NestExpressApplication;
  baseUrl: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

export async function startApi(config: AppConfig): Promise<ApiStack> {
  const api = await createApiApp(config);
  await api.listen(0, '127.0.0.1');
  const dataSource = await createDataSource({ url: config.DATABASE_URL, poolSize: 2 }).initialize();
  return {
    config,
    api,
    baseUrl: (await api.getUrl()).replace('[::1]', '127.0.0.1'),
    dataSource,
    async close() {
      await api.close();
      await dataSource.destroy();
    },
  };
}

/** The worker in this process; `maxCachedWorkflows: 0` replays history on every task (docs/architecture.md). */
export function startWorker(config: AppConfig): Promise<INestApplicationContext> {
  return startWorkerApp(config, { maxCachedWorkflows: 0, bundle: sharedWorkflowBundle() });
}

/** The workflow bundle global-setup built once for the run (webpack takes seconds per suite otherwise). */
export function sharedWorkflowBundle(): WorkflowBundlePath | undefined {
  const codePath = process.env[SHARED_WORKFLOW_BUNDLE_ENV];
  return codePath ? { codePath } : undefined;
}

export type IsolatedWard = Awaited<ReturnType<typeof seedIsolatedWard>>;

/** What `useStack` started for a suite. */
export interface SuiteStack {
  config: AppConfig;
  stack: ApiStack;
  /** Null when the suite asked for no worker. */
  worker: INestApplicationContext | null;
  ward: IsolatedWard;
}

/**
 * Registers the suite's set-up and tear-down: before its tests an api (and a worker, unless
 * `worker: false`) on this suite's configuration, and a ward of its own; after them, both stopped.
 * `ready` receives them before the first test (suites keep them in their own variables).
 */
export function useStack(options: { worker?: boolean; config?: Record<string, string>; timeoutMs?: number }, ready: (started: SuiteStack) => unknown): void {
  let started: Partial<SuiteStack> = {};
  beforeAll(async () => {
    const config = testConfig(options.config);
    started = { config, stack: await startApi(config), worker: null };
    if (options.worker !== false) started.worker = await startWorker(config);
    started.ward = await seedIsolatedWard(started.stack!.dataSource);
    await ready(started as SuiteStack);
  }, options.timeoutMs);
  afterAll(async () => {
    await started.worker?.close();
    await started.stack?.close();
  });
}

export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private token: string | null = null,
  ) {}

  static async login(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<ApiClient> {
    const client = new ApiClient(baseUrl);
    const res = await client.request('POST', '/api/v1/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    client.token = (res.body as { token: string }).token;
    return client;
  }

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // non-JSON bodies (HTML pages) stay text
    }
    return { status: res.status, body: parsed };
  }

  /** A multipart POST with one file and plain fields (dossier papers, imports). */
  async upload(path: string, fileField: string, file: { bytes: Buffer; name: string; type: string } | null, fields: Record<string, string> = {}): Promise<{ status: number; body: any }> {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    if (file) form.append(fileField, new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
    const res = await fetch(this.baseUrl + path, { method: 'POST', headers: this.token ? { authorization: `Bearer ${this.token}` } : {}, body: form });
    const text = await res.text();
    try {
      return { status: res.status, body: JSON.parse(text) };
    } catch {
      return { status: res.status, body: text };
    }
  }
}

/** Thrown by a probe to stop waiting at once (the thing waited for can no longer happen). */
export class GiveUp extends Error {}

/** Polls `probe` until it returns a value (not undefined) or the timeout passes; no fixed sleeps. */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      if (error instanceof GiveUp) throw error;
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
