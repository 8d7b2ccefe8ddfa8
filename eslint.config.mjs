// Lint: ESLint's and typescript-eslint's recommended rules over all TypeScript and scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.tools/**', '.data/**', '.artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Raw SQL rows and Jest matchers are loosely typed at the edges on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Workflow code runs in Temporal's deterministic sandbox.
    files: ['workflows/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@khenthuong/persistence', '@khenthuong/documents', '@khenthuong/temporal/runtime', 'node:*', 'fs', 'pg', 'typeorm'] }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Workflows must be deterministic.' }, { object: 'Date', property: 'now', message: 'Use workflow timers; activities read the clock.' }],
    },
  },
);
