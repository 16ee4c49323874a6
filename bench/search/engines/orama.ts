import { create, insertMultiple, search, type AnyOrama } from '@orama/orama';
import { stemmer } from '@orama/stemmers/finnish';
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

const facetSchema = {
  municipalities: 'enum[]',
  organizationKinds: 'enum[]',
  languages: 'enum[]',
  targetGroups: 'enum[]',
  serviceClasses: 'enum[]',
  themes: 'enum[]',
  channelModes: 'enum[]',
  accessible: 'boolean',
} as const;

/**
 * Orama 3 with the Snowball Finnish stemmer from @orama/stemmers, enum facets and where-filters
 * natively; open-now and distance (which it has no model for) filtered in JavaScript.
 */
export function oramaBench(): BenchEngine {
  const stored: Stored[] = [];
  const db: AnyOrama = create({
    schema: {
      ord: 'number',
      name: 'string',
      alternativeName: 'string',
      keywords: 'string',
      classifications: 'string',
      summary: 'string',
      body: 'string',
      organizations: 'string',
      ...facetSchema,
    },
    components: { tokenizer: { language: 'finnish', stemming: true, stemmer } },
  });
  return {
    name: 'Orama (Finnish stemmer)',
    async build(documents) {
      let batch: Record<string, unknown>[] = [];
      for await (const doc of documents as AsyncIterable<SearchDocument>) {
        const facets = Object.fromEntries(
          Object.keys(facetSchema).map((f) => [f, doc[f as keyof typeof facetSchema]]),
        );
        batch.push({ ...flatTexts(doc), ...facets, ord: stored.length });
        stored.push(store(doc));
        if (batch.length === 1000) {
          await insertMultiple(db, batch);
          batch = [];
        }
      }
      await insertMultiple(db, batch);
    },
    async search(query) {
      const { filters } = query;
      const where: Record<string, unknown> = {};
      for (const facet of [
        'organizationKinds',
        'languages',
        'targetGroups',
        'serviceClasses',
        'themes',
        'channelModes',
      ] as const) {
        if (filters?.[facet]) where[facet] = { containsAny: filters[facet] };
      }
      if (filters?.accessible !== undefined) where.accessible = filters.accessible;
      // Municipality-or-nationwide, charge, open-now and distance have no Orama where-clause; done here.
      const rest = compileFilters(filters);
      const postFiltered = Boolean(
        filters?.municipalities || filters?.free !== undefined || filters?.openAt || filters?.near,
      );
      const limit = query.limit ?? 20;
      const result = await search(db, {
        term: query.q ?? '',
        boost: boosts,
        tolerance: 1,
        threshold: 1,
        where,
        limit: postFiltered ? 1_000_000 : limit,
        offset: postFiltered ? 0 : (query.offset ?? 0),
        facets: postFiltered
          ? undefined
          : Object.fromEntries(
              (query.facets ?? []).filter((f) => f in facetSchema).map((f) => [f, {}]),
            ),
      });
      if (!postFiltered) return result.count;
      const kept = result.hits
        .map((h) => stored[(h.document as unknown as { ord: number }).ord]!)
        .filter(rest);
      countFacets(kept, query.facets);
      return kept.length;
    },
  };
}
