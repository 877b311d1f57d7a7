// Unit tests of the browser extension: WXT's vitest plugin (fake `browser`, `wxt/browser` mocked) and a DOM.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['extension/**/*.test.ts'],
    environment: 'happy-dom',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
