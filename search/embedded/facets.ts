import type { FacetName } from '../contract.ts';
import type { IndexSnapshot } from './snapshot.ts';

/**
 * Counts facet values over the matching documents: one increment per document and facet into its
 * value combination, then combinations are spread over their values. When most documents match,
 * the others are counted instead and subtracted from the totals.
 */
export function countFacets(
  snapshot: IndexSnapshot,
  facets: readonly FacetName[],
  matches: Uint32Array,
): Partial<Record<FacetName, Record<string, number>>> {
  const names = [...new Set(facets)];
  const indexes = names.map((f) => snapshot.facets[f]);
  const complement = matches.length > snapshot.size / 2;
  const counts = indexes.map((index) =>
    complement
      ? Int32Array.from(index.combinationTotals)
      : new Int32Array(index.combinationTotals.length),
  );
  // Facet by facet over the documents: each inner loop reads one combination array and writes
  // one small count array, which keeps it tight and cache-friendly.
  const tally = (docs: Uint32Array, length: number, step: number) => {
    indexes.forEach((index, f) => {
      const combination = index.docCombination;
      const into = counts[f]!;
      for (let i = 0; i < length; i++) into[combination[docs[i]!]!] += step;
    });
  };
  if (complement) {
    const matched = new Uint8Array(snapshot.size);
    for (let i = 0; i < matches.length; i++) matched[matches[i]!] = 1;
    const others = new Uint32Array(snapshot.size - matches.length);
    let n = 0;
    for (let d = 0; d < snapshot.size; d++) if (matched[d] === 0) others[n++] = d;
    tally(others, n, -1);
  } else {
    tally(matches, matches.length, 1);
  }
  const out: Partial<Record<FacetName, Record<string, number>>> = {};
  names.forEach((facet, f) => {
    const index = indexes[f]!;
    const perValue = new Float64Array(index.values.length);
    counts[f]!.forEach((n, c) => {
      if (n === 0) return;
      for (let p = index.combinationOffsets[c]!; p < index.combinationOffsets[c + 1]!; p++)
        perValue[index.combinationValues[p]!] += n;
    });
    const result: Record<string, number> = {};
    perValue.forEach((n, v) => {
      if (n > 0) result[index.values[v]!] = n;
    });
    out[facet] = result;
  });
  return out;
}
