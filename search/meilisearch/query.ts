import type { Analyzer, Lang } from '../analysis/index.ts';
import type { SearchFilters } from '../contract.ts';
import { DEFAULT_RADIUS_KM } from '../embedded/filters.ts';
import { geoCellsNear } from './geo-cells.ts';

const quote = (value: string): string => JSON.stringify(value);
const anyOf = (attribute: string, values: readonly string[]): string =>
  `${attribute} IN [${values.map(quote).join(', ')}]`;

/**
 * The Meilisearch filter for everything Meilisearch can filter on. Open-now cannot be expressed
 * (hours are schedules, not values) and distance is only narrowed to grid cells here; the engine
 * finishes both on the hits.
 */
export function meiliFilter(filters: SearchFilters | undefined): string[] {
  if (!filters) return [];
  const parts: string[] = [];
  if (filters.ids) parts.push(anyOf('id', filters.ids));
  if (filters.municipalities) {
    const local = anyOf('municipalities', filters.municipalities);
    parts.push(filters.includeNationwide === false ? local : `(${local} OR nationwide = true)`);
  }
  for (const facet of [
    'organizationKinds',
    'languages',
    'targetGroups',
    'serviceClasses',
    'ontologyTerms',
    'lifeEvents',
    'themes',
    'channelModes',
  ] as const) {
    const values = filters[facet];
    if (values) parts.push(anyOf(facet, values));
  }
  if (filters.free !== undefined) parts.push(`free = ${filters.free}`);
  if (filters.accessible !== undefined) parts.push(`accessible = ${filters.accessible}`);
  if (filters.near) {
    const cells = geoCellsNear(
      filters.near.lat,
      filters.near.lon,
      filters.near.radiusKm ?? DEFAULT_RADIUS_KM,
    );
    parts.push(cells ? anyOf('geoCells', cells) : 'geoCells EXISTS');
  }
  return parts;
}

/**
 * The query text Meilisearch gets: each word as its first key in the requested language (the
 * base form that the documents' term fields hold), or as typed when it has none. Meilisearch
 * completes the last word and tolerates typos itself.
 */
export function meiliQueryText(analyzer: Analyzer, q: string | undefined, lang: Lang): string {
  if (!q?.trim()) return '';
  return analyzer
    .analyzeQuery(q, lang)
    .map((token) => token.terms[0] ?? token.surface)
    .join(' ');
}
