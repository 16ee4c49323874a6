import { LruCache } from './lru-cache.ts';
import { normalize } from './normalize.ts';
import { CONJUNCTIONS, STOPWORDS } from './stopwords.ts';
import { tokenize, type RawToken } from './tokenize.ts';
import type { Lang } from './types.ts';
import type { WordAnalysis, WordAnalyzer } from './word-analysis.ts';

/** One word of a text with everything it contributes. */
export interface AnalyzedToken {
  surface: string;
  keys: string[];
  parts: string[];
  /** Keys of the verb of a past participle (word-analysis.ts `verbs`), for queries that ask. */
  verbs: string[];
  stopword: boolean;
}

// Longer "words" are URLs, codes or garbage: indexed as written, not fed to the analysers.
const MAX_WORD_LENGTH = 40;

/**
 * Runs word analysers over texts: tokenises, caches each word's analysis, joins hyphenated words
 * and completes suspended compounds. One per analyser; the caches live as long as it does.
 */
export class TokenAnalysis {
  readonly #analyzers: Record<Lang, WordAnalyzer>;
  readonly #caches: Record<Lang, LruCache<string, WordAnalysis>>;

  constructor(analyzers: Record<Lang, WordAnalyzer>, cacheSize: number) {
    this.#analyzers = analyzers;
    this.#caches = {
      fi: new LruCache(cacheSize),
      sv: new LruCache(cacheSize),
      en: new LruCache(cacheSize),
    };
  }

  #word(word: string, lang: Lang): WordAnalysis {
    if (word.length > MAX_WORD_LENGTH || /\p{N}/u.test(word))
      return { keys: [word], parts: [], head: null };
    return this.#caches[lang].getOrCompute(word, this.#analyzers[lang]);
  }

  // ruoka-avun: the key of the whole is the first pieces as written plus the last piece's key
  // (ruoka+apu), so it equals the key of ruoka-apu; every piece is also a part.
  #hyphenated(token: RawToken, lang: Lang): WordAnalysis {
    const pieces = token.pieces.map((piece) => this.#word(piece, lang));
    const last = pieces.at(-1)!;
    const lead = token.pieces.slice(0, -1).join('');
    const keys = last.keys.map((key) => lead + key);
    const parts = new Set(pieces.flatMap((piece) => [...piece.keys, ...piece.parts]));
    for (const key of keys) parts.delete(key);
    return { keys, parts: [...parts], head: token.pieces.at(-1)! };
  }

  /** Every word of `text` analysed as `lang`, stopwords marked rather than removed. */
  analyze(text: string, lang: Lang): AnalyzedToken[] {
    const tokens = tokenize(normalize(text));
    const analyses = tokens.map((token) =>
      token.pieces.length > 1 ? this.#hyphenated(token, lang) : this.#word(token.word, lang),
    );
    return tokens.map((token, i) => {
      const analysis = analyses[i]!;
      const keys = token.suspended
        ? [...new Set([...this.#completeSuspended(tokens, analyses, i, lang), ...analysis.keys])]
        : analysis.keys;
      return {
        surface: token.word,
        keys,
        parts: analysis.parts,
        verbs: analysis.verbs ?? [],
        stopword: token.pieces.length === 1 && STOPWORDS[lang].has(token.word),
      };
    });
  }

  // "sosiaali- ja terveyspalvelut", "hälso- och sjukvård": the suspended half takes the head of the
  // next full word (palvelut, vård) and is analysed as the compound it abbreviates.
  #completeSuspended(
    tokens: RawToken[],
    analyses: WordAnalysis[],
    i: number,
    lang: Lang,
  ): string[] {
    for (let j = i + 1; j < tokens.length; j++) {
      if (tokens[j]!.suspended || CONJUNCTIONS.has(tokens[j]!.word)) continue;
      const head = analyses[j]!.head;
      return head ? this.#word(tokens[i]!.word + head, lang).keys : [];
    }
    return [];
  }

  clear(): void {
    for (const cache of Object.values(this.#caches)) cache.clear();
  }
}
