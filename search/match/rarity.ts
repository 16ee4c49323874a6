import type { Lang } from '../analysis/index.ts';
import type { SearchEngine } from '../contract.ts';

/** Index terms (as hits' `matched.terms` name them) by rarity: 1 in one service, near 0 in all. */
export type Rarity = ReadonlyMap<string, number>;

/** Hits read per word: which index terms it matches, and in what share of services. */
const SAMPLE = 200;

/**
 * How rare each word of `text` is in the catalogue, by the terms it matches: log(1 + N / df) /
 * log(1 + N). A need told in free text has words most services say ("saa", "kertoo", "ilta"):
 * a service matching only those is hardly about the need, however few services match at all.
 */
export async function wordRarity(engine: SearchEngine, text: string, lang: Lang): Promise<Rarity> {
  const words = [...new Set(text.split(/[^\p{L}\p{N}-]+/u).filter(Boolean))];
  if (words.length === 0) return new Map();
  const [size, ...found] = await Promise.all([
    engine.count(),
    ...words.map((w) => engine.search({ q: `${w} `, lang, limit: SAMPLE })),
  ]);
  const rarity = new Map<string, number>();
  const scale = Math.log(1 + Math.max(1, size));
  for (const { total, hits } of found) {
    // A word matches its compound parts too ("elatusmaksuja": elatus, maksu): each term is
    // counted in the hits that have it, scaled up when the sample is not every hit.
    const df = new Map<string, number>();
    for (const h of hits) for (const t of h.matched.terms) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [term, n] of df) {
      const weight = Math.log(1 + size / ((n * total) / hits.length)) / scale;
      rarity.set(term, Math.min(rarity.get(term) ?? 1, weight));
    }
  }
  return rarity;
}
