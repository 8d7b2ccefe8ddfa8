import { dirname, join } from 'node:path';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

/**
 * Bundles the workflow code from its TypeScript sources. Our libraries are aliased to their sources
 * too, so the bundle never depends on a stale build and contains only sandbox-safe modules.
 */
export function bundleWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  const alias = {
    '@khenthuong/domain$': join(packageDir('@khenthuong/domain'), 'src', 'index.ts'),
    '@khenthuong/temporal$': join(packageDir('@khenthuong/temporal'), 'src', 'index.ts'),
  };
  return bundleWorkflowCode({
    workflowsPath: join(packageDir('@khenthuong/workflows'), 'src', 'index.ts'),
    webpackConfigHook: (config) => {
      config.resolve = { ...config.resolve, alias: { ...(config.resolve?.alias as Record<string, string>), ...alias } };
      return config;
    },
    logger: { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: console.warn, error: console.error, log: () => undefined },
  });
}
