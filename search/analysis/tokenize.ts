/** One word of a normalised text, as found by {@link tokenize}. */
export interface RawToken {
  /** The word with hyphens removed: "ruoka-apu" → "ruokaapu". */
  word: string;
  /** Hyphen-separated pieces; a single element for an ordinary word. */
  pieces: string[];
  /** Contains a digit (postal code, year, "covid-19"): indexed as written, never stemmed. */
  numeric: boolean;
  /**
   * Ends in a hyphen followed by space, as in "sosiaali- ja terveyspalvelut": the first half of a
   * compound whose head is shared with a later word.
   */
  suspended: boolean;
}

// A word is letters/digits, optionally joined by hyphens. A colon or apostrophe followed by letters
// is a case ending on an abbreviation or loan word (EU:n, Kela:lle, show'ssa, children's) and is
// dropped. A hyphen followed by whitespace marks a suspended compound.
const WORD =
  /(?<word>[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)*)(?:[:'\u2019]\p{L}+)?(?<suspended>[-\u2010\u2011](?=\s))?/gu;
const HYPHEN = /[-\u2010\u2011]/;
const DIGIT = /\p{N}/u;

/** Splits an already {@link normalize}d text into words. */
export function tokenize(normalized: string): RawToken[] {
  const tokens: RawToken[] = [];
  for (const match of normalized.matchAll(WORD)) {
    const raw = match.groups!.word!;
    const pieces = HYPHEN.test(raw) ? raw.split(HYPHEN) : [raw];
    tokens.push({
      word: pieces.length === 1 ? raw : pieces.join(''),
      pieces,
      numeric: DIGIT.test(raw),
      suspended: match.groups!.suspended !== undefined,
    });
  }
  return tokens;
}
