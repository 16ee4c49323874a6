import type { FacetName } from '../../search/contract.ts';
import { classificationIndex, needThemes } from '../../search/needs/index.ts';
import { statement, type Db } from '../../schema/db.ts';
import { pickLocalized, type Localized } from '../../schema/localized.ts';
import { catalogueCache } from './catalogue-cache.ts';

export interface FacetValue {
  value: string;
  count: number;
  /** Display name in the requested language; null for closed vocabularies the UI names itself. */
  label: string | null;
}

const themeLabels = new Map(needThemes.map((t) => [t.id, t.labels as Localized]));
const nameOf = (names: { fi: string; sv: string | null; en: string | null }): Localized =>
  Object.fromEntries(Object.entries(names).filter(([, v]) => v !== null)) as Localized;

/**
 * Facet counts as lists, most common first, each value named in `lang`: municipalities from the
 * catalogue, themes from the needs vocabulary, service classes and target groups from the PTV
 * code lists. Organisation kinds, channels, languages and yes/no facets get no label. Labels are
 * kept per catalogue version: a facet search then reads no municipality names.
 */
export function labelFacets(
  db: Db,
  facets: Partial<Record<FacetName, Record<string, number>>>,
  lang: string,
): Partial<Record<FacetName, FacetValue[]>> {
  const labels = catalogueCache<string | null>(db, 'facet-labels');
  const key = (facet: string, value: string) => `${lang}\u0000${facet}\u0000${value}`;
  const places = labelMunicipalities(db, Object.keys(facets.municipalities ?? {}), lang);
  const label = (facet: FacetName, value: string): string | null => {
    if (facet === 'municipalities') return places.get(value) ?? null;
    const k = key(facet, value);
    let text = labels.get(k);
    if (text === undefined) {
      const names =
        facet === 'themes'
          ? themeLabels.get(value)
          : facet === 'serviceClasses'
            ? mapName(classificationIndex.serviceClasses.get(value)?.names)
            : facet === 'targetGroups'
              ? mapName(classificationIndex.targetGroups.get(value)?.names)
              : undefined;
      text = pickLocalized(names, lang)?.value ?? null;
      labels.set(k, text);
    }
    return text;
  };
  return Object.fromEntries(
    Object.entries(facets).map(([facet, counts]) => [
      facet,
      Object.entries(counts ?? {})
        .filter(([, count]) => count > 0)
        .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
        .map(([value, count]) => ({ value, count, label: label(facet as FacetName, value) })),
    ]),
  );
}

const NONE: ReadonlyMap<string, string | null> = new Map();

/**
 * Municipality names in `lang` by code (null when the catalogue has none), read in one query for
 * the codes not yet kept for this catalogue version.
 */
export function labelMunicipalities(
  db: Db,
  codes: readonly string[],
  lang: string,
): ReadonlyMap<string, string | null> {
  if (codes.length === 0) return NONE;
  const labels = catalogueCache<string | null>(db, 'facet-labels');
  const key = (code: string) => `${lang}\u0000municipalities\u0000${code}`;
  const missing = codes.filter((code) => !labels.has(key(code)));
  if (missing.length > 0) {
    const names = new Map(
      (
        statement(
          db,
          'select code, name from municipalities where code in (select value from json_each(?))',
        ).all(JSON.stringify(missing)) as { code: string; name: string }[]
      ).map((m) => [m.code, JSON.parse(m.name) as Localized]),
    );
    for (const code of missing)
      labels.set(key(code), pickLocalized(names.get(code), lang)?.value ?? null);
  }
  return new Map(codes.map((code) => [code, labels.get(key(code)) ?? null]));
}

function mapName(names: Parameters<typeof nameOf>[0] | undefined): Localized | undefined {
  return names ? nameOf(names) : undefined;
}
