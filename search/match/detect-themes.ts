import { LANGS, normalize, type Analyzer, type Lang } from '../analysis/index.ts';
import { analysePhrases, hasNegation, wordsOf, type ThemeVocabulary } from './phrases.ts';
import { withSpokenParticiples } from './spoken-forms.ts';
import { bestMatch, Tally, WEIGHT } from './tally.ts';
import { wordFamilies } from './word-family.ts';

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
  /** Lay words of the theme of the same word families as those found (word-family.ts). */
  family: string[];
  /** The text's own words that point to the theme ("rahat", "loppuu"), as written. */
  said: string[];
  /**
   * The best single piece of evidence: the highest credit of one text word (1 for a lay word of
   * this theme only, said whole; less for a word several themes share, a compound part, a weak
   * word, a part of a phrase or another language's reading). A theme found by many weak pieces
   * ("puhua", "ilta", "poikaystävä" for loneliness) weighs less than one named by a word of its own.
   */
  strength: number;
}

/**
 * A theme needs this score, and a quarter of the best theme's, to be detected: a need often has
 * several themes ("velkaa ja yksinäinen"), but a stray word should not add one. A lay word two
 * themes share (0.71) is enough alone, one three share (0.58) is not.
 */
const MIN_SCORE = 0.7;
/** Themes kept by default; the finer service types keep more (search/match/README.md). */
const MAX_THEMES = 3;
/** Themes scoring within this share of each other are near equals: the need told first leads. */
const NEAR = 0.1;

/** The best single piece of evidence of a theme (`DetectedTheme.strength`). */
const strengthOf = (t: Tally) => Math.max(0, ...t.perWord.values());

/**
 * A theme's score weighed by its best single piece of evidence, for the order of the themes kept:
 * one found by a word of its own ("avlösning") goes before one whose higher score sums words
 * several themes share and fragments of phrases ("vet … dag", two sentences apart, of "vet inte
 * vilken dag det är"). Which themes are kept still goes by score (search/match/README.md, twelfth
 * round).
 */
const byEvidence = (score: number, strength: number) =>
  score * (0.25 + 0.75 * Math.min(1, strength));

interface Scored {
  id: string;
  t: Tally;
  score: number;
  rank: number;
}

/**
 * Themes the text names outright first, then by `key`, then the one told first. Scores within
 * NEAR of the first of a run say nothing of which need matters more: a run keeps the order the
 * needs were told in.
 */
function inOrder(found: readonly Scored[], key: 'score' | 'rank'): Scored[] {
  const sorted = [...found].sort(
    (a, b) =>
      Number(b.t.named) - Number(a.t.named) ||
      b[key] - a[key] ||
      a.t.position - b.t.position ||
      a.id.localeCompare(b.id),
  );
  let run = 0;
  let lead = sorted[0];
  const runs = new Map(
    sorted.map((f) => {
      if (f.t.named !== lead!.t.named || f[key] < lead![key] * (1 - NEAR)) {
        run++;
        lead = f;
      }
      return [f.id, run];
    }),
  );
  return sorted.sort(
    (a, b) =>
      runs.get(a.id)! - runs.get(b.id)! || a.t.position - b.t.position || a.id.localeCompare(b.id),
  );
}

export interface ThemeDetector {
  /**
   * Themes whose words occur in `text` (the three best by score): those the text names outright
   * first, then by score weighed by the best single piece of evidence, then the one told first.
   */
  detect(text: string, lang: Lang): DetectedTheme[];
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
  { max = MAX_THEMES }: { max?: number } = {},
): ThemeDetector {
  const phrases = analysePhrases(analyzer, themes);
  const familyOf = wordFamilies(phrases);

  function tallyText(text: string, lang: Lang): Map<string, Tally> {
    const tallies = new Map<string, Tally>();
    const textWords = new Set(wordsOf(text));
    // Surfaces are normalised without hyphens ("ruokaapua"); searches need the word as written.
    const written = new Map(
      text.split(/[^\p{L}\p{N}-]+/u).map((w) => [normalize(w).replaceAll('-', ''), w]),
    );
    for (const l of [lang, ...LANGS.filter((x) => x !== lang)]) {
      const own = l === lang;
      const factor = own ? 1 : WEIGHT.otherLanguage;
      // The client's participles also say their verb ("ei ole maksanut" → maksaa); the
      // vocabulary is read without, and so are the service texts ranking searches.
      const tokens = withSpokenParticiples(
        analyzer,
        analyzer.analyzeQuery(`${text} `, l, { verbs: true }),
        l,
      ).filter((t) => t.terms.length > 0);
      const { byKey } = phrases.get(l)!;
      const candidates = new Set(
        tokens.flatMap((t) => [...t.terms, ...t.parts].flatMap((k) => byKey.get(k) ?? [])),
      );
      const negated = hasNegation([...textWords], l);
      for (const phrase of candidates) {
        if (phrase.negated && !negated) continue;
        const matched = phrase.words.map((w) => bestMatch(w, tokens)).filter((m) => m !== null);
        if (matched.length === 0) continue;
        // A phrase of several words is complete only with each word whole: "apua heti" is not
        // said by "tarvitsen ruoka-apua heti".
        const complete =
          matched.length === phrase.words.length &&
          (phrase.words.length === 1 || matched.every((m) => m.whole));
        const weight = factor * (phrase.kind === 'weak' ? WEIGHT.weak : 1);
        if (!tallies.has(phrase.theme)) tallies.set(phrase.theme, new Tally());
        const t = tallies.get(phrase.theme)!;
        for (const m of matched) t.credit(m, weight * (complete ? m.weight : WEIGHT.partialPhrase));
        if (!complete) continue;
        t.complete = true;
        // Shown as found: lay words and labels (not weak words) the text says, its stopwords too
        // ("ei ole rahaa" is not said by "rahat ei riitä"), not only as a compound part.
        const form = phrase.words.map((w) => w.keys.join('|')).join(' ');
        const shown =
          phrase.kind !== 'weak' &&
          phrase.fillers.every((f) => textWords.has(f)) &&
          (phrase.words.length === 1 || matched.every((m) => m.whole));
        if (shown && !t.found.has(form)) t.found.set(form, phrase.text.toLowerCase());
        t.position = Math.min(t.position, ...matched.map((m) => m.index));
        if (phrase.words.length > 1) t.bonus = Math.max(t.bonus, factor * WEIGHT.phraseBonus);
        if (!own) continue;
        phrase.words.forEach((w, i) => {
          if (!matched[i]?.whole) return;
          w.keys.forEach((k) => t.keys.add(k));
          w.parts.forEach((k) => t.parts.add(k));
        });
        if (phrase.names && matched.every((m) => m.whole)) t.named = true;
        if (phrase.kind !== 'weak')
          matched.forEach((m) => t.said.add(written.get(m.surface) ?? m.surface));
        if (phrase.words.length > 1) matched.forEach((m) => t.inPhrase.add(m.surface));
      }
    }
    return tallies;
  }

  return {
    detect(text, lang) {
      const tallies = tallyText(text, lang);
      const claimed = new Set([...tallies.values()].flatMap((t) => [...t.inPhrase]));
      const scored = [...tallies].map(([id, t]) => {
        const score = t.score(claimed);
        return { id, t, score, rank: byEvidence(score, strengthOf(t)) };
      });
      const top = Math.max(0, ...scored.map((s) => s.score));
      const found = scored.filter(
        ({ t, score }) => t.complete && (t.named || (score >= MIN_SCORE && score >= top / 4)),
      );
      // Which themes are kept goes by score; their order by score weighed by the best evidence.
      return inOrder(inOrder(found, 'score').slice(0, max), 'rank').map(({ id, t, score }) => ({
        id,
        score: Math.round(score * 100) / 100,
        words: [...t.found.values()],
        named: t.named,
        position: t.position,
        family: familyOf(lang, id, t.keys, t.parts),
        said: [...t.said],
        strength: strengthOf(t),
      }));
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
  options: { max?: number } = {},
): ThemeDetector {
  let byThemes = detectors.get(analyzer);
  if (!byThemes) detectors.set(analyzer, (byThemes = new Map()));
  let detector = byThemes.get(themes);
  if (!detector) byThemes.set(themes, (detector = createThemeDetector(analyzer, themes, options)));
  return detector;
}
