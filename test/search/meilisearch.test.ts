import { Meilisearch } from 'meilisearch';
import { afterAll, describe, it } from 'vitest';
import { createAnalyzer } from '../../search/analysis/index.ts';
import { MeilisearchEngine } from '../../search/meilisearch/index.ts';
import { runSearchContract } from './contract.ts';

const url = process.env.MEILI_URL;

if (url) {
  const client = new Meilisearch({ host: url, apiKey: process.env.MEILI_MASTER_KEY });
  const analyzer = createAnalyzer();
  const uids: string[] = [];
  afterAll(async () => {
    for (const uid of uids) await client.deleteIndexIfExists(uid);
    analyzer.close();
  });
  let n = 0;
  runSearchContract('meilisearch', async ({ themes }) => {
    const index = `tarjotin_test_${process.pid}_${++n}`;
    uids.push(index);
    return new MeilisearchEngine({ client, index, analyzer, themes });
  });
} else {
  describe.skip('meilisearch search engine contract: skipped, MEILI_URL is not set (point it at a Meilisearch server to run it)', () => {
    it('runs the search contract against Meilisearch', () => {});
  });
}
