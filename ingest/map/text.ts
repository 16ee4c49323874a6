import type { Localized } from '../../schema/localized.ts';
import type { PtvLanguageItem, PtvLocalizedListItem } from '../ptv/wire.ts';

/** `[{value, language}]` to `{ [language]: value }`; the first non-empty value per language wins. */
export function fromLanguageItems(items: readonly PtvLanguageItem[] | undefined): Localized {
  const out: Localized = {};
  for (const item of items ?? []) {
    const value = item.value?.trim();
    if (value && out[item.language] === undefined) out[item.language] = value;
  }
  return out;
}

/** The texts of one `type` (Name, Summary, Description, ...) from a PTV localized list. */
export function fromLocalizedList(items: readonly PtvLocalizedListItem[], type: string): Localized {
  const out: Localized = {};
  for (const item of items) {
    const value = item.value?.trim();
    if (item.type === type && value && out[item.language] === undefined) out[item.language] = value;
  }
  return out;
}

/**
 * Display names: per language, the name type PTV's `displayNameType` selects (AlternativeName
 * for some organisations), otherwise `Name`.
 */
export function displayNames(
  names: readonly PtvLocalizedListItem[],
  displayNameType: readonly { type: string; language: string }[],
): Localized {
  const primary = fromLocalizedList(names, 'Name');
  const alternative = fromLocalizedList(names, 'AlternativeName');
  const out: Localized = { ...alternative, ...primary };
  for (const { type, language } of displayNameType) {
    const chosen = type === 'AlternativeName' ? alternative[language] : primary[language];
    if (chosen) out[language] = chosen;
  }
  return out;
}

/** Keywords grouped by language, deduplicated, order kept. */
export function keywordsByLanguage(items: readonly PtvLanguageItem[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const item of items) {
    const value = item.value?.trim();
    if (!value) continue;
    const list = (out[item.language] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  return out;
}

export function isEmpty(text: Localized): boolean {
  return Object.keys(text).length === 0;
}
