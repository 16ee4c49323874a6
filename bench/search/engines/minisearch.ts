import MiniSearch from 'minisearch';
import type { SearchDocument } from '../../../search/contract.ts';
import {
  boosts,
  compileFilters,
  countFacets,
  flatTexts,
  store,
  type Stored,
} from './peer-support.ts';
import type { BenchEngine } from './types.ts';

/** MiniSearch 7 with its defaults (lower-case tokens, no stemming), prefix on the last word, fuzzy 0.2. */
export function miniSearchBench(): BenchEngine {
  const stored: Stored[] = [];
  const index = new MiniSearch<ReturnType<typeof flatTexts> & { ord: number }>({
    idField: 'ord',
    fields: Object.keys(boosts),
  });
  return {
    name: 'MiniSearch',
    async build(documents) {
      let batch: (ReturnType<typeof flatTexts> & { ord: number })[] = [];
      for await (const doc of documents as AsyncIterable<SearchDocument>) {
        batch.push({ ...flatTexts(doc), ord: stored.length });
        stored.push(store(doc));
        if (batch.length === 1000) {
          index.addAll(batch);
          batch = [];
        }
      }
      index.addAll(batch);
    },
    async search(query) {
      const test = compileFilters(query.filters);
      const options = {
        boost: boosts,
        prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
        fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
        filter: (result: { id: number }) => test(stored[result.id]!),
      };
      let results = query.q?.trim()
        ? index.search(query.q, options)
        : index.search(MiniSearch.wildcard, options);
      if (query.sort === 'distance' && test.distance) {
        const distance = test.distance;
        results = results
          .map((r) => ({ ...r, score: -distance(stored[r.id]!) }))
          .sort((a, b) => b.score - a.score);
      }
      countFacets(
        results.map((r) => stored[r.id]!),
        query.facets,
      );
      return results.length;
    },
  };
}
