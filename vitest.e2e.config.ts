import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Without Debian's Chromium the browser tests are reported as skipped, never silently passed;
// CI installs it, so there its absence fails the run.
const chromium = existsSync('/usr/bin/chromium');
if (!chromium && process.env.CI)
  throw new Error('CI needs /usr/bin/chromium (apt-get install -y chromium)');

/**
 * Browser tests (`npm run test:e2e`): build the web once, start the real server over the demo
 * data once (global setup), and drive Debian's Chromium with playwright-core. Files run one at a
 * time: two cores are shared by the server and the browser.
 */
export default defineConfig({
  test: {
    include: chromium ? ['test/e2e/**/*.e2e.ts'] : ['test/e2e/support/no-chromium.e2e-skip.ts'],
    globalSetup: chromium ? ['test/e2e/support/global-setup.ts'] : [],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // CI also writes JSON results, which .ci/run sums into one closing line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/e2e.json' }]]
      : ['default'],
    fileParallelism: false,
  },
});
