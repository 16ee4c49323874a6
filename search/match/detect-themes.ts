import { LANGS, type Analyzer, type Lang, type QueryToken } from '../analysis/index.ts';

/** What detection needs of a need theme (search/needs `NeedTheme` has this shape). */
export interface ThemeVocabulary {
  id: string;
  labels: Record<Lang, string>;
  words: Record<Lang, readonly string[]>;
}

/** A theme the words of a need point to. */
export interface DetectedTheme {
  id: string;
  score: number;
  /** The vocabulary words and phrases found in the text, as the vocabulary writes them. */
  words: string[];
}

interface PhraseWord {
  /** Keys of the word (its readings). */
  keys: string[];
  /**
   * 1 for a word only one theme uses, less for words many share ("äiti" is in five themes'
   * phrases, "yksinäinen" in one): 1 / sqrt(themes using it).
   */
  specificity: number;
}

interface Phrase {
  theme: string;
  text: string;
  words: PhraseWord[];
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
};

/**
 * A theme needs this score, and a quarter of the best theme's, to be detected: a need often has
 * several themes ("velkaa ja yksinäinen"), but a stray word should not add one.
 */
const MIN_SCORE = 0.75;
const MAX_THEMES = 3;

export interface ThemeDetector {
  /** Themes whose lay words occur in `text`, best first (at most three). */
  detect(text: string, lang: Lang): DetectedTheme[];
}

const content = (tokens: QueryToken[]) => tokens.filter((t) => t.terms.length > 0);

/**
 * Reads free text ("rahat loppuu kesken kuun", "äiti on yksinäinen") into need themes by the
 * vocabulary's lay words, analysed by the same analyser as the text, so inflected and compound
 * forms meet their base forms. The vocabulary is analysed once, here.
 */
export function createThemeDetector(
  analyzer: Analyzer,
  themes: readonly ThemeVocabulary[],
): ThemeDetector {
  const phrases = new Map<Lang, Phrase[]>(LANGS.map((l) => [l, []]));
  for (const lang of LANGS) {
    const themesOfKey = new Map<string, Set<string>>();
    const analysed: { theme: string; text: string; keys: string[][] }[] = [];
    for (const theme of themes) {
      for (const text of new Set([theme.labels[lang], ...theme.words[lang]])) {
        const keys = content(analyzer.analyzeQuery(`${text} `, lang)).map((t) => t.terms);
        if (keys.length === 0) continue;
        analysed.push({ theme: theme.id, text, keys });
        for (const key of keys.flat()) {
          if (!themesOfKey.has(key)) themesOfKey.set(key, new Set());
          themesOfKey.get(key)!.add(theme.id);
        }
      }
    }
    for (const { theme, text, keys } of analysed) {
      const words = keys.map((k) => ({
        keys: k,
        specificity: 1 / Math.sqrt(Math.min(...k.map((key) => themesOfKey.get(key)!.size))),
      }));
      phrases.get(lang)!.push({ theme, text, words });
    }
  }

  return {
    detect(text, lang) {
      // Per theme: the best contribution of each text word (by surface), and phrase bonuses.
      const perWord = new Map<string, Map<string, number>>();
      const bonus = new Map<string, number>();
      const found = new Map<string, Set<string>>();
      const credit = (theme: string, surface: string, weight: number) => {
        if (!perWord.has(theme)) perWord.set(theme, new Map());
        const words = perWord.get(theme)!;
        words.set(surface, Math.max(words.get(surface) ?? 0, weight));
      };
      for (const l of [lang, ...LANGS.filter((x) => x !== lang)]) {
        const factor = l === lang ? 1 : WEIGHT.otherLanguage;
        const tokens = content(analyzer.analyzeQuery(`${text} `, l));
        for (const phrase of phrases.get(l)!) {
          const matches = phrase.words.map((word) => bestMatch(word, tokens));
          const matched = matches.filter((m) => m !== null);
          if (matched.length === 0) continue;
          // A phrase of several words is complete only with each word whole: "tarvitsen apua nyt"
          // is not said by "tarvitsen ruoka-apua".
          const complete =
            matched.length === phrase.words.length &&
            (phrase.words.length === 1 || matched.every((m) => m.whole));
          for (const m of matched) {
            credit(phrase.theme, m.surface, factor * (complete ? m.weight : WEIGHT.partialPhrase));
          }
          if (!complete) continue;
          if (!found.has(phrase.theme)) found.set(phrase.theme, new Set());
          found.get(phrase.theme)!.add(phrase.text.toLowerCase());
          if (phrase.words.length > 1) {
            bonus.set(
              phrase.theme,
              Math.max(bonus.get(phrase.theme) ?? 0, factor * WEIGHT.phraseBonus),
            );
          }
        }
      }
      const scored = [...perWord].map(([id, words]) => ({
        id,
        score: [...words.values()].reduce((a, b) => a + b, 0) + (bonus.get(id) ?? 0),
        words: [...(found.get(id) ?? [])],
      }));
      scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      const top = scored[0]?.score ?? 0;
      return scored
        .filter((t) => t.score >= MIN_SCORE && t.score >= top / 4 && t.words.length > 0)
        .slice(0, MAX_THEMES)
        .map((t) => ({ ...t, score: Math.round(t.score * 100) / 100 }));
    },
  };
}

function bestMatch(
  word: PhraseWord,
  tokens: QueryToken[],
): { surface: string; weight: number; whole: boolean } | null {
  let best: { surface: string; weight: number; whole: boolean } | null = null;
  for (const token of tokens) {
    const whole = word.keys.some((k) => token.terms.includes(k));
    const weight = whole
      ? WEIGHT.word
      : word.keys.some((k) => token.parts.includes(k))
        ? WEIGHT.part
        : 0;
    if (weight * word.specificity > (best?.weight ?? 0)) {
      best = { surface: token.surface, weight: weight * word.specificity, whole };
    }
  }
  return best;
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
