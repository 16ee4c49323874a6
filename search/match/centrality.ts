/** The service classes of a need theme (search/needs `NeedTheme` has this shape). */
export interface ThemeClasses {
  id: string;
  serviceClasses: readonly string[];
}

/** A theme's service classes grouped by how central they are to it, most central first. */
export type ClassTiers = { weight: number; codes: string[] }[];

const cache = new WeakMap<readonly ThemeClasses[], Map<string, ClassTiers>>();

/**
 * How central each of a theme's service classes is to it: 1 / sqrt(themes listing the class).
 * "Toimeentulotuki" (P4.10) is listed by one theme and says the service is about it; the
 * volunteer-work class P4.12 is listed by seven and says little about any one of them.
 */
export function classTiers(themes: readonly ThemeClasses[], id: string): ClassTiers {
  let byTheme = cache.get(themes);
  if (!byTheme) {
    const listing = new Map<string, number>();
    for (const t of themes)
      for (const code of t.serviceClasses) listing.set(code, (listing.get(code) ?? 0) + 1);
    byTheme = new Map(
      themes.map((t) => {
        const tiers = new Map<number, string[]>();
        for (const code of t.serviceClasses) {
          const weight = 1 / Math.sqrt(listing.get(code)!);
          tiers.set(weight, [...(tiers.get(weight) ?? []), code]);
        }
        const sorted = [...tiers].sort((a, b) => b[0] - a[0]);
        return [t.id, sorted.map(([weight, codes]) => ({ weight, codes }))];
      }),
    );
    cache.set(themes, byTheme);
  }
  return byTheme.get(id) ?? [];
}
