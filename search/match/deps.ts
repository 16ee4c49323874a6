import { LANGS, type Analyzer, type Lang } from '../analysis/index.ts';
import type { SearchEngine } from '../contract.ts';
import { classificationIndex, needThemes } from '../needs/index.ts';
import { servicePaths, serviceTypes } from '../needs/service-types.ts';
import { themeDetectorFor } from './detect-themes.ts';
import type { MatchDeps } from './match.ts';
import { typeVocabulary } from './service-types.ts';
import { createLanguageGuesser, type LanguageGuesser } from './text-language.ts';
import { vocabularyWithNames } from './vocabulary.ts';

// Built once: the detectors are cached per analyser and vocabulary (themeDetectorFor).
const themeWords = vocabularyWithNames(needThemes, classificationIndex);
const typeWords = typeVocabulary(serviceTypes);
const typesById = new Map(serviceTypes.map((t) => [t.id, t]));
/** Types kept per text: finer than themes, a situation often points to several (README). */
const MAX_TYPES = 5;

let languages: LanguageGuesser | undefined;
/** The guesser learnt from the vocabulary's own phrases in each language, built on first use. */
function bundledLanguages(): LanguageGuesser {
  languages ??= createLanguageGuesser(
    Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        [
          ...needThemes.flatMap((t) => [t.labels[lang], t.description[lang], ...t.words[lang]]),
          ...serviceTypes.flatMap((t) => [t.labels[lang], ...t.names[lang], ...t.words[lang]]),
        ],
      ]),
    ) as Record<Lang, string[]>,
  );
  return languages;
}

/**
 * Matching over `engine` with the bundled needs vocabulary and service types, as the API runs it;
 * the vocabularies are analysed by `analyzer` on first use and kept while it lives.
 */
export function bundledMatchDeps(engine: SearchEngine, analyzer: Analyzer): MatchDeps {
  return {
    engine,
    detector: themeDetectorFor(analyzer, themeWords),
    themes: needThemes,
    languages: bundledLanguages(),
    types: {
      detector: themeDetectorFor(analyzer, typeWords, { max: MAX_TYPES }),
      byId: typesById,
      paths: servicePaths,
    },
  };
}
