import type { SearchHit, SearchQuery } from '../../search/contract.ts';
import { helsinkiMoment } from '../../search/hours.ts';
import { themeDetectorFor } from '../../search/match/index.ts';
import { needThemes } from '../../search/needs/index.ts';
import { suggestWidenings } from '../../search/widening.ts';
import { recordSearch, type SearchUsage } from '../../schema/usage/index.ts';
import type { AppDeps } from '../app-env.ts';
import type { SearchParams, SuggestParams } from '../routes/search/schemas.ts';
import { labelFacets, labelMunicipalities } from './search-facets.ts';
import { readServiceItems, type ServiceItem } from './search-items.ts';
import { readPlaceWords, type PlaceWord } from './search-place.ts';
import { toSearchParams, toSearchQuery } from './search-params.ts';

/**
 * Counts a search, suggestion or match for the day (Europe/Helsinki); a query that found nothing
 * is logged for curation with digits and identity-code shapes dropped (schema/usage).
 */
export function recordUsage(deps: AppDeps, usage: Omit<SearchUsage, 'day'>): void {
  const counted = { ...usage, day: helsinkiMoment(deps.clock()).date };
  if (deps.usage) deps.usage.record(counted);
  else recordSearch(deps.db, counted);
}

// A municipality named beside other words becomes their area (search-place.ts) when the search
// has no area of its own: the query to run, and the places read.
function withPlaces(
  deps: AppDeps,
  params: SearchParams,
  query: SearchQuery,
): { query: SearchQuery; places: PlaceWord[] } {
  const filters = query.filters ?? {};
  if (!query.q || params.place === false || filters.municipalities || filters.near)
    return { query, places: [] };
  const { rest, places } = readPlaceWords(deps.db, deps.analyzer, query.q, query.lang);
  // A place alone is searched as a word: its services name it, and the area's whole list with
  // every nationwide service would bury them.
  if (places.length === 0 || !rest.trim()) return { query, places: [] };
  const municipalities = [...new Set(places.map((p) => p.code))];
  return {
    query: { ...query, q: rest, filters: { ...filters, municipalities, includeNationwide: true } },
    places,
  };
}

/** A hit of a results page: its listing, and what the engine says of it. */
export interface PageHit {
  item: ServiceItem;
  distanceKm: number | undefined;
  matched: SearchHit['matched'];
}

/**
 * Runs a search: engine hits become listings read in one batch, facets get labels, and a search
 * that found nothing offers its nearest widenings instead of an empty page. Serialise the page
 * with `searchResponseBytes` (search-json.ts).
 */
export async function searchServices(deps: AppDeps, params: SearchParams) {
  const { query, places } = withPlaces(deps, params, toSearchQuery(params, deps.clock()));
  const result = await deps.search.search(query);
  const items = readServiceItems(
    deps.db,
    result.hits.map((h) => h.id),
    query.lang,
  );
  // A hit the index still has but the catalogue no longer publishes is dropped, never shown.
  const hits: PageHit[] = [];
  for (const { id, distanceKm, matched } of result.hits) {
    const item = items.get(id);
    if (item) hits.push({ item, distanceKm, matched });
  }
  const widenings =
    result.total > 0
      ? []
      : await suggestWidenings(deps.search, query, {
          themes: needThemes,
          themesForWords: query.q
            ? themeDetectorFor(deps.analyzer, needThemes)
                .detect(query.q, query.lang)
                .map((t) => t.id)
            : [],
        });
  const labelled = labelFacets(deps.db, result.facets, query.lang);
  const placeLabels = labelMunicipalities(
    deps.db,
    places.map((p) => p.code),
    query.lang,
  );
  recordUsage(deps, {
    kind: 'search',
    zeroResults: result.total === 0,
    lang: query.lang,
    query: query.q,
  });
  return {
    total: result.total,
    limit: params.limit,
    offset: params.offset,
    hits,
    facets: labelled,
    places: places.map((p) => ({ ...p, label: placeLabels.get(p.code) ?? null })),
    widenings: widenings.map((w) => {
      const facet = w.kind === 'neighbouring-municipalities' ? 'municipalities' : 'themes';
      const counts = Object.fromEntries((w.values ?? []).map((v) => [v.value, v.count]));
      return {
        kind: w.kind,
        total: w.total,
        ...(w.dropped ? { dropped: w.dropped } : {}),
        params: toSearchParams(w.query),
        ...(w.values
          ? { values: labelFacets(deps.db, { [facet]: counts }, query.lang)[facet] }
          : {}),
      };
    }),
  };
}

/** Search-as-you-type: need themes and service names for what has been typed so far. */
export async function suggestServices(deps: AppDeps, params: SuggestParams) {
  const suggestions = await deps.search.suggest(params.q, params.lang, params.limit);
  recordUsage(deps, {
    kind: 'suggest',
    zeroResults: suggestions.length === 0,
    lang: params.lang,
    query: params.q,
  });
  return { suggestions };
}
