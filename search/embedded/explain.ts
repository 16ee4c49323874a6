import { maskFields } from './fields.ts';
import type { PlannedWord } from './plan.ts';

function postingOf(docs: Uint32Array, from: number, to: number, d: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && docs[lo] === d ? lo : -1;
}

/**
 * Why a document matched: the index terms it has among the query's candidates (keys, parts,
 * completions, corrections) and the fields they are in, as `field.lang`. Only run for the hits
 * of the page, by binary search in each candidate's postings.
 */
export function explainMatch(
  words: readonly PlannedWord[],
  d: number,
): { terms: string[]; fields: string[] } {
  const terms = new Set<string>();
  const fields = new Set<string>();
  for (const word of words) {
    for (const { text, term } of word.candidates) {
      const p = postingOf(text.docs, text.offsets[term]!, text.offsets[term + 1]!, d);
      if (p < 0) continue;
      terms.add(text.terms[term]!);
      for (const field of maskFields(text.masks[p]!, text.lang)) fields.add(field);
    }
  }
  return { terms: [...terms], fields: [...fields] };
}
