import type { Analyzer, Lang } from '../analysis/index.ts';
import { themeSuggestions, type ThemeLabels } from '../theme-suggestions.ts';
import type { Suggestion } from '../contract.ts';
import { accumulate } from './accumulate.ts';
import { explainMatch } from './explain.ts';
import { planQuery } from './plan.ts';
import { TopK } from './rank.ts';
import type { Scratch } from './scratch.ts';
import type { IndexSnapshot } from './snapshot.ts';

/**
 * Suggestions for a search box: need themes whose label or lay words start with the typed text,
 * then services whose name matches it (the last word as a prefix), best first.
 */
export function suggestFrom(
  snapshot: IndexSnapshot,
  scratch: Scratch,
  analyzer: Analyzer,
  themes: readonly ThemeLabels[],
  q: string,
  lang: Lang,
  limit: number,
): Suggestion[] {
  const out = themeSuggestions(themes, q, lang).slice(0, limit);
  const words = planQuery(snapshot, analyzer, q, lang);
  if (words.length === 0 || out.length >= limit) return out;
  const touched = accumulate(scratch, words, null);
  const top = new TopK(5 * limit, snapshot.idRank);
  for (let i = 0; i < touched; i++)
    top.offer(scratch.touched[i]!, scratch.score[scratch.touched[i]!]!);
  const seen = new Set<string>();
  for (const d of top.sorted()) {
    if (out.length >= limit) break;
    const name = snapshot.names[lang][d]!;
    if (seen.has(name) || !explainMatch(words, d).fields.some((f) => f.startsWith('name.')))
      continue;
    seen.add(name);
    out.push({ text: name, serviceId: snapshot.ids[d]! });
  }
  return out;
}
