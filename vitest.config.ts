import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // CI also writes JSON results, which .ci/run sums into one closing line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/unit.json' }]]
      : ['default'],
  },
});
