import { defineConfig } from 'vitest/config';

/**
 * Browser tests (`npm run test:e2e`): build the web once, start the real server over the demo
 * data once (global setup), and drive Debian's Chromium with playwright-core. Files run one at a
 * time: two cores are shared by the server and the browser.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
