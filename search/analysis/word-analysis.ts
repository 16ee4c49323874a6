import { splitCompound, type CompoundLexicon } from './compound-splitter.ts';

/** What one word contributes to an index or a query. */
export interface WordAnalysis {
  /** Match keys of the whole word (base forms or stems); more than one when it is ambiguous. */
  keys: string[];
  /** Keys of compound parts and of runs of adjacent parts; empty for a simple word. */
  parts: string[];
  /** Last part of a compound as text, to complete a suspended first half ("sosiaali-" + "palvelut"). */
  head: string | null;
  /**
   * Keys of the verb a past participle is of ("maksanut", "lyöty" → maksaa, lyödä). Only queries
   * that ask for them get them (`QueryOptions.verbs`); documents never do.
   */
  verbs?: string[];
}

/** Analyses one normalised word of one language. */
export type WordAnalyzer = (word: string) => WordAnalysis;

// Shorter words are never split: a false split of a short word costs more than it finds.
const MIN_COMPOUND_LENGTH = 6;

/**
 * Analysis by a stemmer plus lexicon compound splitting. Parts are the parts' base forms and every
 * run of adjacent parts: a run ending before the last part ends in that part's base form
 * (mielen+terveys, sosiaali+työ); a run reaching the end is the word's tail as written, so the
 * stemmer handles its inflection.
 */
export function analyzeWithLexicon(word: string, lexicon: CompoundLexicon): WordAnalysis {
  const keys = lexicon.stems(word);
  const split = word.length >= MIN_COMPOUND_LENGTH ? splitCompound(word, lexicon) : null;
  if (!split) return { keys, parts: [], head: null };
  const { surfaces, bases } = split;
  const last = surfaces.length - 1;
  const parts = new Set<string>();
  for (let i = 0; i <= last; i++) {
    for (let j = i; j <= last; j++) {
      if (i === 0 && j === last) continue;
      const lead = surfaces.slice(i, j).join('');
      for (const stem of lexicon.stems(lead + (j === last ? surfaces[last] : bases[j])))
        parts.add(stem);
    }
  }
  for (const key of keys) parts.delete(key);
  return { keys, parts: [...parts], head: surfaces[last]! };
}
