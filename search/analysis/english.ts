import { stemmer } from '@orama/stemmers/english';
import { STRONG_VERBS } from './strong-verbs.ts';
import type { WordAnalyzer } from './word-analysis.ts';

/**
 * English analysis: the Snowball (Porter 2) stem; English compounds are written apart. A past form
 * of an irregular verb also says its verb (`verbs`, for queries that ask).
 */
export const analyzeEnglish: WordAnalyzer = (word) => {
  const verb = STRONG_VERBS.en.get(word);
  return {
    keys: [stemmer(word)],
    parts: [],
    head: null,
    ...(verb ? { verbs: verb.map((v) => stemmer(v)) } : {}),
  };
};
