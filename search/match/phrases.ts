import { LANGS, normalize, type Analyzer, type Lang, type QueryToken } from '../analysis/index.ts';
import { helpNamer } from './help-nouns.ts';

/** What detection needs of a need theme (search/needs `NeedTheme` has this shape, plus `weakWords`). */
export interface ThemeVocabulary {
  id: string;
  labels: Record<Lang, string>;
  /** Lay words and phrases people type for the need. */
  words: Record<Lang, readonly string[]>;
  /**
   * Weaker evidence: the theme's description and the names of its service classes and ontology
   * terms (`vocabularyWithNames`). Official wording, so it names the need less often than lay words.
   */
  weakWords?: Record<Lang, readonly string[]>;
}

/** How a phrase of the vocabulary counts. */
export type PhraseKind = 'label' | 'word' | 'weak';

export interface PhraseWord {
  /** Keys of the word (its readings). */
  keys: string[];
  /**
   * 1 for a word only one theme uses, less for words many share ("äiti" is in five themes'
   * phrases, "yksinäinen" in one): 1 / sqrt(themes using it).
   */
  specificity: number;
  /** Keys of its compound parts ("velkalinja": velka, linja); a compound is of no word family. */
  parts: string[];
  /**
   * The keys a text word must share to say the word: all but a light verb the analyser also
   * reads it as ("tekemistä" is "tekemä" and "tehdä"; "teki" does not say "ei ole tekemistä").
   */
  whole: string[];
}

export interface Phrase {
  theme: string;
  text: string;
  kind: PhraseKind;
  words: PhraseWord[];
  /** The phrase names a kind of help: a label or lay word like "ruoka-apu" (help-nouns.ts). */
  names: boolean;
  /** Words of the phrase left out as stopwords ("ei", "ole" of "ei ole rahaa"). */
  fillers: string[];
  /**
   * The phrase says a lack ("ei ole rahaa", "kan inte sova", "can't sleep"): only a text with a
   * negation says it, so "ystävä kuoli" is not "ei ole ystäviä".
   */
  negated: boolean;
}

/** Negations, as `wordsOf` splits them ("can't" → can, t). */
const NEGATIONS: Record<Lang, ReadonlySet<string>> = {
  fi: new Set(
    'ei en et emme ette eivät eikä enkä etkä emmekä ettekä eivätkä ettei etten ettet jottei'.split(
      ' ',
    ),
  ),
  sv: new Set('inte ej icke aldrig ingen inget inga'.split(' ')),
  en: new Set('not no never t cannot dont cant wont isnt doesnt nothing nowhere nobody'.split(' ')),
};

/** Whether a text, or a phrase, has a negation. */
export const hasNegation = (words: readonly string[], lang: Lang) =>
  words.some((w) => NEGATIONS[lang].has(w));

/** The words of a text, normalised, for telling which stopwords it has. */
export const wordsOf = (text: string) =>
  normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The phrases of one language, and an index from each key to the phrases with a word having it. */
export interface LanguagePhrases {
  all: Phrase[];
  byKey: Map<string, Phrase[]>;
}

interface Analysed {
  theme: string;
  text: string;
  kind: PhraseKind;
  tokens: QueryToken[];
}

/**
 * Finnish verbs of little meaning alone. Voikko reads some vocabulary words as such a verb too
 * ("tekemistä": "tekemä" and "tehdä", "tulin": "tuli" and "tulla"), and through it every text
 * with the verb said them: "teki itsemurhan … mitään" was "ei ole mitään tekemistä".
 */
const LIGHT_VERBS = new Set(
  'olla tehdä tulla saada mennä päästä käydä pitää antaa ottaa jäädä voida alkaa laittaa viedä tuoda lähteä'.split(
    ' ',
  ),
);

const commonStart = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
};

/**
 * The keys that say a vocabulary word whole: of a word read several ways, all but a light verb
 * that is not the reading nearest the word as written (the longest common beginning), and but a
 * reading sharing less than half as much of its beginning: Voikko reads "muista" as "muistaa" and
 * as "muu", and through "muu" every "muita" said "ei muista".
 */
function wholeKeys(surface: string, keys: readonly string[]): string[] {
  if (keys.length < 2) return [...keys];
  const nearest = keys.reduce((best, k) =>
    commonStart(surface, k) > commonStart(surface, best) ? k : best,
  );
  const near = commonStart(surface, nearest);
  return keys.filter(
    (k) => k === nearest || (!LIGHT_VERBS.has(k) && commonStart(surface, k) * 2 >= near),
  );
}

const content = (tokens: QueryToken[]) => tokens.filter((t) => t.terms.length > 0);

/** Which themes use each key; `specificity` is 1 / sqrt of their number. */
class KeyThemes {
  readonly #themes = new Map<string, Set<string>>();

  add(key: string, theme: string): void {
    if (!this.#themes.has(key)) this.#themes.set(key, new Set());
    this.#themes.get(key)!.add(theme);
  }

  specificity(keys: readonly string[]): number {
    return 1 / Math.sqrt(Math.min(...keys.map((k) => this.#themes.get(k)?.size ?? 1)));
  }
}

function analyseLanguage(
  analyzer: Analyzer,
  themes: readonly ThemeVocabulary[],
  lang: Lang,
): LanguagePhrases {
  // Lay words and labels are specific among themselves; weak words against every word.
  const strong = new KeyThemes();
  const any = new KeyThemes();
  const analysed: Analysed[] = [];
  for (const theme of themes) {
    const strongKeys = new Set<string>();
    for (const [kind, texts] of [
      ['label', [theme.labels[lang]]],
      ['word', theme.words[lang]],
    ] as const) {
      for (const text of new Set(texts)) {
        const tokens = content(analyzer.analyzeQuery(`${text} `, lang));
        if (tokens.length === 0) continue;
        analysed.push({ theme: theme.id, text, kind, tokens });
        for (const key of tokens.flatMap((t) => t.terms)) {
          strongKeys.add(key);
          strong.add(key, theme.id);
          any.add(key, theme.id);
        }
      }
    }
    // Weak words one by one: a class name is evidence word by word, not as a whole.
    const weak = (theme.weakWords?.[lang] ?? []).join(' ');
    const seen = new Set<string>(strongKeys);
    for (const token of content(analyzer.analyzeQuery(`${weak} `, lang))) {
      if (token.terms.some((k) => seen.has(k))) continue;
      token.terms.forEach((k) => seen.add(k));
      analysed.push({ theme: theme.id, text: token.surface, kind: 'weak', tokens: [token] });
      for (const key of token.terms) any.add(key, theme.id);
    }
  }
  const namesHelp = helpNamer(analyzer, lang);
  const all = analysed.map(({ theme, text, kind, tokens }): Phrase => {
    const counts = kind === 'weak' ? any : strong;
    return {
      theme,
      text,
      kind,
      words: tokens.map((t) => ({
        keys: t.terms,
        specificity: counts.specificity(t.terms),
        parts: t.parts,
        whole: wholeKeys(t.surface, t.terms),
      })),
      // A label names the help only as a lay word would ("Ruoka-apu", not "Yksinäisyys": "bor
      // ensam" describes a situation, though stemmed like the label "Ensamhet").
      names: kind !== 'weak' && namesHelp(tokens),
      fillers: wordsOf(text).filter(
        (w) => content(analyzer.analyzeQuery(`${w} `, lang)).length === 0,
      ),
      negated: kind === 'word' && hasNegation(wordsOf(text), lang),
    };
  });
  const byKey = new Map<string, Phrase[]>();
  for (const phrase of all) {
    for (const key of new Set(phrase.words.flatMap((w) => w.keys))) {
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key)!.push(phrase);
    }
  }
  return { all, byKey };
}

/**
 * Analyses a vocabulary into phrases once, with the analyser the texts will be read with, so that
 * inflected and compound forms in a text meet the vocabulary's base forms.
 */
export function analysePhrases(
  analyzer: Analyzer,
  themes: readonly ThemeVocabulary[],
): Map<Lang, LanguagePhrases> {
  return new Map(LANGS.map((lang) => [lang, analyseLanguage(analyzer, themes, lang)]));
}
