import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // (some unit files start the built CLI as processes with worker threads: on a loaded two-core
      // machine they need more than vitest's 5 s default)
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      // the built extension in real Chromium: one browser per file, files one after another
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
