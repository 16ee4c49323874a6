/**
 * The need themes (search/needs/themes.json) as the pages use them: id, labels and the one-line
 * description in each language, and the related themes to widen to.
 */
import raw from '../../search/needs/themes.json' with { type: 'json' };
import type { UiLanguage } from '../../schema/constants.ts';

export interface ThemeView {
  id: string;
  label: string;
  description: string;
  related: string[];
}

interface RawTheme {
  id: string;
  labels: Record<UiLanguage, string>;
  description: Record<UiLanguage, string>;
  related: string[];
}

const themes = (raw as { themes: RawTheme[] }).themes;
const byId = new Map(themes.map((t) => [t.id, t]));

/** Every theme in the vocabulary's order, labelled in `lang`. */
export function listThemes(lang: UiLanguage): ThemeView[] {
  return themes.map((t) => view(t, lang));
}

/** One theme, or undefined for an id the vocabulary does not have. */
export function findTheme(id: string, lang: UiLanguage): ThemeView | undefined {
  const t = byId.get(id);
  return t && view(t, lang);
}

/** The label of a theme id, or the id itself when unknown. */
export function themeLabel(id: string, lang: UiLanguage): string {
  return byId.get(id)?.labels[lang] ?? id;
}

export const isThemeId = (id: string): boolean => byId.has(id);

function view(t: RawTheme, lang: UiLanguage): ThemeView {
  return { id: t.id, label: t.labels[lang], description: t.description[lang], related: t.related };
}
