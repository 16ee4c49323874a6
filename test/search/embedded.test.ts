import { afterAll, describe, it } from 'vitest';
import { createAnalyzer } from '../../search/analysis/index.ts';
import { createEmbeddedEngine } from '../../search/embedded/index.ts';
import { runSearchContract } from './contract.ts';

const fallback = createAnalyzer({ voikko: 'off' });
const voikko = createAnalyzer();
afterAll(() => {
  fallback.close();
  voikko.close();
});

runSearchContract('embedded (built-in Finnish analysis)', async ({ themes }) =>
  createEmbeddedEngine({ analyzer: fallback, themes }),
);

if (voikko.backend === 'voikko') {
  runSearchContract('embedded (Voikko)', async ({ themes }) =>
    createEmbeddedEngine({ analyzer: voikko, themes }),
  );
} else {
  describe.skip(`embedded (Voikko): skipped, ${voikko.fallbackReason}`, () => {
    it('runs the contract with Voikko', () => {});
  });
}
