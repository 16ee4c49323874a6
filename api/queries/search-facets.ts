import type { FacetName } from '../../search/contract.ts';
import { classificationIndex, needThemes } from '../../search/needs/index.ts';
import { statement, type Db } from '../../schema/db.ts';
import { pickLocalized, type Localized } from '../../schema/localized.ts';

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
 * code lists. Organisation kinds, channels, languages and yes/no facets get no label.
 */
export function labelFacets(
  db: Db,
  facets: Partial<Record<FacetName, Record<string, number>>>,
  lang: string,
): Partial<Record<FacetName, FacetValue[]>> {
  const codes = Object.keys(facets.municipalities ?? {});
  const places = new Map(
    (codes.length === 0
      ? []
      : (statement(
          db,
          'select code, name from municipalities where code in (select value from json_each(?))',
        ).all(JSON.stringify(codes)) as { code: string; name: string }[])
    ).map((m) => [m.code, JSON.parse(m.name) as Localized]),
  );
  const label = (facet: FacetName, value: string): string | null => {
    const text =
      facet === 'municipalities'
        ? places.get(value)
        : facet === 'themes'
          ? themeLabels.get(value)
          : facet === 'serviceClasses'
            ? mapName(classificationIndex.serviceClasses.get(value)?.names)
            : facet === 'targetGroups'
              ? mapName(classificationIndex.targetGroups.get(value)?.names)
              : undefined;
    return pickLocalized(text, lang)?.value ?? null;
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

function mapName(names: Parameters<typeof nameOf>[0] | undefined): Localized | undefined {
  return names ? nameOf(names) : undefined;
}
