import type { DynamicModule, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';

export type ModuleRef = Type | DynamicModule;

export interface ModuleEntry {
  module: Type;
  controllers: Type[];
  providers: unknown[];
  imports: ModuleRef[];
}

/** A module's own declarations: its decorator's metadata, plus a dynamic module's additions. */
export function entryOf(ref: ModuleRef): ModuleEntry {
  const dynamic = 'module' in ref ? (ref as DynamicModule) : undefined;
  const module = dynamic ? dynamic.module : (ref as Type);
  const own = <T>(key: string, extra?: T[]): T[] => [...((Reflect.getMetadata(key, module) as T[] | undefined) ?? []), ...(extra ?? [])];
  return {
    module,
    controllers: own<Type>(MODULE_METADATA.CONTROLLERS, dynamic?.controllers),
    providers: own<unknown>(MODULE_METADATA.PROVIDERS, dynamic?.providers),
    imports: own<ModuleRef>(MODULE_METADATA.IMPORTS, dynamic?.imports as ModuleRef[] | undefined),
  };
}

/** Every module reachable from `root` through imports, each once, in Nest's depth-first scanning order. */
export function moduleTree(root: ModuleRef): ModuleEntry[] {
  const seen = new Map<Type, ModuleEntry>();
  const visit = (ref: ModuleRef): void => {
    const entry = entryOf(ref);
    if (seen.has(entry.module)) return;
    seen.set(entry.module, entry);
    entry.imports.forEach(visit);
  };
  visit(root);
  return [...seen.values()];
}

/** The controllers of every module of the app. */
export function controllersOf(root: ModuleRef): Type[] {
  return moduleTree(root).flatMap((entry) => entry.controllers);
}
