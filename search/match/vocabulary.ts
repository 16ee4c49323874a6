import { LANGS, type Lang } from '../analysis/index.ts';
import type { ThemeVocabulary } from './phrases.ts';

/** Names of a classification in the catalogue languages (search/needs `ptvClassifications`). */
interface Named {
  names: { fi: string; sv: string | null; en: string | null };
}

/** What the vocabulary needs of a need theme (search/needs `NeedTheme` has this shape). */
export interface ThemeWithCodes {
  id: string;
  labels: Record<Lang, string>;
  description: Record<Lang, string>;
  words: Record<Lang, readonly string[]>;
  serviceClasses: readonly string[];
  ontologyTerms: readonly string[];
}

/** Lookups of classification names (search/needs `ClassificationIndex` has this shape). */
export interface ClassificationNames {
  serviceClasses: ReadonlyMap<string, Named>;
  ontologyTerms: ReadonlyMap<string, Named>;
}

/**
 * The themes as detection reads them: lay words and labels, and as weak words the description and
 * the names of the theme's service classes and ontology terms ("Elatusapu", "Kielikurssit"), so a
 * text in official wording still finds its theme. A name missing in a language is left out.
 */
export function vocabularyWithNames(
  themes: readonly ThemeWithCodes[],
  index: ClassificationNames,
): ThemeVocabulary[] {
  return themes.map((theme) => {
    const named = [
      ...theme.serviceClasses.map((c) => index.serviceClasses.get(c)),
      ...theme.ontologyTerms.map((u) => index.ontologyTerms.get(u)),
    ].filter((n) => n !== undefined);
    const weakWords = Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        [theme.description[lang], ...named.flatMap((n) => n.names[lang] ?? [])],
      ]),
    ) as Record<Lang, string[]>;
    return { id: theme.id, labels: theme.labels, words: theme.words, weakWords };
  });
}
