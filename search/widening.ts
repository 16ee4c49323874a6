import type { FacetName, SearchEngine, SearchFilters, SearchQuery } from './contract.ts';

/**
 * Municipalities of Varsinais-Suomi that share a border (by land, or across a strait crossed by
 * ferry or bridge) with each of the 27. Hand-made from the regional map; a client looking for
 * help in Masku is well served by Raisio or Mynämäki. Kept symmetric by {@link neighboursOf}.
 */
const BORDERS: Record<string, readonly string[]> = {
  '019': ['423', '636', '853', '538', '480'], // Aura
  '202': ['853', '423', '577', '738', '445'], // Kaarina
  '284': ['480', '430', '761', '734'], // Koski Tl
  '304': ['833', '895'], // Kustavi
  '322': ['734', '445', '738'], // Kemiönsaari
  '400': ['895', '631', '918', '503', '636'], // Laitila
  '423': ['853', '202', '577', '480', '019', '704'], // Lieto
  '430': ['561', '636', '480', '284'], // Loimaa
  '445': ['202', '853', '529', '322', '738'], // Parainen
  '480': ['423', '284', '430', '577', '734', '019', '636'], // Marttila
  '481': ['853', '680', '704', '538', '503', '529', '833'], // Masku
  '503': ['481', '538', '636', '400', '918', '833'], // Mynämäki
  '529': ['853', '680', '481', '445', '833'], // Naantali
  '538': ['481', '503', '636', '019', '853', '704'], // Nousiainen
  '561': ['430', '636'], // Oripää
  '577': ['202', '423', '480', '734', '738'], // Paimio
  '631': ['400', '895'], // Pyhäranta
  '636': ['019', '538', '503', '400', '561', '430', '480'], // Pöytyä
  '680': ['853', '529', '481', '704'], // Raisio
  '704': ['853', '680', '481', '538', '423'], // Rusko
  '734': ['577', '480', '284', '761', '738', '322'], // Salo
  '738': ['202', '577', '734', '322', '445'], // Sauvo
  '761': ['734', '284'], // Somero
  '833': ['304', '895', '918', '503', '529', '481'], // Taivassalo
  '853': ['202', '423', '680', '529', '704', '481', '538', '019', '445'], // Turku
  '895': ['304', '833', '918', '400', '631'], // Uusikaupunki
  '918': ['895', '833', '503', '400'], // Vehmaa
};

const neighbours = new Map<string, Set<string>>();
for (const [code, list] of Object.entries(BORDERS)) {
  for (const other of list) {
    for (const [a, b] of [
      [code, other],
      [other, code],
    ] as const) {
      if (!neighbours.has(a)) neighbours.set(a, new Set());
      neighbours.get(a)!.add(b);
    }
  }
}

/** Neighbouring municipalities of `code` (3-digit), sorted; empty outside Varsinais-Suomi. */
export function neighboursOf(code: string): string[] {
  return [...(neighbours.get(code) ?? [])].sort();
}

/** What a widening changes, from the nearest change to the loosest. */
export type WideningKind =
  | 'neighbouring-municipalities'
  | 'nationwide'
  | 'related-themes'
  | 'themes-for-words'
  | 'without-filter';

/** A filter a `without-filter` widening drops. */
export type DroppableFilter = Exclude<keyof SearchFilters, 'includeNationwide'>;

export interface Widening {
  kind: WideningKind;
  /** Services the widened search finds. */
  total: number;
  /** The widened search: the original with one change. */
  query: SearchQuery;
  /** For `without-filter`: the filter dropped. */
  dropped?: DroppableFilter;
  /** Per municipality or theme, how many the widened search finds there (non-zero only). */
  values?: { value: string; count: number }[];
}

export interface WideningOptions {
  /** Need themes with their related themes (search/needs `needThemes`). */
  themes: readonly { id: string; related: readonly string[] }[];
  /** Themes the query's words point to (search/match `detectThemes`), offered when words find nothing. */
  themesForWords?: readonly string[];
  /** Most suggestions returned (default 6). */
  max?: number;
}

const droppable: readonly DroppableFilter[] = [
  'openAt',
  'free',
  'accessible',
  'channelModes',
  'languages',
  'organizationKinds',
  'targetGroups',
  'serviceClasses',
  'near',
  'themes',
  'municipalities',
];

function isActive(filters: SearchFilters, name: DroppableFilter): boolean {
  const value = filters[name];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/**
 * The nearest useful widenings of a search that found nothing: neighbouring municipalities,
 * nationwide services, related themes, the themes the words point to, then each filter dropped
 * in turn. Each is counted with one engine query and offered only when it finds something.
 */
export async function suggestWidenings(
  engine: SearchEngine,
  query: SearchQuery,
  options: WideningOptions,
): Promise<Widening[]> {
  const filters = query.filters ?? {};
  const base: SearchQuery = { ...query, limit: 0, offset: 0, facets: [] };
  const widen = (change: Partial<SearchQuery>, filterChange: SearchFilters, facet?: FacetName) => {
    const widened: SearchQuery = {
      ...base,
      ...change,
      filters: { ...filters, ...filterChange },
      facets: facet ? [facet] : [],
    };
    return engine.search(widened).then((result) => ({ widened, result }));
  };
  const candidates: Promise<Widening>[] = [];

  const municipalities = filters.municipalities ?? [];
  const around = [...new Set(municipalities.flatMap(neighboursOf))]
    .filter((c) => !municipalities.includes(c))
    .sort();
  if (around.length > 0) {
    candidates.push(
      widen({}, { municipalities: around, includeNationwide: false }, 'municipalities').then(
        ({ widened, result }): Widening => ({
          kind: 'neighbouring-municipalities',
          total: result.total,
          query: {
            ...widened,
            filters: {
              ...widened.filters,
              municipalities: [...municipalities, ...around],
              includeNationwide: filters.includeNationwide,
            },
          },
          values: counts(result.facets.municipalities, around),
        }),
      ),
    );
  }
  if (municipalities.length > 0 && filters.includeNationwide === false) {
    candidates.push(
      widen({}, { includeNationwide: true }).then(({ widened, result }): Widening => ({
        kind: 'nationwide',
        total: result.total,
        query: widened,
      })),
    );
  }
  const related = relatedThemes(filters.themes ?? [], options.themes);
  if (related.length > 0) {
    candidates.push(
      widen({}, { themes: related }, 'themes').then(({ widened, result }): Widening => ({
        kind: 'related-themes',
        total: result.total,
        query: widened,
        values: counts(result.facets.themes, related),
      })),
    );
  }
  const wordThemes = (options.themesForWords ?? []).filter(
    (t) => !(filters.themes ?? []).includes(t),
  );
  if (query.q?.trim() && wordThemes.length > 0) {
    candidates.push(
      widen({ q: undefined }, { themes: wordThemes }, 'themes').then(
        ({ widened, result }): Widening => ({
          kind: 'themes-for-words',
          total: result.total,
          query: widened,
          values: counts(result.facets.themes, wordThemes),
        }),
      ),
    );
  }
  for (const name of droppable.filter((f) => isActive(filters, f))) {
    const change: SearchFilters = { [name]: undefined };
    if (name === 'municipalities') change.includeNationwide = undefined;
    candidates.push(
      widen(
        { sort: name === 'near' && query.sort === 'distance' ? 'relevance' : query.sort },
        change,
      ).then(({ widened, result }): Widening => ({
        kind: 'without-filter',
        total: result.total,
        query: { ...widened, filters: withoutUndefined(widened.filters ?? {}) },
        dropped: name,
      })),
    );
  }
  const found = (await Promise.all(candidates)).filter((w) => w.total > 0);
  return found
    .map((w) => ({
      ...w,
      query: { ...w.query, limit: query.limit, offset: 0, facets: query.facets },
    }))
    .slice(0, options.max ?? 6);
}

function relatedThemes(themeIds: readonly string[], themes: WideningOptions['themes']): string[] {
  const byId = new Map(themes.map((t) => [t.id, t]));
  return [...new Set(themeIds.flatMap((id) => byId.get(id)?.related ?? []))].filter(
    (id) => !themeIds.includes(id),
  );
}

function counts(facet: Record<string, number> | undefined, values: readonly string[]) {
  return values
    .map((value) => ({ value, count: facet?.[value] ?? 0 }))
    .filter((v) => v.count > 0)
    .sort((a, b) => b.count - a.count);
}

function withoutUndefined(filters: SearchFilters): SearchFilters {
  return Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v !== undefined),
  ) as SearchFilters;
}
