import { z } from 'zod';

/**
 * Text in every language PTV sent, keyed by language code: `{ fi, sv, en }` and also `se`, `smn`,
 * `sms` when present. Never three loose columns.
 */
export type Localized = Record<string, string>;

export const localizedSchema = z
  .record(z.string(), z.string())
  .describe('Text keyed by language code');

/** Languages to try, best first: the requested one, then fi, sv, en, then anything present. */
export function languageFallbacks(lang: string): string[] {
  return [lang, ...['fi', 'sv', 'en'].filter((l) => l !== lang)];
}

/**
 * Picks the text for `lang`, falling back in a fixed order. `fallback` is true when the text is in
 * another language, so the UI can mark it (lang attribute, "in Finnish" note).
 */
export function pickLocalized(
  text: Localized | null | undefined,
  lang: string,
): { value: string; lang: string; fallback: boolean } | null {
  if (!text) return null;
  for (const candidate of languageFallbacks(lang)) {
    const value = text[candidate];
    if (value) return { value, lang: candidate, fallback: candidate !== lang };
  }
  for (const [candidate, value] of Object.entries(text)) {
    if (value) return { value, lang: candidate, fallback: true };
  }
  return null;
}
