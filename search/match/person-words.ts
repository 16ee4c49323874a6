/** Person words of a language: stems and words taken whole, as regex alternatives. */
export interface PersonWords {
  /** Stems taking up to five letters of inflection ("äiti" → "äidille" is listed as "äidi"). */
  stems?: string;
  /** Words taken as written: short ones a stem would overreach with ("mor": "morgon", "mum"). */
  words?: string;
}

/**
 * A pattern finding any of `words` as a word of its own, possibly ending in an English possessive
 * ("grandma's", "husband’s"). Group 1 is the character before it, so a replacement by `$1` drops
 * only the word.
 */
export function personWordPattern({ stems, words }: PersonWords, flags: string): RegExp {
  const alternatives = [stems && String.raw`(?:${stems})\p{L}{0,5}`, words]
    .filter(Boolean)
    .join('|');
  return new RegExp(
    String.raw`(^|[^\p{L}])(?:${alternatives})(?:['’]s)?(?![\p{L}'’])`,
    flags.includes('u') ? flags : `${flags}u`,
  );
}
