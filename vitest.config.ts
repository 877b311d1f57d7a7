import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['linter/**/*.test.ts', 'rules/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    pool: 'forks',
    // test/support/growth.ts collects garbage before each timing, so the heap left by earlier tests is not measured.
    execArgv: ['--expose-gc'],
  },
});
