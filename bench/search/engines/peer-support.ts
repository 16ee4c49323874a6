import {
  facetNames,
  type FacetName,
  type SearchDocument,
  type SearchFilters,
} from '../../../search/contract.ts';
import { facetValues } from '../../../search/embedded/facet-builder.ts';
import { DEFAULT_RADIUS_KM } from '../../../search/embedded/filters.ts';
import { distanceKm } from '../../../search/embedded/geo.ts';
import { helsinkiMoment, isAnyOpenAtMoment, type LocalMoment } from '../../../search/hours.ts';

/**
 * What the peer engines keep beside their text index to answer the same queries: the facet
 * values, locations and schedules of each document, with the filters, distance and facet
 * counting they lack done in plain JavaScript over their matches.
 */
export type Stored = Pick<SearchDocument, FacetName | 'nationwide' | 'locations' | 'schedules'>;

export const store = (doc: SearchDocument): Stored => {
  const stored = {
    nationwide: doc.nationwide,
    locations: doc.locations,
    schedules: doc.schedules,
  } as Stored;
  for (const facet of facetNames) (stored as Record<string, unknown>)[facet] = doc[facet];
  return stored;
};

/** Texts per field with every language run together: the peers have one analyser for all. */
export function flatTexts(
  doc: SearchDocument,
): Record<
  | 'name'
  | 'alternativeName'
  | 'keywords'
  | 'classifications'
  | 'summary'
  | 'body'
  | 'organizations',
  string
> {
  const all = (t: Record<string, string>) => Object.values(t).join(' ');
  return {
    name: all(doc.name),
    alternativeName: all(doc.alternativeName),
    keywords: Object.values(doc.keywords).flat().join(' '),
    classifications: doc.classificationNames.map(all).join(' '),
    summary: all(doc.summary),
    body: all(doc.body),
    organizations: doc.organizationNames.map(all).join(' '),
  };
}

const anyIn = (values: readonly string[], wanted: readonly string[] | undefined) =>
  !wanted || values.some((v) => wanted.includes(v));

/** A filter predicate over stored documents; `distance` is set for near queries. */
export function compileFilters(
  filters: SearchFilters | undefined,
): ((doc: Stored) => boolean) & { distance?: (doc: Stored) => number } {
  if (!filters) return () => true;
  const moment: LocalMoment | null = filters.openAt ? helsinkiMoment(filters.openAt) : null;
  const near = filters.near;
  const distance = near
    ? (doc: Stored) =>
        doc.locations.reduce(
          (m, l) => Math.min(m, distanceKm(near.lat, near.lon, l.lat, l.lon)),
          Infinity,
        )
    : undefined;
  const test = (doc: Stored): boolean => {
    if (
      filters.municipalities &&
      !(
        anyIn(doc.municipalities, filters.municipalities) ||
        (filters.includeNationwide !== false && doc.nationwide)
      )
    )
      return false;
    for (const facet of [
      'organizationKinds',
      'languages',
      'targetGroups',
      'serviceClasses',
      'themes',
      'channelModes',
    ] as const) {
      if (!anyIn(doc[facet], filters[facet])) return false;
    }
    if (filters.free !== undefined && doc.free !== filters.free) return false;
    if (filters.accessible !== undefined && doc.accessible !== filters.accessible) return false;
    if (moment && isAnyOpenAtMoment(doc.schedules, moment) !== true) return false;
    if (distance && distance(doc) > (near!.radiusKm ?? DEFAULT_RADIUS_KM)) return false;
    return true;
  };
  return Object.assign(test, { distance });
}

/** Facet counts over matching documents. */
export function countFacets(
  docs: readonly Stored[],
  facets: readonly FacetName[] | undefined,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const facet of facets ?? []) {
    const counts: Record<string, number> = {};
    for (const doc of docs)
      for (const v of facetValues(doc, facet)) counts[v] = (counts[v] ?? 0) + 1;
    out[facet] = counts;
  }
  return out;
}

/** Text field boosts matching the embedded engine's weights. */
export const boosts = {
  name: 10,
  alternativeName: 4,
  keywords: 4,
  classifications: 3,
  summary: 2,
  body: 1,
  organizations: 0.5,
};
