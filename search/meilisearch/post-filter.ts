import type { Index, SearchParams } from 'meilisearch';
import {
  facetNames,
  type FacetName,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from '../contract.ts';
import { facetValues } from '../embedded/facet-builder.ts';
import { DEFAULT_RADIUS_KM } from '../embedded/filters.ts';
import { distanceKm } from '../embedded/geo.ts';
import { helsinkiMoment, isAnyOpenAtMoment } from '../hours.ts';
import type { MeiliServiceDocument } from './documents.ts';

/**
 * Hits fetched for filtering here, at most: past this many (by relevance) the rest are not
 * considered, so total and facets count only these. Open-now over a whole 100,000-service
 * catalogue is a query for the embedded engine.
 */
export const POST_FILTER_CAP = 20_000;
const PAGE = 1000;

interface Context {
  query: SearchQuery;
  limit: number;
  offset: number;
  terms: string[];
}

function nearest(doc: MeiliServiceDocument, lat: number, lon: number): number {
  return doc.locations.reduce(
    (best, l) => Math.min(best, distanceKm(lat, lon, l.lat, l.lon)),
    Infinity,
  );
}

/**
 * Runs a query whose open-now or distance filter Meilisearch cannot apply: fetches every hit of
 * the other filters in relevance order (ids, hours, locations, facet values), filters them here,
 * and computes total, facets, distance order and the page from what remains.
 */
export async function postFilter(
  index: Index<MeiliServiceDocument>,
  text: string,
  params: SearchParams,
  context: Context,
): Promise<SearchResult> {
  const { query, limit, offset, terms } = context;
  const { openAt, near } = query.filters ?? {};
  const moment = openAt ? helsinkiMoment(openAt) : null;
  const kept: { doc: MeiliServiceDocument; score: number; distance: number }[] = [];
  for (let page = 1, fetched = 0; fetched < POST_FILTER_CAP; page++) {
    const response = await index.search(text, {
      ...params,
      showMatchesPosition: false,
      page,
      hitsPerPage: PAGE,
      attributesToRetrieve: ['id', 'schedules', 'locations', ...facetNames],
    });
    for (const hit of response.hits) {
      if (moment && isAnyOpenAtMoment(hit.schedules, moment) !== true) continue;
      const distance = near ? nearest(hit, near.lat, near.lon) : 0;
      if (near && distance > (near.radiusKm ?? DEFAULT_RADIUS_KM)) continue;
      kept.push({ doc: hit, score: hit._rankingScore ?? 0, distance });
    }
    fetched += response.hits.length;
    if (page >= response.totalPages) break;
  }
  if (query.sort === 'distance' && near)
    kept.sort((a, b) => a.distance - b.distance || (a.doc.id < b.doc.id ? -1 : 1));
  const facets: Partial<Record<FacetName, Record<string, number>>> = {};
  for (const facet of new Set(query.facets ?? [])) {
    const counts: Record<string, number> = {};
    for (const { doc } of kept)
      for (const value of new Set(facetValues(doc, facet)))
        counts[value] = (counts[value] ?? 0) + 1;
    facets[facet] = counts;
  }
  const hits = kept.slice(offset, offset + limit).map(({ doc, score, distance }): SearchHit => {
    const hit: SearchHit = { id: doc.id, score, matched: { terms, fields: [] } };
    if (near) hit.distanceKm = Math.round(distance * 1000) / 1000;
    return hit;
  });
  return { total: kept.length, hits, facets };
}
