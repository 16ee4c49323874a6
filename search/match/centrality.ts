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

/** How many themes list each code. */
const listings = new WeakMap<readonly ThemeCodes[], Map<string, number>>();

function listingOf(themes: readonly ThemeCodes[]): Map<string, number> {
  let listing = listings.get(themes);
  if (!listing) {
    listing = new Map();
    for (const t of themes)
      for (const code of KINDS.flatMap((k) => t[k]))
        listing.set(code, (listing.get(code) ?? 0) + 1);
    listings.set(themes, listing);
  }
  return listing;
}

/** Groups codes by kind and centrality into filters, most central first. */
function tiersOf(
  listing: ReadonlyMap<string, number>,
  codes: Iterable<[CodeKind, string]>,
): Tier[] {
  const tiers = new Map<string, { weight: number; kind: CodeKind; codes: string[] }>();
  for (const [kind, code] of codes) {
    const weight = 1 / Math.sqrt(listing.get(code)!);
    const key = `${kind} ${weight}`;
    if (!tiers.has(key)) tiers.set(key, { weight, kind, codes: [] });
    if (!tiers.get(key)!.codes.includes(code)) tiers.get(key)!.codes.push(code);
  }
  return [...tiers.values()]
    .sort((a, b) => b.weight - a.weight)
    .map(({ weight, kind, codes }) => ({ weight, filter: { [kind]: codes } }));
}

/**
 * The codes of the themes not found (listed by none of `found`), as tiers of centrality, most
 * central first: a service with one of these more central than its best code in the theme it is
 * ranked in is about another need ("Peliongelmaisten vertaisryhmä" has the peer-support class
 * its memory theme lists, and the gambling theme's own class).
 */
export function elsewhereTiers(themes: readonly ThemeCodes[], found: readonly string[]): Tier[] {
  const listing = listingOf(themes);
  const own = new Set(
    themes.filter((t) => found.includes(t.id)).flatMap((t) => KINDS.flatMap((k) => t[k])),
  );
  return tiersOf(
    listing,
    themes
      .filter((t) => !found.includes(t.id))
      .flatMap((t) => KINDS.flatMap((k) => t[k].map((c): [CodeKind, string] => [k, c])))
      .filter(([, c]) => !own.has(c)),
  );
}

/**
 * How central each code of a theme (service class, ontology term, life event) is to it: 1 /
 * sqrt(themes listing the code), most central first. "Toimeentulotuki" (P4.10) is listed by one
 * theme and says a service is about it; the volunteer-work class P4.12 is listed by seven and says
 * little about any one of them. Terms count like classes: "ruoka-apu" is as telling as a class.
 */
export function codeTiers(themes: readonly ThemeCodes[], id: string): Tier[] {
  let byTheme = cache.get(themes);
  if (!byTheme) {
    const listing = listingOf(themes);
    byTheme = new Map(
      themes.map((t) => [
        t.id,
        tiersOf(
          listing,
          KINDS.flatMap((k) => t[k].map((c): [CodeKind, string] => [k, c])),
        ),
      ]),
    );
    cache.set(themes, byTheme);
  }
  return byTheme.get(id) ?? [];
}
