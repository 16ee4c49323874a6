import { LANGS, type Analyzer, type Lang, type QueryToken } from '../analysis/index.ts';
import { analysePhrases, type PhraseWord, type ThemeVocabulary } from './phrases.ts';

export type { ThemeVocabulary } from './phrases.ts';

/** A theme the words of a need point to. */
export interface DetectedTheme {
  id: string;
  score: number;
  /** The vocabulary words and phrases found in the text, as the vocabulary writes them. */
  words: string[];
  /** The text names the help itself ("tarvitsen ruoka-apua"), not only describes a situation. */
  named: boolean;
  /** Index of the first text word that points to the theme: of two needs, the one told first. */
  position: number;
  /**
   * Lay words of the theme from the same word family as those found ("ahdistaa" → "ahdistus",
   * "ahdistunut"): the analyser meets inflections, not derivations, and a service text may use
   * another member of the family than the client.
   */
  family: string[];
}

/** How much a phrase word counts, by how it was found in the text. */
const WEIGHT = {
  word: 1,
  /** The phrase word is a part of a compound in the text: "velka" in "velkaneuvontaa". */
  part: 0.5,
  /** Some, not all, words of a phrase: "äiti" of "äiti juo". */
  partialPhrase: 0.25,
  /** Every word of a phrase of two or more words, once per theme. */
  phraseBonus: 0.5,
  /** The text read as another language than the one given. */
  otherLanguage: 0.5,
  /** A word of the theme's description or of its classes' names, against a lay word. */
  weak: 0.4,
};

/** Two lay words are of one family when their keys share this many first letters… */
const FAMILY_PREFIX = 5;
/** …and differ in length by at most this much (not "velka" and "velkaneuvonta"). */
const FAMILY_LENGTH = 6;

const related = (a: string, b: string) =>
  a !== b &&
  a.length >= FAMILY_PREFIX &&
  b.startsWith(a.slice(0, FAMILY_PREFIX)) &&
  Math.abs(a.length - b.length) <= FAMILY_LENGTH;

/**
 * A theme needs this score, and a quarter of the best theme's, to be detected: a need often has
 * several themes ("velkaa ja yksinäinen"), but a stray word should not add one.
 */
const MIN_SCORE = 0.7;
const MAX_THEMES = 3;

export interface ThemeDetector {
  /**
   * Themes whose words occur in `text`: those the text names outright first, then by score (at
   * most three).
   */
  detect(text: string, lang: Lang): DetectedTheme[];
}

interface Found {
  surface: string;
  index: number;
  weight: number;
  whole: boolean;
}

function bestMatch(word: PhraseWord, tokens: QueryToken[]): Found | null {
  let best: Found | null = null;
  tokens.forEach((token, index) => {
    const whole = word.keys.some((k) => token.terms.includes(k));
    const weight = whole
      ? WEIGHT.word
      : word.keys.some((k) => token.parts.includes(k))
        ? WEIGHT.part
        : 0;
    if (weight * word.specificity > (best?.weight ?? 0)) {
      best = { surface: token.surface, index, weight: weight * word.specificity, whole };
    }
  });
  return best;
}

/** Per theme: the best credit of each text word, phrase bonus, phrases found, named, position. */
class Tally {
  readonly perWord = new Map<string, number>();
  bonus = 0;
  readonly found = new Set<string>();
  /** Keys of the whole text words matched, for word families. */
  readonly keys = new Set<string>();
  named = false;
  position = Infinity;

  credit(found: Found, weight: number): void {
    this.perWord.set(found.surface, Math.max(this.perWord.get(found.surface) ?? 0, weight));
  }

  get score(): number {
    return [...this.perWord.values()].reduce((a, b) => a + b, 0) + this.bonus;
  }
}

/**
 * Reads free text ("rahat loppuu kesken kuun", "äiti on yksinäinen") into need themes by the
 * vocabulary's lay words, its labels and, more weakly, its descriptions and classification names,
 * all analysed by the same analyser as the text, so inflected and compound forms meet their base
 * forms. The vocabulary is analysed once, here.
 */
export function createThemeDetector(
  analyzer: Analyzer,
  themes: readonly ThemeVocabulary[],
): ThemeDetector {
  const phrases = analysePhrases(analyzer, themes);

  return {
    detect(text, lang) {
      const tallies = new Map<string, Tally>();
      const tally = (theme: string) => {
        if (!tallies.has(theme)) tallies.set(theme, new Tally());
        return tallies.get(theme)!;
      };
      for (const l of [lang, ...LANGS.filter((x) => x !== lang)]) {
        const factor = l === lang ? 1 : WEIGHT.otherLanguage;
        const tokens = analyzer.analyzeQuery(`${text} `, l).filter((t) => t.terms.length > 0);
        for (const phrase of phrases.get(l)!) {
          const matches = phrase.words.map((word) => bestMatch(word, tokens));
          const matched = matches.filter((m) => m !== null);
          if (matched.length === 0) continue;
          // A phrase of several words is complete only with each word whole: "tarvitsen apua nyt"
          // is not said by "tarvitsen ruoka-apua".
          const complete =
            matched.length === phrase.words.length &&
            (phrase.words.length === 1 || matched.every((m) => m.whole));
          const kind = factor * (phrase.kind === 'weak' ? WEIGHT.weak : 1);
          const t = tally(phrase.theme);
          for (const m of matched) t.credit(m, kind * (complete ? m.weight : WEIGHT.partialPhrase));
          if (!complete) continue;
          // A weak word shared by many themes ("palvelu") supports a theme but is not shown as found.
          if (phrase.kind !== 'weak' || matched[0]!.weight >= WEIGHT.word / 2)
            t.found.add(phrase.text.toLowerCase());
          t.position = Math.min(t.position, ...matched.map((m) => m.index));
          if (l === lang)
            for (const [i, m] of matched.entries())
              if (m.whole) phrase.words[i]!.keys.forEach((k) => t.keys.add(k));
          if (phrase.names && l === lang && matched.every((m) => m.whole)) t.named = true;
          if (phrase.words.length > 1) t.bonus = Math.max(t.bonus, kind * WEIGHT.phraseBonus);
        }
      }
      const familyOf = (id: string, keys: Set<string>) => [
        ...new Set(
          phrases
            .get(lang)!
            .filter((p) => p.theme === id && p.kind === 'word' && p.words.length === 1)
            .filter((p) => p.words[0]!.keys.every((k) => [...keys].some((key) => related(key, k))))
            .filter((p) => !p.words[0]!.keys.some((k) => keys.has(k)))
            .map((p) => p.text),
        ),
      ];
      const scored = [...tallies].map(([id, t]) => ({
        id,
        score: t.score,
        words: [...t.found],
        named: t.named,
        position: t.position,
        family: familyOf(id, t.keys),
      }));
      const top = Math.max(0, ...scored.map((t) => t.score));
      return scored
        .filter((t) => t.words.length > 0 && (t.named || (t.score >= MIN_SCORE && t.score >= top / 4)))
        .sort(
          (a, b) =>
            Number(b.named) - Number(a.named) ||
            b.score - a.score ||
            a.position - b.position ||
            a.id.localeCompare(b.id),
        )
        .slice(0, MAX_THEMES)
        .map((t) => ({ ...t, score: Math.round(t.score * 100) / 100 }));
    },
  };
}

const detectors = new WeakMap<Analyzer, Map<readonly ThemeVocabulary[], ThemeDetector>>();

/**
 * The detector for an analyser and a vocabulary, built on first use and kept while the analyser
 * lives: request handlers call this instead of analysing the vocabulary per request.
 */
export function themeDetectorFor(
  analyzer: Analyzer,
  themes: readonly ThemeVocabulary[],
): ThemeDetector {
  let byThemes = detectors.get(analyzer);
  if (!byThemes) detectors.set(analyzer, (byThemes = new Map()));
  let detector = byThemes.get(themes);
  if (!detector) byThemes.set(themes, (detector = createThemeDetector(analyzer, themes)));
  return detector;
}
