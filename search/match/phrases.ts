import { LANGS, type Analyzer, type Lang, type QueryToken } from '../analysis/index.ts';

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
}

export interface Phrase {
  theme: string;
  text: string;
  kind: PhraseKind;
  words: PhraseWord[];
  /**
   * The phrase names a kind of help, not a situation: the theme's label, or a lay word ending in a
   * help noun ("ruoka-apu", "velkaneuvonta", "food bank"). A text saying it asks for that help.
   */
  names: boolean;
}

/**
 * Nouns for a kind of help or a place to get it. A lay word ending in one (as its last word or its
 * compound head) names the help: "ruoka-apua" asks for food aid where "rahat ei riitä" describes a
 * situation. Analysed with the same analyser as the text, so inflected forms meet.
 */
const HELP_HEADS: Record<Lang, string[]> = {
  fi: [
    'apu', 'tuki', 'neuvonta', 'palvelu', 'hoito', 'ryhmä', 'toiminta', 'kerho', 'kurssi',
    'linja', 'puhelin', 'klinikka', 'kahvila', 'koti', 'maja', 'majoitus', 'valmennus', 'paja',
    'terapia', 'pankki', 'kassi', 'jakelu', 'luotsi', 'neuvola', 'liikunta', 'jumppa',
    'opastus', 'lounas', 'ateria', 'sovittelu', 'kuljetus', 'liikenne', 'tulkkaus', 'järjestely',
  ],
  sv: [
    'hjälp', 'stöd', 'rådgivning', 'tjänst', 'vård', 'grupp', 'verksamhet', 'kurs', 'telefon',
    'linje', 'café', 'hem', 'boende', 'mottagning', 'bank', 'kasse', 'terapi', 'trafik', 'medling',
    'utdelning', 'motion', 'gympa', 'bistånd', 'sanering', 'tolkning',
  ],
  en: [
    'help', 'aid', 'support', 'advice', 'service', 'care', 'group', 'course', 'helpline', 'line',
    'café', 'cafe', 'shelter', 'bank', 'parcel', 'therapy', 'counselling', 'mediation', 'transport',
    'accommodation', 'housing', 'clinic', 'exercise', 'meal', 'restructuring', 'allowance',
  ],
};

const content = (tokens: QueryToken[]) => tokens.filter((t) => t.terms.length > 0);

/**
 * Analyses a vocabulary into phrases once, with the analyser the texts will be read with: lay
 * words and labels as they are, weak words split into single words (a class name is evidence
 * word by word, not as a whole).
 */
export function analysePhrases(
  analyzer: Analyzer,
  themes: readonly ThemeVocabulary[],
): Map<Lang, Phrase[]> {
  const phrases = new Map<Lang, Phrase[]>();
  for (const lang of LANGS) {
    const heads = new Set(
      HELP_HEADS[lang].flatMap((w) => content(analyzer.analyzeQuery(`${w} `, lang))[0]?.terms ?? []),
    );
    // The last word is a compound with a help noun as its head, or a help noun after other words
    // ("food bank"); in every reading, so "sairastuin" (also read sairas+tuki) is not one.
    const namesHelp = (tokens: QueryToken[]) => {
      const last = tokens.at(-1)!;
      const compound = last.parts.length > 0;
      if (!compound && tokens.length === 1) return false;
      return last.terms.every((key) =>
        [...heads].some((h) => (compound ? key.endsWith(h) && key !== h : key === h)),
      );
    };
    // Keys per theme, for specificity: lay words and labels among themselves, weak words against all.
    const strongThemes = new Map<string, Set<string>>();
    const allThemes = new Map<string, Set<string>>();
    const note = (map: Map<string, Set<string>>, key: string, theme: string) => {
      if (!map.has(key)) map.set(key, new Set());
      map.get(key)!.add(theme);
    };
    const analysed: { theme: string; text: string; kind: PhraseKind; tokens: QueryToken[] }[] = [];
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
            note(strongThemes, key, theme.id);
            note(allThemes, key, theme.id);
          }
        }
      }
      const weak = (theme.weakWords?.[lang] ?? []).join(' ');
      const seen = new Set<string>();
      for (const token of content(analyzer.analyzeQuery(`${weak} `, lang))) {
        if (token.terms.some((k) => strongKeys.has(k) || seen.has(k))) continue;
        token.terms.forEach((k) => seen.add(k));
        analysed.push({ theme: theme.id, text: token.surface, kind: 'weak', tokens: [token] });
        for (const key of token.terms) note(allThemes, key, theme.id);
      }
    }
    phrases.set(
      lang,
      analysed.map(({ theme, text, kind, tokens }) => {
        const counts = kind === 'weak' ? allThemes : strongThemes;
        return {
          theme,
          text,
          kind,
          words: tokens.map((t) => ({
            keys: t.terms,
            specificity: 1 / Math.sqrt(Math.min(...t.terms.map((k) => counts.get(k)!.size))),
          })),
          names: kind === 'label' || (kind === 'word' && namesHelp(tokens)),
        };
      }),
    );
  }
  return phrases;
}
