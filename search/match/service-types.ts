import type { Analyzer, Lang } from '../analysis/index.ts';
import type { TypeClassifier } from './type-classifier.ts';
import type { DetectedTheme, ThemeDetector, ThemeVocabulary } from './detect-themes.ts';

/** What matching needs of a service type (search/needs `ServiceType` has this shape). */
export interface MatchServiceType {
  id: string;
  theme: string;
  labels: Record<Lang, string>;
  /** Phrases in the names of services of the type: searched within its theme. */
  names: Record<Lang, readonly string[]>;
  words: Record<Lang, readonly string[]>;
}

/** Service types and their detector (`typeVocabulary` read by `themeDetectorFor`). */
export interface ServiceTypes {
  detector: ThemeDetector;
  byId: ReadonlyMap<string, MatchServiceType>;
  /** Service paths: the types a client who needs a type usually also needs (search/needs). */
  paths?: ReadonlyMap<string, readonly string[]>;
  /** Broader kinds: the type to rank by where no service of a type says its names (search/needs). */
  broader?: ReadonlyMap<string, string>;
  /** Reads types in a text by learnt weights of its words (type-classifier.ts). */
  classifier?: TypeClassifier;
  /** A type's names in a language as the analyser reads them (`typeNameReader`). */
  readNames: (type: MatchServiceType, lang: Lang) => readonly NameWords[];
}

/** One name of a type as the analyser reads it: per word, its terms and its compound parts. */
export type NameWords = readonly { terms: readonly string[]; parts: readonly string[] }[];

/** Reads types' names with `analyzer`, each type in each language once, on first use. */
export function typeNameReader(
  analyzer: Analyzer,
): (type: MatchServiceType, lang: Lang) => readonly NameWords[] {
  const read = new Map<string, readonly NameWords[]>();
  return (type, lang) => {
    const key = `${lang}:${type.id}`;
    let names = read.get(key);
    if (!names) {
      names = type.names[lang]
        .map((name) => analyzer.analyzeQuery(`${name} `, lang).filter((t) => t.terms.length > 0))
        .filter((words) => words.length > 0);
      read.set(key, names);
    }
    return names;
  };
}

/**
 * 0..1: how much of a type's names a service's text says, by its best name. A word of the name
 * counts whole when the text has one of its terms, and otherwise by the share of its compound
 * parts the text has, at half: "autismiyhdistys" is not said by "yhdistys" alone.
 */
export function nameCoverage(names: readonly NameWords[], matched: readonly string[]): number {
  const has = new Set(matched);
  const said = (word: NameWords[number]) =>
    word.terms.some((k) => has.has(k))
      ? 1
      : word.parts.length > 0
        ? (0.5 * word.parts.filter((k) => has.has(k)).length) / word.parts.length
        : 0;
  return Math.max(
    0,
    ...names.map((words) => words.reduce((sum, w) => sum + said(w), 0) / words.length),
  );
}

/**
 * Types as detection reads them: a type is found by its lay words and by its names, since a
 * client may name the service ("tarviis velkajärjestelyn").
 */
export const typeVocabulary = (types: readonly MatchServiceType[]): ThemeVocabulary[] =>
  types.map((t) => ({
    id: t.id,
    labels: t.labels,
    words: {
      fi: [...t.words.fi, ...t.names.fi],
      sv: [...t.words.sv, ...t.names.sv],
      en: [...t.words.en, ...t.names.en],
    },
  }));

/** A type found in the text, to rank its theme's services by. */
export interface TypeFound {
  type: MatchServiceType;
  detected: DetectedTheme;
  /** 0..1: its share of the best type's score, times its best single piece of evidence. */
  weight: number;
  /** Its names in the text's language, as the analyser reads them. */
  nameWords: readonly NameWords[];
  /** Its broader kind (`ServiceTypes.broader`), with its names read likewise. */
  broader?: { type: MatchServiceType; nameWords: readonly NameWords[] };
}

/** A type found, with its names and its broader kind's read in `lang`. */
function typeFound(
  types: ServiceTypes,
  type: MatchServiceType,
  detected: DetectedTheme,
  weight: number,
  lang: Lang,
): TypeFound {
  const broader = types.byId.get(types.broader?.get(type.id) ?? '');
  return {
    type,
    detected,
    weight,
    nameWords: types.readNames(type, lang),
    ...(broader && { broader: { type: broader, nameWords: types.readNames(broader, lang) } }),
  };
}

/** Types read in a text at most: finer than themes, a situation often points to several (README). */
export const MAX_TYPES = 15;
/** A type the classifier gives less probability is not read in the text. */
const LEAST_P = 0.005;

/**
 * The service types the text points to, each with its weight against the others. With a
 * classifier, the types are its guesses (it finds the most needed type of unseen example
 * situations far more often than phrases do: search/match/README.md), each with the phrases the
 * detector found for it, if any, as its words and the client's; without one, the detector's types.
 */
export function findTypes(types: ServiceTypes, text: string, lang: Lang): TypeFound[] {
  const detected = types.detector.detect(text, lang);
  if (types.classifier) {
    const guesses = types.classifier.classify(text, lang, MAX_TYPES).filter((g) => g.p >= LEAST_P);
    const top = Math.max(1e-9, ...guesses.map((g) => g.p));
    return guesses.flatMap((g) => {
      const type = types.byId.get(g.id);
      if (!type) return [];
      const found = detected.find((d) => d.id === g.id) ?? {
        id: g.id,
        score: g.p,
        words: [],
        named: false,
        position: 0,
        family: [],
        said: [],
        strength: g.p,
      };
      const weight = 0.5 + (0.5 * g.p) / top;
      return [typeFound(types, type, found, weight, lang)];
    });
  }
  const top = Math.max(1e-9, ...detected.map((d) => d.score));
  return detected.flatMap((d) => {
    const type = types.byId.get(d.id);
    if (!type) return [];
    const weight = (0.5 + (0.5 * d.score) / top) * (0.5 + 0.5 * Math.min(1, d.strength));
    return [typeFound(types, type, d, weight, lang)];
  });
}

/** Each later place in a type's path weighs this much less (the first is the usual next step). */
const PATH_DECAY = 0.3;

/** A type the text does not point to, but a type found leads to (its service path). */
export interface TypeNext {
  type: MatchServiceType;
  /** The type found it follows. */
  after: MatchServiceType;
  /** The weight of the type found, less the later the step is in its path. */
  weight: number;
}

/**
 * The next steps of the types found, best first: a type found itself is not one, and a type on
 * the paths of several keeps its best.
 */
export function nextTypes(types: ServiceTypes, found: readonly TypeFound[]): TypeNext[] {
  const best = new Map<string, TypeNext>();
  for (const f of found) {
    (types.paths?.get(f.type.id) ?? []).forEach((id, i) => {
      const type = types.byId.get(id);
      if (!type || found.some((g) => g.type.id === id)) return;
      const weight = f.weight * (1 - PATH_DECAY * i);
      if ((best.get(id)?.weight ?? 0) < weight) best.set(id, { type, after: f.type, weight });
    });
  }
  return [...best.values()].sort((a, b) => b.weight - a.weight);
}
