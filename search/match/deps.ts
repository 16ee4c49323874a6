import { LANGS, type Analyzer, type Lang } from '../analysis/index.ts';
import type { SearchEngine } from '../contract.ts';
import { classificationIndex, needThemes } from '../needs/index.ts';
import { broaderKinds, servicePaths, serviceTypes, typePhrases } from '../needs/service-types.ts';
import { typeModel } from '../needs/type-model.ts';
import { themeDetectorFor } from './detect-themes.ts';
import type { MatchDeps } from './match.ts';
import { MAX_TYPES, typeNameReader, typeVocabulary } from './service-types.ts';
import { typeClassifier, type TypeClassifier } from './type-classifier.ts';
import { createLanguageGuesser, type LanguageGuesser } from './text-language.ts';
import { vocabularyWithNames } from './vocabulary.ts';

// Built once: the detectors are cached per analyser and vocabulary (themeDetectorFor).
const themeWords = vocabularyWithNames(needThemes, classificationIndex);
const typeWords = typeVocabulary(serviceTypes);
const typesById = new Map(serviceTypes.map((t) => [t.id, t]));

let languages: LanguageGuesser | undefined;
/** The guesser learnt from the vocabulary's own phrases in each language, built on first use. */
function bundledLanguages(): LanguageGuesser {
  languages ??= createLanguageGuesser(
    Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        [
          ...needThemes.flatMap((t) => [t.labels[lang], t.description[lang], ...t.words[lang]]),
          ...serviceTypes.flatMap((t) => typePhrases(t, lang)),
        ],
      ]),
    ) as Record<Lang, string[]>,
  );
  return languages;
}

/** `make` for each analyser once, kept while the analyser lives. */
function perAnalyzer<T>(make: (analyzer: Analyzer) => T): (analyzer: Analyzer) => T {
  const made = new WeakMap<Analyzer, T>();
  return (analyzer) => {
    if (!made.has(analyzer)) made.set(analyzer, make(analyzer));
    return made.get(analyzer)!;
  };
}

/**
 * The bundled type classifier, for an analyser of the backend it was learnt with: another
 * backend's terms would not meet its own, so without Voikko types are read by phrases alone.
 */
const bundledClassifier = perAnalyzer((analyzer): TypeClassifier | undefined =>
  analyzer.backend === typeModel.backend ? typeClassifier(analyzer, typeModel) : undefined,
);
const bundledNameReader = perAnalyzer(typeNameReader);

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
      broader: broaderKinds,
      classifier: bundledClassifier(analyzer),
      readNames: bundledNameReader(analyzer),
    },
  };
}
