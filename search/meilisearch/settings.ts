import type { Settings } from 'meilisearch';
import { LANGS, type Lang } from '../analysis/index.ts';
import type { FacetName } from '../contract.ts';

/**
 * The Meilisearch index, as data. Meilisearch does no Finnish stemming or compound splitting, so
 * each text field also goes in pre-analysed by our analyser (`terms_<field>_<lang>`: base forms
 * and compound parts, space separated) and queries are sent as the same terms; the raw names and
 * summaries stay searchable for Meilisearch's own prefix and typo matching.
 */

/** Text fields with analysed terms, in ranking order (Meilisearch's "attribute" rule). */
export const termFields = [
  'name',
  'alternativeName',
  'keywords',
  'classifications',
  'summary',
  'body',
  'organizations',
] as const;
export type TermField = (typeof termFields)[number];

/** Raw texts kept searchable (and retrievable, for suggestions). */
export const rawFields = ['name', 'summary'] as const;

export const termAttribute = (field: TermField, lang: Lang): string => `terms_${field}_${lang}`;
export const rawAttribute = (field: (typeof rawFields)[number], lang: Lang): string =>
  `${field}_${lang}`;
export const nameSortAttribute = (lang: Lang): string => `nameSort_${lang}`;

/** Facets and filters; `geoCells` stands in for `_geo` (see meilisearch/README.md: a service has many locations). */
export const filterableAttributes: readonly (
  FacetName | 'id' | 'ontologyTerms' | 'lifeEvents' | 'nationwide' | 'geoCells'
)[] = [
  'id',
  'municipalities',
  'nationwide',
  'organizationKinds',
  'languages',
  'targetGroups',
  'serviceClasses',
  'ontologyTerms',
  'lifeEvents',
  'themes',
  'free',
  'channelModes',
  'accessible',
  'geoCells',
];

const searchableAttributes = [
  ...LANGS.map((l) => termAttribute('name', l)),
  ...LANGS.map((l) => rawAttribute('name', l)),
  ...termFields.slice(1, 5).flatMap((f) => LANGS.map((l) => termAttribute(f, l))),
  ...LANGS.map((l) => rawAttribute('summary', l)),
  ...termFields.slice(5).flatMap((f) => LANGS.map((l) => termAttribute(f, l))),
];

export const meiliSettings: Settings = {
  searchableAttributes,
  filterableAttributes: [...filterableAttributes],
  sortableAttributes: ['id', ...LANGS.map(nameSortAttribute)],
  // The default rules, then the id so that equal results always come out in the same order.
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'id:asc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  // Exact totals and facet counts for the whole catalogue.
  pagination: { maxTotalHits: 200_000 },
  faceting: { maxValuesPerFacet: 1000 },
};
