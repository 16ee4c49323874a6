import { stemmer } from '@orama/stemmers/english';
import type { WordAnalyzer } from './word-analysis.ts';

/** English analysis: the Snowball (Porter 2) stem; English compounds are written apart. */
export const analyzeEnglish: WordAnalyzer = (word) => ({
  keys: [stemmer(word)],
  parts: [],
  head: null,
});
