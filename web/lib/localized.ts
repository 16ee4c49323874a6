/** Localized PTV text for a page: the best language available and whether it is a fallback. */
import type { UiLanguage } from '../../schema/constants.ts';
import { pickLocalized, type Localized } from '../../schema/localized.ts';
import { languageName, translate } from '../i18n/index.ts';

export interface Shown {
  value: string;
  /** The language the text is actually in: put it in a `lang` attribute when `fallback`. */
  lang: string;
  fallback: boolean;
}

/** True for text the API already picked (search hits): `{ value, lang, fallback }`. */
export function isShown(text: Localized | Shown): text is Shown {
  return typeof text.value === 'string' && typeof (text as Shown).fallback === 'boolean';
}

/** The text in `lang`, else fi, sv, en, else anything; null when there is no text at all. */
export function show(text: Localized | Shown | null | undefined, lang: UiLanguage): Shown | null {
  if (text && isShown(text)) return text;
  return pickLocalized(text as Localized | null | undefined, lang);
}

/** The text or an empty string, for attributes and plain-text output. */
export function plain(text: Localized | Shown | null | undefined, lang: UiLanguage): string {
  return show(text, lang)?.value ?? '';
}

/** "in Finnish" / "suomeksi" / "på finska" for a fallback language. */
export function inLanguage(ui: UiLanguage, textLang: string): string {
  if (textLang === 'fi' || textLang === 'sv' || textLang === 'en')
    return translate(ui, `fallback.${textLang}`);
  return translate(ui, 'fallback.other', { language: languageName(ui, textLang) });
}
