// Finnish, Swedish and English text analysis, the same for documents and queries so that their
// terms meet. See README.md for the backends and what each covers.
export { createAnalyzer } from './analyzer.ts';
export { normalize } from './normalize.ts';
export { COMPOUND_PART_WEIGHT, LANGS } from './types.ts';
export type {
  Analyzer,
  AnalyzerOptions,
  Backend,
  Lang,
  QueryOptions,
  QueryToken,
  WeightedTerm,
} from './types.ts';
