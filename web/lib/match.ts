/**
 * Services for a visit from POST /api/match, grouped by need theme (chosen, or read from the
 * advisor's words), and the API's reasons for each hit in words the advisor reads.
 */
import type { UiLanguage } from '../../schema/constants.ts';
import { labelOf, languageName, translate } from '../i18n/index.ts';
import type { ApiClient, ApiResult } from './api.ts';
import type { MatchHit, MatchNextStep, MatchReason, MatchResponse } from './api-types.ts';
import type { MunicipalityNames } from './municipalities.ts';
import { themeLabel } from './themes.ts';
import type { Visit } from './visit.ts';

export interface MatchGroup {
  /** null: services the advisor's words found outside every theme ("words alone"). */
  theme: MatchResponse['themes'][number] | null;
  hits: MatchHit[];
}

/** A visit's matches: by theme, and the kinds of service the client usually needs next. */
export interface VisitMatches {
  groups: MatchGroup[];
  next: MatchNextStep[];
}

const PER_THEME = 5;

/** Matches the visit; the client's language is the language of service asked for. */
export async function matchVisit(
  api: ApiClient,
  visit: Visit,
  lang: UiLanguage,
  csrf?: string,
): Promise<ApiResult<VisitMatches>> {
  const r = await api.match(
    {
      ...(visit.needs.length ? { themes: visit.needs } : {}),
      ...(visit.text ? { needs: visit.text } : {}),
      ...(visit.municipality ? { municipality: visit.municipality } : {}),
      ...(visit.ageGroup ? { ageGroup: visit.ageGroup } : {}),
      ...(visit.channel ? { channel: visit.channel } : {}),
      ...(visit.limitedMobility ? { mobility: 'limited' as const } : {}),
      language: visit.clientLang,
      lang,
      perTheme: PER_THEME,
    },
    csrf,
  );
  if (!r.ok) return r;
  return { ok: true, status: r.status, data: { groups: groupMatches(r.data), next: r.data.next } };
}

/**
 * The hits by theme, in the API's order, then those found by the words alone (theme null) as a
 * group of their own when there are any: they are often all there is when no theme was read.
 */
export function groupMatches(data: Pick<MatchResponse, 'themes' | 'hits'>): MatchGroup[] {
  const groups: MatchGroup[] = data.themes.map((theme) => ({
    theme,
    hits: data.hits.filter((h) => h.theme === theme.id),
  }));
  const wordsAlone = data.hits.filter((h) => h.theme === null);
  return wordsAlone.length > 0 ? [...groups, { theme: null, hits: wordsAlone }] : groups;
}

/** One reason as a short phrase: "aihe: Velat", "saatavilla kunnassa Turku", … */
export function reasonText(
  reason: MatchReason,
  lang: UiLanguage,
  municipality: MunicipalityNames,
): string | null {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
    translate(lang, key, params);
  switch (reason.kind) {
    case 'theme':
      return reason.theme
        ? t('advisor.why.theme', { theme: themeLabel(reason.theme, lang) })
        : null;
    case 'words': {
      const words = reason.terms?.length ? reason.terms : (reason.words ?? []);
      return words.length ? t('advisor.why.terms', { terms: words.join(', ') }) : null;
    }
    case 'service-type':
      return reason.label ? t('advisor.why.serviceType', { type: reason.label }) : null;
    case 'area':
      return reason.scope === 'nationwide' || !reason.municipality
        ? t('advisor.why.nationwide')
        : t('advisor.why.municipality', {
            municipality: municipality(reason.municipality),
          });
    case 'language':
      return reason.language
        ? t('advisor.why.language', { language: languageName(lang, reason.language) })
        : null;
    case 'channel':
      return reason.channel
        ? t('advisor.why.channel', { channel: labelOf(lang, 'mode', reason.channel) })
        : null;
    case 'age-group':
      return reason.ageGroup
        ? t('advisor.why.ageGroup', { group: labelOf(lang, 'ageGroup', reason.ageGroup) })
        : null;
    case 'accessible':
      return t('advisor.why.accessible');
    case 'remote':
      return t('advisor.why.remote');
    case 'sector':
      return t('advisor.why.sector');
  }
}

/** Every reason of a hit that has words to say, in the API's order. */
export function whyMatched(
  hit: MatchHit,
  lang: UiLanguage,
  municipality: MunicipalityNames,
): string[] {
  return hit.reasons
    .map((r) => reasonText(r, lang, municipality))
    .filter((s): s is string => Boolean(s));
}
