import type { Type } from '@nestjs/common';
import { CONTROLLER_WATERMARK } from '@nestjs/common/constants';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, loadConfig } from '@khenthuong/platform';
import { entryOf, moduleTree } from '../test/support/module-tree';
import { AppModule } from './app.module';

const SRC = __dirname;
// Only the module metadata is read: nothing connects to these addresses.
const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://unused@127.0.0.1:9/unused', TEMPORAL_ADDRESS: '127.0.0.1:9' });

/** Every class under src that Nest would treat as a controller, found by loading the files that declare one. */
async function controllerClassesInSources(): Promise<Type[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && f !== 'main.ts' && !f.endsWith('.d.ts'));
  const declaring = files.filter((f) => readFileSync(join(SRC, f), 'utf8').includes('@Controller('));
  const loaded = (await Promise.all(declaring.map((f) => import(join(SRC, f))))) as Record<string, unknown>[];
  return loaded
    .flatMap((exports) => Object.values(exports))
    .filter((value): value is Type => typeof value === 'function' && Reflect.getMetadata(CONTROLLER_WATERMARK, value) === true);
}

describe('AppModule is made of feature modules', () => {
  const root = AppModule.forRoot(config, createLogger('modules-test', 'silent'));

  it('declares no controllers and no providers of its own beyond the global guards and filter', () => {
    const own = entryOf(root);
    expect(own.controllers).toEqual([]);
    const provided = own.providers.map((p) => (typeof p === 'object' && p !== null && 'provide' in p ? p.provide : p));
    expect(provided.filter((token) => token !== APP_GUARD && token !== APP_FILTER)).toEqual([]);
  });

  it('has every controller under src declared by exactly one module other than AppModule', async () => {
    const controllers = await controllerClassesInSources();
    expect(controllers.length).toBeGreaterThan(40);
    const declaredBy = new Map<Type, string[]>();
    for (const entry of moduleTree(root)) {
      for (const controller of entry.controllers) declaredBy.set(controller, [...(declaredBy.get(controller) ?? []), entry.module.name]);
    }
    const misplaced = controllers
      .map((controller) => ({ controller: controller.name, modules: declaredBy.get(controller) ?? [] }))
      .filter(({ modules }) => modules.length !== 1 || modules[0] === AppModule.name);
    expect(misplaced).toEqual([]);
    expect([...declaredBy.keys()].filter((c) => !controllers.includes(c)).map((c) => c.name)).toEqual([]);
  });
});
