/**
 * UI strings by key. `fi.ts` defines the keys; `sv.ts` and `en.ts` are typed against it so a
 * missing key fails the typecheck (and test/web/i18n.test.ts checks placeholders too).
 */
import { uiLanguages, type UiLanguage } from '../../schema/constants.ts';
import { en } from './en.ts';
import { fi, type MessageKey } from './fi.ts';
import { sv } from './sv.ts';

export type { MessageKey };
export { uiLanguages, type UiLanguage };

export const messages: Record<UiLanguage, Record<MessageKey, string>> = { fi, sv, en };

/** Narrows any string to a UI language. */
export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/** The string for `key` in `lang` with `{name}` placeholders filled in. */
export function translate(
  lang: UiLanguage,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translator bound to one language: `t('search.submit')`. */
export function translator(lang: UiLanguage) {
  return (key: MessageKey, params?: Record<string, string | number>) =>
    translate(lang, key, params);
}
export type Translate = ReturnType<typeof translator>;

/** The `.one` or `.other` form of a counted message, by the language's plural rules. */
export function plural(
  lang: UiLanguage,
  base: string,
  count: number,
  params: Record<string, string | number> = {},
): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return translate(lang, `${base}.${form}` as MessageKey, {
    count: formatNumber(lang, count),
    ...params,
  });
}

/** A number with the language's digit grouping. */
export function formatNumber(lang: UiLanguage, n: number): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`).format(n);
}

/** A date (ISO string or Date) as people read it in Finland: 23.11.2026 or 23 Nov 2026. */
export function formatDate(lang: UiLanguage, value: string | Date): string {
  const date =
    typeof value === 'string'
      ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value)
      : value;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, {
    day: 'numeric',
    month: lang === 'en' ? 'short' : 'numeric',
    year: 'numeric',
    timeZone: 'Europe/Helsinki',
  }).format(date);
}

/** The name of a language (ISO 639-1 code) in the UI language: "ruotsi", "svenska", "Swedish". */
export function languageName(lang: UiLanguage, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Whether `key` is a message key, for labels built from data (`channel.${type}`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages.fi, key);
}

/** The label for a data value when the UI knows it (`kind.parish`), else the value itself. */
export function labelOf(lang: UiLanguage, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? translate(lang, key) : value;
}
