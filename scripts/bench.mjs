#!/usr/bin/env node
// Runs benchmarks (scripts/bench/<name>.bench.ts): `npm run bench` runs all, `npm run bench -- pdf`
// one. Benchmarks print figures and ratios against a baseline measured in the same run; they never
// assert timings. TypeScript is compiled on the fly with SWC (already a dev dependency for Jest);
// workspace packages resolve to their built dist, so `npm run bench` builds first.
import { readdirSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { paths } from './lib/paths.mjs';

const require = createRequire(import.meta.url);
const { transformSync } = require('@swc/core');

Module._extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
  });
  module._compile(code, filename);
};

const benchDir = join(paths.root, 'scripts', 'bench');
const available = readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace(/\.bench\.ts$/, ''));
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : available) {
  console.log(`\n=== bench:${name} ===`);
  const bench = require(join(benchDir, `${name}.bench.ts`));
  await bench.main();
}
