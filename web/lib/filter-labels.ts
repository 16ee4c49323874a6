/** Human labels for filter groups and their values, in the UI language. */
import {
  labelOf,
  languageName,
  translate,
  type MessageKey,
  type UiLanguage,
} from '../i18n/index.ts';
import type { MunicipalityNames } from './municipalities.ts';
import type { FilterGroup } from './search-state.ts';
import { themeLabel } from './themes.ts';

const groupKeys: Record<FilterGroup, MessageKey> = {
  municipalities: 'facet.municipalities',
  themes: 'facet.themes',
  kinds: 'facet.organizationKinds',
  free: 'facet.free',
  languages: 'facet.languages',
  modes: 'facet.channelModes',
  accessible: 'facet.accessible',
  openNow: 'facet.openNow',
};

/** "Kunta", "Aihe", … */
export function groupLabel(group: FilterGroup, lang: UiLanguage): string {
  return translate(lang, groupKeys[group]);
}

/** "Turku", "Yksinäisyys", "Järjestö tai yhdistys", "ruotsi", "Maksuton", … */
export function valueLabel(
  group: FilterGroup,
  value: string,
  lang: UiLanguage,
  municipality: MunicipalityNames,
): string {
  switch (group) {
    case 'municipalities':
      return municipality(value);
    case 'themes':
      return themeLabel(value, lang);
    case 'kinds':
      return labelOf(lang, 'kind', value);
    case 'languages':
      return languageName(lang, value);
    case 'modes':
      return labelOf(lang, 'mode', value);
    case 'free':
      return translate(lang, 'free.true');
    case 'accessible':
      return translate(lang, 'accessible.true');
    case 'openNow':
      return translate(lang, 'openNow.true');
  }
}
