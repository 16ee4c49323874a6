import type { Analyzer } from '../analysis/index.ts';
import {
  MAX_LIMIT,
  type SearchFilters,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from '../contract.ts';
import { accumulate } from './accumulate.ts';
import { popcount } from './bitset.ts';
import { explainMatch } from './explain.ts';
import { countFacets } from './facets.ts';
import { compileFilter, DEFAULT_RADIUS_KM, type CompiledFilter } from './filters.ts';
import { forEachNearbyCell } from './geo.ts';
import { planQuery, type PlannedWord } from './plan.ts';
import { TopK } from './rank.ts';
import type { Scratch } from './scratch.ts';
import type { IndexSnapshot } from './snapshot.ts';

export const DEFAULT_LIMIT = 20;
// Coverage (words matched) outranks any score: a score stays far below this.
const COVERAGE_STEP = 1e6;

// Browsing without words: every document passing the filters; with a distance filter, only the
// documents located in grid cells the circle reaches.
function browse(
  snapshot: IndexSnapshot,
  scratch: Scratch,
  filter: CompiledFilter,
  near: SearchFilters['near'],
): number {
  const { bits, test } = filter;
  let n = 0;
  const consider = (d: number) => {
    if (bits !== null && (bits[d >>> 5]! & (1 << (d & 31))) === 0) return;
    if (test === null || test(d)) scratch.result[n++] = d;
  };
  if (near) {
    const generation = scratch.next();
    forEachNearbyCell(
      snapshot.geoGrid,
      near.lat,
      near.lon,
      near.radiusKm ?? DEFAULT_RADIUS_KM,
      (docs) => {
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i]!;
          if (scratch.seen[d] === generation) continue;
          scratch.seen[d] = generation;
          consider(d);
        }
      },
    );
  } else {
    for (let d = 0; d < snapshot.size; d++) consider(d);
  }
  return n;
}

// The documents matching any word and passing the filter; with `top`, each is offered to it in
// the same pass, keyed for relevance: coverage (words matched) first, then the score.
function textMatches(
  scratch: Scratch,
  words: PlannedWord[],
  filter: CompiledFilter,
  top: TopK | null,
): number {
  const touched = accumulate(scratch, words, filter.bits);
  const { score, coverage, result } = scratch;
  const test = filter.test;
  let n = 0;
  for (let i = 0; i < touched; i++) {
    const d = scratch.touched[i]!;
    if (test !== null && !test(d)) continue;
    result[n++] = d;
    top?.offer(d, popcount(coverage[d]!) * COVERAGE_STEP + score[d]!);
  }
  return n;
}

/** Runs one query against a snapshot. Synchronous from start to end, so the scratch is its own. */
export function executeSearch(
  snapshot: IndexSnapshot,
  scratch: Scratch,
  analyzer: Analyzer,
  query: SearchQuery,
): SearchResult {
  const limit = Math.max(0, Math.min(query.limit ?? DEFAULT_LIMIT, MAX_LIMIT));
  const offset = Math.max(0, query.offset ?? 0);
  const filter = compileFilter(snapshot, query.filters, scratch);
  const words = query.q?.trim() ? planQuery(snapshot, analyzer, query.q, query.lang) : [];
  const near = query.filters?.near !== undefined;
  const order =
    query.sort === 'distance' && near
      ? 'distance'
      : query.sort === 'name' || words.length === 0
        ? 'name'
        : 'relevance';
  const top = new TopK(offset + limit, snapshot.idRank);
  const count =
    words.length > 0
      ? textMatches(scratch, words, filter, order === 'relevance' ? top : null)
      : browse(snapshot, scratch, filter, query.filters?.near);
  const matches = scratch.result.subarray(0, count);
  const { distance } = scratch;
  if (order === 'distance') for (const d of matches) top.offer(d, -distance[d]!);
  else if (order === 'name') {
    const nameRank = snapshot.nameRank[query.lang];
    for (const d of matches) top.offer(d, -nameRank[d]!);
  }
  const page = top.sorted().slice(offset);

  const facets = query.facets?.length ? countFacets(snapshot, query.facets, matches) : {};
  const hits = page.map((d): SearchHit => {
    const hit: SearchHit = {
      id: snapshot.ids[d]!,
      score: words.length > 0 ? scratch.score[d]! : 0,
      matched: words.length > 0 ? explainMatch(words, d) : { terms: [], fields: [] },
    };
    if (near) hit.distanceKm = Math.round(distance[d]! * 1000) / 1000;
    return hit;
  });
  return { total: count, hits, facets };
}
