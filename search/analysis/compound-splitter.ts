/** What the compound splitter needs to know about one language. */
export interface CompoundLexicon {
  /** Forms a word takes as a non-final part → its base form (mielen → mieli). */
  readonly initial: ReadonlyMap<string, string>;
  /** Stems of the words that may end a compound (the last part is inflected, so it is stemmed). */
  readonly finalStems: ReadonlySet<string>;
  /** The stemmer behind `finalStems`: match keys of a word, most likely first. */
  stems(word: string): string[];
  /** Shortest part, in characters. */
  readonly minPart: number;
  /** Linking letters that may follow a non-final part (Swedish fogemorpheme -s-). */
  readonly linkers: readonly string[];
}

/** A compound split into parts; the last part is the word's inflected remainder. */
export interface CompoundSplit {
  /** Parts as written, linkers included: ["mielen", "terveys", "kuntoutujalle"]. */
  surfaces: string[];
  /** Base forms of the non-final parts, then the last part as written. */
  bases: string[];
}

export interface LexiconOptions {
  stems(word: string): string[];
  minPart: number;
  linkers: readonly string[];
  /** Regular first-part forms of a base (omainen → omais, skola → skol). */
  moreForms(base: string): string[];
}

/**
 * Builds a lexicon from whitespace-separated entries "base" or "base:form,form", the forms being
 * first-part forms that `moreForms` cannot derive (lapsi:lasten).
 */
export function buildLexicon(entries: string, options: LexiconOptions): CompoundLexicon {
  const initial = new Map<string, string>();
  const finalStems = new Set<string>();
  for (const entry of entries.split(/\s+/).filter(Boolean)) {
    const [base, forms = ''] = entry.split(':') as [string, string?];
    for (const stem of options.stems(base)) finalStems.add(stem);
    for (const form of [base, ...forms.split(',').filter(Boolean), ...options.moreForms(base)]) {
      if (!initial.has(form)) initial.set(form, base);
    }
  }
  const { stems, minPart, linkers } = options;
  return { initial, finalStems, stems, minPart, linkers };
}

type Parts = Array<{ surface: string; base: string }>;

/**
 * Splits a word into lexicon words, preferring the most parts (the analyser also indexes every
 * run of adjacent parts, so a fine split loses nothing) and then the longest first part.
 * Returns null when the word is not a compound of lexicon words.
 */
export function splitCompound(word: string, lexicon: CompoundLexicon): CompoundSplit | null {
  const memo = new Map<number, Parts | null>();
  const isFinal = (rest: string): boolean =>
    rest.length >= lexicon.minPart &&
    lexicon.stems(rest).some((stem) => lexicon.finalStems.has(stem));

  const from = (start: number): Parts | null => {
    if (memo.has(start)) return memo.get(start)!;
    const rest = word.slice(start);
    let best: Parts | null = isFinal(rest) ? [{ surface: rest, base: rest }] : null;
    for (let end = word.length - lexicon.minPart; end >= start + lexicon.minPart; end--) {
      const base = lexicon.initial.get(word.slice(start, end));
      if (base === undefined) continue;
      for (const linker of ['', ...lexicon.linkers]) {
        if (linker && !word.startsWith(linker, end)) continue;
        const tail = from(end + linker.length);
        if (tail && (!best || tail.length + 1 > best.length)) {
          best = [{ surface: word.slice(start, end + linker.length), base }, ...tail];
        }
      }
    }
    memo.set(start, best);
    return best;
  };

  const parts = from(0);
  if (!parts || parts.length < 2) return null;
  return { surfaces: parts.map((p) => p.surface), bases: parts.map((p) => p.base) };
}
