import type { Lang } from '../analysis/index.ts';
import type { LanguagePhrases, Phrase } from './phrases.ts';

/**
 * Two lay words are of one family when their keys share this many first letters (Finnish base
 * forms are longer than Swedish and English stems: "deprimer", "depression")…
 */
const PREFIX: Record<Lang, number> = { fi: 5, sv: 4, en: 4 };
/** …and differ in length by at most this much. */
const LENGTH = 6;

const related = (a: string, b: string, prefix: number) =>
  a !== b &&
  a.length >= prefix &&
  b.startsWith(a.slice(0, prefix)) &&
  Math.abs(a.length - b.length) <= LENGTH;

/**
 * Word families of the vocabulary: the analyser meets inflections ("ahdistaa", "ahdistaisi"), not
 * derivations ("ahdistus", "ahdistunut"), and a service text may use another member of a family
 * than the client. Members are a theme's single-word lay words whose every key shares a prefix
 * with a key found; compounds are left out ("velkalinja" is not of the family of "velka").
 */
export function wordFamilies(phrases: ReadonlyMap<Lang, LanguagePhrases>) {
  const singles = new Map(
    [...phrases].map(([lang, { all }]) => {
      const byTheme = new Map<string, Phrase[]>();
      for (const p of all) {
        if (p.kind !== 'word' || p.words.length !== 1 || p.words[0]!.parts.length > 0) continue;
        byTheme.set(p.theme, [...(byTheme.get(p.theme) ?? []), p]);
      }
      return [lang, byTheme];
    }),
  );
  /**
   * Lay words of `theme` of the families of `keys`, other than those words themselves and the
   * parts of compounds found (`parts`: "ruoka" is not of the family of "ruoka-apu").
   */
  return (
    lang: Lang,
    theme: string,
    keys: ReadonlySet<string>,
    parts: ReadonlySet<string>,
  ): string[] => {
    const members = (singles.get(lang)!.get(theme) ?? []).filter(({ words: [word] }) => {
      if (word!.keys.some((k) => keys.has(k) || parts.has(k))) return false;
      return word!.keys.every((k) => [...keys].some((key) => related(key, k, PREFIX[lang])));
    });
    // One text per analysed form: the vocabulary lists inflections too ("ruoka", "ruokaa").
    const byForm = new Map<string, string>();
    for (const p of members) {
      const form = p.words[0]!.keys.join('|');
      if (!byForm.has(form)) byForm.set(form, p.text);
    }
    return [...byForm.values()];
  };
}
