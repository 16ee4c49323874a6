/** Ranking metrics over graded judgments (0-3). */

const gain = (grade: number) => 2 ** grade - 1;
const discount = (rank: number) => 1 / Math.log2(rank + 2);

/**
 * nDCG@k: the discounted gain of the first `k` grades as ranked, over that of the best possible
 * ranking of every relevant grade. 1 when nothing is relevant and nothing is wanted.
 */
export function ndcgAt(k: number, ranked: readonly number[], relevant: readonly number[]): number {
  const dcg = ranked.slice(0, k).reduce((sum, g, i) => sum + gain(g) * discount(i), 0);
  const ideal = [...relevant]
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + gain(g) * discount(i), 0);
  return ideal === 0 ? 1 : dcg / ideal;
}

/**
 * recall@k: relevant results in the first `k` over the relevant results there could be in `k`
 * (the count of relevant ones, at most `k`), so a query with 14 relevant services can reach 1.
 */
export function recallAt(k: number, ranked: readonly number[], relevantCount: number): number {
  if (relevantCount === 0) return 1;
  return ranked.slice(0, k).filter((g) => g > 0).length / Math.min(k, relevantCount);
}

export const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
