/**
 * The API's widenings (offered when a search finds nothing) as links to results pages: one link
 * per widening, or one per value when it names several municipalities or themes.
 */
import { plural, translate, type UiLanguage } from '../i18n/index.ts';
import type { Widening } from './api-types.ts';
import { groupLabel, valueLabel } from './filter-labels.ts';
import type { MunicipalityNames } from './municipalities.ts';
import { href } from './paths.ts';
import { groupOfParam, parseSearchState, toPageParams, type SearchState } from './search-state.ts';

export interface WideningLink {
  label: string;
  url: string;
  count: string;
}

const valueParam: Partial<Record<Widening['kind'], 'municipality' | 'theme'>> = {
  'neighbouring-municipalities': 'municipality',
  'related-themes': 'theme',
  'themes-for-words': 'theme',
};

const page = (lang: UiLanguage, params: Record<string, string>) =>
  href(lang, 'search', toPageParams(parseSearchState(new URLSearchParams(params))));

/** Links for the widenings, grouped under a heading per kind. */
export function wideningLinks(
  widenings: Widening[],
  lang: UiLanguage,
  municipality: MunicipalityNames,
): { heading: string; links: WideningLink[] }[] {
  return widenings.map((w) => {
    const param = valueParam[w.kind];
    const group = w.dropped ? groupOfParam(w.dropped) : undefined;
    const heading =
      w.kind === 'without-filter'
        ? translate(lang, 'results.widenWithout', {
            filter: group ? groupLabel(group, lang) : (w.dropped ?? ''),
          })
        : translate(lang, `widen.${w.kind}`);
    const links =
      param && w.values?.length
        ? w.values.map((v) => ({
            label:
              v.label ??
              valueLabel(
                param === 'theme' ? 'themes' : 'municipalities',
                v.value,
                lang,
                municipality,
              ),
            url: page(lang, { ...w.params, [param]: v.value }),
            count: plural(lang, 'results.count', v.count),
          }))
        : [
            {
              label: heading,
              url: page(lang, w.params),
              count: plural(lang, 'results.count', w.total),
            },
          ];
    return { heading, links };
  });
}

export type { SearchState };
