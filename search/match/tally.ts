import type { QueryToken } from '../analysis/index.ts';
import type { PhraseWord } from './phrases.ts';

/** How much a phrase word counts, by how it was found in the text. */
export const WEIGHT = {
  word: 1,
  /** The phrase word is a part of a compound in the text: "velka" in "velkaneuvontaa". */
  part: 0.5,
  /** Some, not all, words of a phrase: "äiti" of "äiti juo". */
  partialPhrase: 0.25,
  /** Every word of a phrase of two or more words, once per theme. */
  phraseBonus: 0.5,
  /** The text read as another language than the one given. */
  otherLanguage: 0.5,
  /** A word of the theme's description or of its classes' names, against a lay word. */
  weak: 0.4,
  /**
   * A word alone when another theme's phrase of several words says it: "uupunut" of "uupunut
   * äiti vauvan kanssa" is the parenting theme's, not so much the mental health theme's.
   */
  claimed: 0.5,
};

/** Where and how well a phrase word was found in the text. */
export interface Found {
  surface: string;
  /** Index of the text word. */
  index: number;
  weight: number;
  /** The text word itself, not a part of it. */
  whole: boolean;
}

/** The text word that best says a phrase word: whole words over compound parts, by specificity. */
export function bestMatch(word: PhraseWord, tokens: readonly QueryToken[]): Found | null {
  let best: Found | null = null;
  tokens.forEach((token, index) => {
    const whole = word.whole.some((k) => token.terms.includes(k));
    const weight = whole
      ? WEIGHT.word
      : word.keys.some((k) => token.parts.includes(k))
        ? WEIGHT.part
        : 0;
    if (weight * word.specificity > (best?.weight ?? 0)) {
      best = { surface: token.surface, index, weight: weight * word.specificity, whole };
    }
  });
  return best;
}

/** What one theme collects from a text. */
export class Tally {
  /** The best credit of each text word (by surface): a word counts once per theme. */
  readonly perWord = new Map<string, number>();
  bonus = 0;
  /**
   * Phrases found, as the vocabulary writes them, one per analysed form: the vocabulary lists
   * inflections too ("velka", "velkaa", "veloista"), and the advisor needs to see one of them.
   */
  readonly found = new Map<string, string>();
  /** Some phrase of the theme was said whole; only then is the theme detected. */
  complete = false;
  /** Keys of the lay words matched whole, and of their compound parts, for word families. */
  readonly keys = new Set<string>();
  readonly parts = new Set<string>();
  /** The text's own words that said a phrase of the theme. */
  readonly said = new Set<string>();
  /** Text words said by a whole phrase of two or more words of the theme ("uupunut äiti"). */
  readonly inPhrase = new Set<string>();
  named = false;
  position = Infinity;

  credit(found: Found, weight: number): void {
    this.perWord.set(found.surface, Math.max(this.perWord.get(found.surface) ?? 0, weight));
  }

  /** The sum of word credits, a word another theme's phrase says counting less, and the bonus. */
  score(claimed: ReadonlySet<string>): number {
    let sum = this.bonus;
    for (const [surface, weight] of this.perWord)
      sum += claimed.has(surface) && !this.inPhrase.has(surface) ? weight * WEIGHT.claimed : weight;
    return sum;
  }
}
