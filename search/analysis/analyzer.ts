import { analyzeEnglish } from './english.ts';
import { analyzeFinnishFallback } from './finnish/fallback.ts';
import { createVoikkoAnalyzer } from './finnish/voikko-analyzer.ts';
import { openVoikko, type VoikkoHandle } from './finnish/voikko-binding.ts';
import { normalize } from './normalize.ts';
import { analyzeSwedish } from './swedish/analyzer.ts';
import { TokenAnalysis, type AnalyzedToken } from './token-analysis.ts';
import { tokenize } from './tokenize.ts';
import {
  COMPOUND_PART_WEIGHT,
  type Analyzer,
  type AnalyzerOptions,
  type Lang,
  type QueryOptions,
  type QueryToken,
  type WeightedTerm,
} from './types.ts';

const DEFAULT_CACHE_SIZE = 100_000;
const ENDS_IN_SPACE = /\s$/u;

function toQuery(tokens: AnalyzedToken[], text: string, options: QueryOptions): QueryToken[] {
  const typing = !ENDS_IN_SPACE.test(text);
  const last = tokens.length - 1;
  // A stopword is dropped unless it is the word being typed: "on" may yet become "ongelma".
  return tokens.flatMap((token, i) => {
    const isLast = typing && i === last;
    if (token.stopword && !isLast) return [];
    // Copies: the analyses behind them are cached and shared.
    const terms = token.stopword
      ? []
      : options.verbs
        ? [...new Set([...token.keys, ...token.verbs])]
        : [...token.keys];
    const parts = token.stopword ? [] : [...token.parts];
    return [{ surface: token.surface, terms, parts, isLast }];
  });
}

function createPlainAnalyzer(): Analyzer {
  // Hyphenated words fall apart into their pieces, as in any naive tokeniser.
  const words = (text: string): string[] =>
    tokenize(normalize(text)).flatMap((token) => token.pieces);
  return {
    backend: 'plain',
    fallbackReason: null,
    analyzeDocument: (text) => words(text),
    analyzeDocumentWeighted: (text) => words(text).map((term) => ({ term, weight: 1 })),
    analyzeQuery(text) {
      const all = words(text);
      const typing = !ENDS_IN_SPACE.test(text);
      return all.map((word, i) => ({
        surface: word,
        terms: [word],
        parts: [],
        isLast: typing && i === all.length - 1,
      }));
    },
    close() {},
  };
}

/**
 * Creates the text analyser shared by indexing and search. Voikko is loaded here, once, when
 * `voikko` is `auto` and the mode is `full`; a missing library or dictionary selects the
 * fallback and says why in `fallbackReason`.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  if (options.mode === 'plain') return createPlainAnalyzer();
  let voikko: VoikkoHandle | undefined;
  let fallbackReason: string | null = 'Voikko turned off (voikko: "off")';
  if (options.voikko !== 'off') {
    const opened = openVoikko({
      libraryPath: options.voikkoLibraryPath,
      dictionaryPath: options.voikkoDictionaryPath,
    });
    if (opened.ok) voikko = opened.voikko;
    fallbackReason = opened.ok ? null : opened.reason;
  }
  const finnish = voikko
    ? createVoikkoAnalyzer(voikko, analyzeFinnishFallback)
    : analyzeFinnishFallback;
  const tokens = new TokenAnalysis(
    { fi: finnish, sv: analyzeSwedish, en: analyzeEnglish },
    options.cacheSize ?? DEFAULT_CACHE_SIZE,
  );
  let closed = false;
  const analyze = (text: string, lang: Lang): AnalyzedToken[] => {
    if (closed) throw new Error('Analyzer used after close()');
    return tokens.analyze(text, lang);
  };

  const weighted = (text: string, lang: Lang): WeightedTerm[] =>
    analyze(text, lang).flatMap((token) =>
      token.stopword
        ? []
        : [
            ...token.keys.map((term) => ({ term, weight: 1 })),
            ...token.parts.map((term) => ({ term, weight: COMPOUND_PART_WEIGHT })),
          ],
    );

  return {
    backend: voikko ? 'voikko' : 'fallback',
    fallbackReason,
    analyzeDocument: (text, lang) =>
      analyze(text, lang).flatMap((token) =>
        token.stopword ? [] : [...token.keys, ...token.parts],
      ),
    analyzeDocumentWeighted: weighted,
    analyzeQuery: (text, lang, options = {}) => toQuery(analyze(text, lang), text, options),
    close() {
      closed = true;
      voikko?.terminate();
      tokens.clear();
    },
  };
}
