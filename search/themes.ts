/** The classification lists of a need theme (search/needs `NeedTheme` has this shape). */
export interface ThemeCodes {
  id: string;
  /** ptvserclass2 codes; a listed class also covers its subclasses (P4 covers P4.12). */
  serviceClasses: readonly string[];
  ontologyTerms: readonly string[];
  targetGroups: readonly string[];
  lifeEvents: readonly string[];
}

/** The codes of one service that decide its themes. */
export interface ServiceCodes {
  serviceClasses: readonly string[];
  ontologyTerms: readonly string[];
  lifeEvents: readonly string[];
}

/**
 * Maps a service to the need themes it serves: those sharing a service class (or a parent class),
 * an ontology term or a life event with it. Target groups say who a service is for, not what it
 * helps with, and the vocabulary lists "Kansalaiset" (KR1) in most themes, so a target group alone
 * would put nearly every service into most themes; they are left out of membership on purpose.
 */
export function createThemeMatcher(
  themes: readonly ThemeCodes[],
): (service: ServiceCodes) => string[] {
  const byClass = new Map<string, Set<string>>();
  const byTerm = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, id: string) => {
    let ids = map.get(key);
    if (!ids) map.set(key, (ids = new Set()));
    ids.add(id);
  };
  for (const theme of themes) {
    for (const code of theme.serviceClasses) add(byClass, code, theme.id);
    for (const uri of theme.ontologyTerms) add(byTerm, uri, theme.id);
    for (const code of theme.lifeEvents) add(byTerm, code, theme.id);
  }
  const order = new Map(themes.map((t, i) => [t.id, i]));
  return (service) => {
    const found = new Set<string>();
    for (const code of service.serviceClasses) {
      // P4.12.3 -> P4.12.3, P4.12, P4
      for (let key = code; key; key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '') {
        for (const id of byClass.get(key) ?? []) found.add(id);
      }
    }
    for (const key of [...service.ontologyTerms, ...service.lifeEvents]) {
      for (const id of byTerm.get(key) ?? []) found.add(id);
    }
    return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
  };
}
