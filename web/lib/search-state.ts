/**
 * What a results page shows, read from and written back to its URL. The page's query parameters
 * are those of GET /api/search (plus `page`), so the API's widenings link straight to pages.
 */
import type { ChannelMode } from '../../search/contract.ts';
import { organizationKinds, type OrganizationKind } from '../../schema/constants.ts';
import { isMunicipalityCode } from './municipalities.ts';
import { isThemeId } from './themes.ts';

export const PAGE_SIZE = 20;
/** How a service can be used (the API's `channel` values). */
export const channelModes: readonly ChannelMode[] = ['visit', 'phone', 'online'];
export const sorts = ['relevance', 'distance', 'name'] as const;
export type Sort = (typeof sorts)[number];

export interface SearchState {
  q: string;
  municipalities: string[];
  themes: string[];
  kinds: OrganizationKind[];
  languages: string[];
  modes: ChannelMode[];
  free: boolean;
  accessible: boolean;
  openNow: boolean;
  near: { lat: number; lon: number } | null;
  /** False: a municipality named in q is searched as a word, not read as the area (API `place`). */
  place: boolean;
  sort: Sort;
  page: number;
}

/** The filter groups a person can switch on and off, in the order the page lists them. */
export const filterGroups = [
  'municipalities',
  'themes',
  'kinds',
  'free',
  'languages',
  'modes',
  'accessible',
  'openNow',
] as const;
export type FilterGroup = (typeof filterGroups)[number];
type ListGroup = 'municipalities' | 'themes' | 'kinds' | 'languages' | 'modes';
type FlagGroup = 'free' | 'accessible' | 'openNow';

/** The API (and page) parameter of each filter group. */
export const paramOf: Record<FilterGroup, string> = {
  municipalities: 'municipality',
  themes: 'theme',
  kinds: 'organizationKind',
  languages: 'language',
  modes: 'channel',
  free: 'free',
  accessible: 'accessible',
  openNow: 'openNow',
};

/** The API's facet for each filter group that has counts. */
export const facetOf = {
  municipalities: 'municipalities',
  themes: 'themes',
  kinds: 'organizationKinds',
  languages: 'languages',
  modes: 'channelModes',
  free: 'free',
  accessible: 'accessible',
} as const;

const listGroups: ListGroup[] = ['municipalities', 'themes', 'kinds', 'languages', 'modes'];
const flagGroups: FlagGroup[] = ['free', 'accessible', 'openNow'];

const unique = <T>(values: T[]) => [...new Set(values)];
const number = (value: string | null, min: number, max: number) => {
  const n = value === null || value === '' ? NaN : Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
};
/** A list parameter, repeated or comma-separated as the API writes it. */
const list = (params: URLSearchParams, name: string) =>
  params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim());

/** Reads the state from a page URL (or an API widening's parameters), dropping invalid values. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const lat = number(params.get('lat'), -90, 90);
  const lon = number(params.get('lon'), -180, 180);
  const near = lat !== null && lon !== null ? { lat, lon } : null;
  const sort = sorts.find((s) => s === params.get('sort')) ?? (near ? 'distance' : 'relevance');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    municipalities: unique(list(params, 'municipality').filter(isMunicipalityCode)),
    themes: unique(list(params, 'theme').filter(isThemeId)),
    kinds: unique(list(params, 'organizationKind')).filter((k): k is OrganizationKind =>
      (organizationKinds as readonly string[]).includes(k),
    ),
    languages: unique(list(params, 'language').filter((l) => /^[a-z]{2}$/.test(l))),
    modes: unique(list(params, 'channel')).filter((m): m is ChannelMode =>
      (channelModes as string[]).includes(m),
    ),
    free: params.get('free') === 'true',
    accessible: params.get('accessible') === 'true',
    openNow: params.get('openNow') === 'true',
    near,
    place: params.get('place') !== 'false',
    sort: sort === 'distance' && !near ? 'relevance' : sort,
    page: number(params.get('page'), 1, 500) ?? 1,
  };
}

/** The page URL's query for a state; defaults are left out so URLs stay short. */
export function toPageParams(state: SearchState): URLSearchParams {
  const out = new URLSearchParams();
  if (state.q) out.set('q', state.q);
  for (const group of listGroups)
    for (const value of state[group]) out.append(paramOf[group], value);
  for (const group of flagGroups) if (state[group]) out.set(paramOf[group], 'true');
  if (state.near) {
    out.set('lat', state.near.lat.toFixed(4));
    out.set('lon', state.near.lon.toFixed(4));
  }
  if (!state.place) out.set('place', 'false');
  if (state.sort !== (state.near ? 'distance' : 'relevance')) out.set('sort', state.sort);
  if (state.page > 1) out.set('page', String(state.page));
  return out;
}

/** The query for GET /api/search: the page's filters plus language and paging. */
export function toApiParams(
  state: SearchState,
  lang: string,
  options: { limit?: number } = {},
): URLSearchParams {
  const out = toPageParams({ ...state, page: 1 });
  const limit = options.limit ?? PAGE_SIZE;
  out.set('lang', lang);
  out.set('sort', state.sort);
  out.set('limit', String(limit));
  out.set('offset', String((state.page - 1) * limit));
  return out;
}

/** True when any filter (not the free text) narrows the search. */
export function hasFilters(state: SearchState): boolean {
  return filterGroups.some((g) => isActive(state, g));
}

/** Whether a filter group narrows the search. */
export function isActive(state: SearchState, group: FilterGroup): boolean {
  const value = state[group];
  return Array.isArray(value) ? value.length > 0 : value;
}

/** The state with one filter group (or one value of it) switched off, back on the first page. */
export function without(state: SearchState, group: FilterGroup, value?: string): SearchState {
  const current = state[group];
  const next = Array.isArray(current)
    ? value === undefined
      ? []
      : (current as string[]).filter((v) => v !== value)
    : false;
  return { ...state, [group]: next, page: 1 };
}

/** The active filters as `(group, value)` pairs, for "remove this filter" links. */
export function activeFilters(state: SearchState): { group: FilterGroup; value: string }[] {
  return filterGroups.flatMap((group) => {
    const v = state[group];
    if (Array.isArray(v)) return v.map((value) => ({ group, value }));
    return v ? [{ group, value: 'true' }] : [];
  });
}

/** The filter group of an API parameter or facet name (a "without-filter" widening names one). */
export function groupOfParam(name: string): FilterGroup | undefined {
  return filterGroups.find((g) => paramOf[g] === name || (g !== 'openNow' && facetOf[g] === name));
}
