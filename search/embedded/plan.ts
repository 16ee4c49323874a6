import {
  COMPOUND_PART_WEIGHT,
  LANGS,
  type Analyzer,
  type Lang,
  type QueryToken,
} from '../analysis/index.ts';
import type { IndexSnapshot, TextIndex } from './snapshot.ts';
import { completions, similarWords, termsOfWord, type SurfaceMatch } from './surfaces.ts';

/**
 * How much a kind of match counts against an exact match of the word in the requested language.
 * Texts in other languages are searched too (a Swedish word typed with lang=fi still finds the
 * Swedish text), below the requested language.
 */
export const MATCH_WEIGHTS = {
  part: COMPOUND_PART_WEIGHT,
  otherLanguage: 0.5,
  prefix: 0.6,
  typo: [1, 0.5, 0.3],
} as const;

/** Words past this many are ignored (coverage is a 32-bit mask). */
export const MAX_WORDS = 16;
const MIN_PREFIX = 3;
// A compound part of a query word found in more than this share of a large index's documents
// (apu, palvelu) says little about the word and would make nearly every document match it: such
// parts are skipped.
const MAX_PART_SHARE = 0.1;
const MIN_PART_CUTOFF = 1000;
// Completions per language: many while the word matches nothing yet, few once it is a word.
const COMPLETIONS = { own: 20, other: 8, ownKnown: 5, otherKnown: 2 };
const TYPO_MATCHES = 10;

/** One index term a query word may match, and how much a match counts. */
export interface Candidate {
  text: TextIndex;
  term: number;
  weight: number;
}

/** A word of the query with every term that counts as a match for it. */
export interface PlannedWord {
  surface: string;
  candidates: Candidate[];
}

const allowedTypos = (length: number): number => (length >= 9 ? 2 : length >= 5 ? 1 : 0);
const df = (text: TextIndex, term: number): number => text.offsets[term + 1]! - text.offsets[term]!;

class WordPlan {
  readonly #byKey = new Map<string, Candidate>();

  add(text: TextIndex, term: number, weight: number): void {
    const key = `${text.lang}:${term}`;
    const known = this.#byKey.get(key);
    if (!known) this.#byKey.set(key, { text, term, weight });
    else if (weight > known.weight) known.weight = weight;
  }

  /** Adds the terms the index has; with `maxDf`, only those in at most that many documents. */
  addTerms(text: TextIndex, terms: readonly string[], weight: number, maxDf = Infinity): void {
    for (const term of terms) {
      const id = text.termIds.get(term);
      if (id !== undefined && df(text, id) <= maxDf) this.add(text, id, weight);
    }
  }

  addWords(text: TextIndex, matches: SurfaceMatch[], weight: (m: SurfaceMatch) => number): void {
    for (const match of matches)
      for (const term of termsOfWord(text.surfaces, match.index))
        this.add(text, term, weight(match));
  }

  get found(): boolean {
    return [...this.#byKey.values()].some((c) => df(c.text, c.term) > 0);
  }

  get candidates(): Candidate[] {
    return [...this.#byKey.values()];
  }
}

/**
 * Expands each query word into the index terms that match it: its keys and compound parts in
 * every language (the requested one first), completions when it is the word being typed, and
 * near spellings when nothing matches it exactly. A stopword still being typed is dropped when
 * it completes to nothing; any other word stays, even unmatched, so that it counts against
 * coverage and a query of unknown words finds nothing rather than everything.
 */
export function planQuery(
  snapshot: IndexSnapshot,
  analyzer: Analyzer,
  q: string,
  lang: Lang,
): PlannedWord[] {
  const langs = [lang, ...LANGS.filter((l) => l !== lang)];
  const tokens = new Map<Lang, Map<string, QueryToken>>();
  for (const l of langs)
    tokens.set(l, new Map(analyzer.analyzeQuery(q, l).map((t) => [t.surface, t])));
  const words = [...tokens.get(lang)!.values()].slice(0, MAX_WORDS);
  const planned: PlannedWord[] = [];
  for (const word of words) {
    const plan = new WordPlan();
    for (const l of langs) {
      const token = tokens.get(l)!.get(word.surface);
      if (!token) continue;
      const factor = l === lang ? 1 : MATCH_WEIGHTS.otherLanguage;
      const text = snapshot.texts[l];
      plan.addTerms(text, token.terms, factor);
      plan.addTerms(
        text,
        token.parts,
        factor * MATCH_WEIGHTS.part,
        Math.max(MIN_PART_CUTOFF, text.docCount * MAX_PART_SHARE),
      );
    }
    const completing = word.isLast && word.surface.length >= MIN_PREFIX;
    if (completing) {
      const known = plan.found;
      for (const l of langs) {
        const text = snapshot.texts[l];
        const own = l === lang;
        const weight = MATCH_WEIGHTS.prefix * (own ? 1 : MATCH_WEIGHTS.otherLanguage);
        const limit = own
          ? known
            ? COMPLETIONS.ownKnown
            : COMPLETIONS.own
          : known
            ? COMPLETIONS.otherKnown
            : COMPLETIONS.other;
        plan.addWords(text, completions(text.surfaces, word.surface, limit), () => weight);
      }
    }
    const typos = allowedTypos(word.surface.length);
    // Corrections in the requested language only: a near spelling in another language is more
    // often a different word than a typo.
    if (!plan.found && typos > 0) {
      const text = snapshot.texts[lang];
      const matches = similarWords(text.surfaces, word.surface, typos, TYPO_MATCHES);
      plan.addWords(text, matches, (m) => MATCH_WEIGHTS.typo[m.distance]!);
    }
    if (word.terms.length > 0 || plan.candidates.length > 0)
      planned.push({ surface: word.surface, candidates: plan.candidates });
  }
  return planned;
}
