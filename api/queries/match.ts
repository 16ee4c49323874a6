import { bundledMatchDeps, matchNeeds } from '../../search/match/index.ts';
import { getNeedTheme } from '../../search/needs/index.ts';
import type { AppDeps } from '../app-env.ts';
import type { MatchInput } from '../routes/search/schemas.ts';
import { readServiceItems } from './search-items.ts';
import { recordUsage } from './search.ts';

const uiLanguage = (language: string | undefined) =>
  language === 'fi' || language === 'sv' || language === 'en' ? language : 'fi';

/**
 * Matches a client's situation to services grouped by need theme, each hit listed like a search
 * hit plus its theme and the reasons it matched. `needs` given as theme ids counts as themes.
 */
export async function matchServices(deps: AppDeps, input: MatchInput) {
  const lang = input.lang ?? uiLanguage(input.language);
  const chosen = [...(Array.isArray(input.needs) ? input.needs : []), ...(input.themes ?? [])];
  const needs = typeof input.needs === 'string' ? input.needs.trim() || undefined : undefined;
  const result = await matchNeeds(bundledMatchDeps(deps.search, deps.analyzer), {
    needs,
    themes: [...new Set(chosen)],
    municipality: input.municipality,
    lang,
    language: input.language,
    ageGroup: input.ageGroup,
    channel: input.channel,
    mobility: input.mobility,
    perTheme: input.perTheme,
  });
  const items = readServiceItems(
    deps.db,
    [...result.hits.map((h) => h.id), ...result.next.flatMap((s) => s.ids)],
    lang,
  );
  recordUsage(deps, { kind: 'match', zeroResults: result.hits.length === 0, lang, query: needs });
  return {
    themes: result.themes.map((t) => ({ ...t, label: getNeedTheme(t.id).labels[lang] })),
    hits: result.hits.flatMap((hit) => {
      const item = items.get(hit.id);
      return item ? [{ ...item, theme: hit.theme, score: hit.score, reasons: hit.reasons }] : [];
    }),
    next: result.next.map(({ ids, ...step }) => ({
      ...step,
      hits: ids.flatMap((id) => items.get(id) ?? []),
    })),
  };
}
