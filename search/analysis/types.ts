/** Languages with their own analysis. */
export type Lang = 'fi' | 'sv' | 'en';

/** All {@link Lang} values, in the order the UI offers them. */
export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

export interface AnalyzerOptions {
  /** `plain`: tokenise, lower-case and fold diacritics only (the baseline for evaluation). Default `full`. */
  mode?: 'full' | 'plain';
  /** `auto` uses Voikko for Finnish when it loads, else the built-in fallback. Default `auto`. */
  voikko?: 'auto' | 'off';
  /** libvoikko shared library; default: the system loader's search for libvoikko.so.1. */
  voikkoLibraryPath?: string;
  /** Directory containing `5/mor-standard/`; default: libvoikko's own search (/usr/lib/voikko, ...). */
  voikkoDictionaryPath?: string;
  /** Analysed words kept per language (LRU). Default 100,000. */
  cacheSize?: number;
}

/** How a query is read. */
export interface QueryOptions {
  /**
   * Also the verb of a Finnish past participle among a word's terms: "ei ole maksanut palkkaa"
   * says "maksaa". For reading a client's text against a vocabulary (need detection), not for
   * searching documents: service texts are full of participles, and documents are indexed
   * without the verb.
   */
  verbs?: boolean;
}

/** Which Finnish analysis an analyser runs. */
export type Backend = 'voikko' | 'fallback' | 'plain';

/** A document term with its weight: 1 for a word, {@link COMPOUND_PART_WEIGHT} for a part of one. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** One word of a query. */
export interface QueryToken {
  /** The word normalised (lower case, diacritics folded, hyphens removed), for prefix and typo matching. */
  surface: string;
  /**
   * Keys of the whole word; a document matches the word when it has any of them (as a word or as a
   * compound part). Empty for a stopword kept because it is the last, still-typed word.
   */
  terms: string[];
  /**
   * Keys of the word's compound parts (omaishoitaja → omainen, hoitaja). Matching them finds texts
   * that say the same in separate words, but more loosely: weigh them like document parts.
   */
  parts: string[];
  /** The final word of a query that does not end in a space: the user may still be typing it. */
  isLast: boolean;
}

export interface Analyzer {
  /** The Finnish analysis in use. An index must be queried by an analyser with the same backend. */
  readonly backend: Backend;
  /** Why Voikko is not in use (library or dictionary missing, or turned off); null when it is, or in plain mode. */
  readonly fallbackReason: string | null;
  /**
   * Terms to index for a text in one language, in text order with repeats (for term frequency):
   * each word's keys, then its compound parts. Stopwords are left out.
   */
  analyzeDocument(text: string, lang: Lang): string[];
  /** The same terms as {@link analyzeDocument}, each with its weight. */
  analyzeDocumentWeighted(text: string, lang: Lang): WeightedTerm[];
  /**
   * The words of a query with the alternatives any of which should match. The language is a guess
   * the caller makes; calling it for several languages and merging is fine.
   */
  analyzeQuery(text: string, lang: Lang, options?: QueryOptions): QueryToken[];
  /** Releases Voikko. The analyser must not be used afterwards. */
  close(): void;
}

/**
 * Weight of a compound part relative to a whole word: "vertaistuki" should find
 * "vertaistukiryhmä", but below a text about vertaistuki itself.
 */
export const COMPOUND_PART_WEIGHT = 0.5;
