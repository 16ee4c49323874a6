import { normalize, type Lang } from './analysis/index.ts';
import type { Suggestion } from './contract.ts';

/** What a need theme shows in suggestions (search/needs `NeedTheme` has this shape). */
export interface ThemeLabels {
  id: string;
  labels: Record<Lang, string>;
  words: Record<Lang, readonly string[]>;
}

const MAX_THEMES = 3;

/** Need themes whose label or one of its lay words starts with the typed text, best first. */
export function themeSuggestions(
  themes: readonly ThemeLabels[],
  q: string,
  lang: Lang,
): Suggestion[] {
  const typed = normalize(q.trim());
  if (!typed) return [];
  const startsWord = (text: string) => {
    const n = normalize(text);
    return n.startsWith(typed) || n.includes(` ${typed}`);
  };
  return themes
    .filter((t) => startsWord(t.labels[lang]) || t.words[lang].some(startsWord))
    .slice(0, MAX_THEMES)
    .map((t) => ({ text: t.labels[lang], themeId: t.id }));
}
