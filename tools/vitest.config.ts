/**
 * Two suites: `unit` (engine, extraction, components; fast, parallel) and `e2e` (the built extension in real
 * Chromium and Firefox ESR; slow, one file at a time because the machine has two cores and each file
 * drives its own browsers). `npm test` builds first; `npm run test:unit` skips the browsers, `npm run test:e2e` runs only them.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // This file sits in tools/ to keep the top level as the design card fixes it; tests run from the repo root.
  root: fileURLToPath(new URL('..', import.meta.url)),
  // Components are Preact: the automatic JSX runtime from preact, as tsconfig says for the build.
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    reporters: ['default', fileURLToPath(new URL('../tests/summary-reporter.ts', import.meta.url))],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
