import type { FacetName, SearchFilters, SearchQuery } from '../../search/contract.ts';
import { facetNames } from '../../search/contract.ts';
import type { SearchParams } from '../routes/search/schemas.ts';

/** Turns validated /search parameters into an engine query; `now` answers openNow. */
export function toSearchQuery(params: SearchParams, now: Date): SearchQuery {
  const filters: SearchFilters = {};
  if (params.municipality?.length) {
    filters.municipalities = params.municipality;
    filters.includeNationwide = params.nationwide ?? true;
  }
  if (params.organizationKind?.length) filters.organizationKinds = params.organizationKind;
  if (params.language?.length) filters.languages = params.language;
  if (params.targetGroup?.length) filters.targetGroups = params.targetGroup;
  if (params.serviceClass?.length) filters.serviceClasses = params.serviceClass;
  if (params.theme?.length) filters.themes = params.theme;
  if (params.free !== undefined) filters.free = params.free;
  if (params.channel?.length) filters.channelModes = params.channel;
  if (params.accessible !== undefined) filters.accessible = params.accessible;
  if (params.openNow) filters.openAt = now;
  if (params.lat !== undefined && params.lon !== undefined) {
    filters.near = {
      lat: params.lat,
      lon: params.lon,
      ...(params.radius ? { radiusKm: params.radius } : {}),
    };
  }
  return {
    q: params.q?.trim() || undefined,
    lang: params.lang,
    filters,
    facets: params.facets
      ? params.facets.filter((f): f is FacetName => f !== 'none')
      : [...facetNames],
    limit: params.limit,
    offset: params.offset,
    sort: params.sort,
  };
}

/**
 * The /search parameters that ask for `query` again (defaults left out), for links to a widened
 * search. `openAt` becomes openNow: a widening is offered for the same moment.
 */
export function toSearchParams(query: SearchQuery): Record<string, string> {
  const f = query.filters ?? {};
  const out: Record<string, string | undefined> = {
    q: query.q,
    lang: query.lang,
    municipality: f.municipalities?.join(','),
    nationwide: f.municipalities?.length && f.includeNationwide === false ? 'false' : undefined,
    organizationKind: f.organizationKinds?.join(','),
    language: f.languages?.join(','),
    targetGroup: f.targetGroups?.join(','),
    serviceClass: f.serviceClasses?.join(','),
    theme: f.themes?.join(','),
    free: f.free === undefined ? undefined : String(f.free),
    channel: f.channelModes?.join(','),
    accessible: f.accessible === undefined ? undefined : String(f.accessible),
    openNow: f.openAt ? 'true' : undefined,
    lat: f.near ? String(f.near.lat) : undefined,
    lon: f.near ? String(f.near.lon) : undefined,
    radius: f.near?.radiusKm === undefined ? undefined : String(f.near.radiusKm),
    sort: query.sort && query.sort !== 'relevance' ? query.sort : undefined,
    limit: query.limit === undefined ? undefined : String(query.limit),
  };
  return Object.fromEntries(
    Object.entries(out).filter((e): e is [string, string] => Boolean(e[1])),
  );
}
