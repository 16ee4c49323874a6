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
  const combinations = indexes.map((index) => index.docCombination);
  const count = (d: number, step: number) => {
    for (let f = 0; f < combinations.length; f++) counts[f]![combinations[f]![d]!] += step;
  };
  if (complement) {
    const matched = new Uint8Array(snapshot.size);
    for (let i = 0; i < matches.length; i++) matched[matches[i]!] = 1;
    for (let d = 0; d < snapshot.size; d++) if (matched[d] === 0) count(d, -1);
  } else {
    for (let i = 0; i < matches.length; i++) count(matches[i]!, 1);
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
