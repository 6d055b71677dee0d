import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // pure functions over text and documents written in the tests: seconds for all
      // (in threads, modules shared between files: the core is loaded once per thread)
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          pool: 'threads',
          isolate: false,
        },
      },
      // the built bundles and CLI as processes, the corpus, property runs: slower, with explicit timeouts
      // (the CLI's worker threads on a loaded two-core machine need more than vitest's 5 s default)
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      // the built extension in real Chromium and Firefox: one browser per file, files one after another
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
