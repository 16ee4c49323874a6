import type { SearchFilters } from '../contract.ts';

/** The codes that put a service in a need theme (search/needs `NeedTheme` has this shape). */
export interface ThemeCodes {
  id: string;
  serviceClasses: readonly string[];
  ontologyTerms: readonly string[];
  lifeEvents: readonly string[];
}

type CodeKind = 'serviceClasses' | 'ontologyTerms' | 'lifeEvents';
const KINDS: readonly CodeKind[] = ['serviceClasses', 'ontologyTerms', 'lifeEvents'];

/** A theme's codes of one kind and one centrality, as the filter that finds their services. */
export interface Tier {
  weight: number;
  filter: SearchFilters;
}

const cache = new WeakMap<readonly ThemeCodes[], Map<string, Tier[]>>();

/**
 * How central each code of a theme (service class, ontology term, life event) is to it: 1 /
 * sqrt(themes listing the code), most central first. "Toimeentulotuki" (P4.10) is listed by one
 * theme and says a service is about it; the volunteer-work class P4.12 is listed by seven and says
 * little about any one of them. Terms count like classes: "ruoka-apu" is as telling as a class.
 */
export function codeTiers(themes: readonly ThemeCodes[], id: string): Tier[] {
  let byTheme = cache.get(themes);
  if (!byTheme) {
    const listing = new Map<string, number>();
    for (const t of themes)
      for (const code of KINDS.flatMap((k) => t[k]))
        listing.set(code, (listing.get(code) ?? 0) + 1);
    byTheme = new Map(
      themes.map((t) => {
        const tiers = new Map<string, { weight: number; kind: CodeKind; codes: string[] }>();
        for (const kind of KINDS) {
          for (const code of t[kind]) {
            const weight = 1 / Math.sqrt(listing.get(code)!);
            const key = `${kind} ${weight}`;
            if (!tiers.has(key)) tiers.set(key, { weight, kind, codes: [] });
            tiers.get(key)!.codes.push(code);
          }
        }
        const sorted = [...tiers.values()].sort((a, b) => b.weight - a.weight);
        return [
          t.id,
          sorted.map(({ weight, kind, codes }) => ({ weight, filter: { [kind]: codes } })),
        ];
      }),
    );
    cache.set(themes, byTheme);
  }
  return byTheme.get(id) ?? [];
}
