import type { Lang } from '../../../search/analysis/index.ts';

/** 3 = exactly what was asked for, 2 = clearly useful, 1 = related, partly useful. Unlisted = 0. */
export type Grade = 1 | 2 | 3;

/** Grades by concept key (bench/eval/corpus/concepts): every copy of a concept is judged alike. */
export type Judgments = Readonly<Record<string, Grade>>;

/** What makes a query hard; the runner reports per kind. */
export type QueryKind =
  'basic' | 'inflected' | 'colloquial' | 'compound' | 'typo' | 'distractor' | 'filtered';

/**
 * Which held-out set a case belongs to: 1 was written after the first tuning of search and match,
 * 2 (match only, `match-held-out-2.ts`) before the second round of work on matching, 3 (match only,
 * `match-held-out-3.ts`) blind, by someone who never saw matching results, before the third, and
 * analysed by failure class in the fourth, 4 (match only, `match-held-out-4.ts`) blind in the same
 * way before the fourth round and never looked at while it ran, analysed in the fifth round, 5
 * (match only, `match-held-out-5.ts`) blind during the fifth round and scored once after it; in the
 * sixth round only its aggregate score was watched, not its cases; 6 (match only,
 * `match-held-out-6.ts`) blind during the sixth round and scored once after it (in the seventh
 * only its aggregate was watched); 7 (match only, `match-held-out-7.ts`) blind during the seventh
 * round and scored once after it; 8 (match only, `match-held-out-8.ts`) blind during the eighth
 * round and scored once after it; 9 (match only, `match-held-out-9.ts`) blind during the eighth
 * round, kept out of the ninth, and scored once after it; 10 (match only, `match-held-out-10.ts`)
 * blind during the ninth round, kept out of the tenth, and scored once after it; 11 (match only,
 * `match-held-out-11.ts`) blind during the eleventh round, kept out of it, and scored once after;
 * 12 (match only, `match-held-out-12.ts`), 13 (`match-held-out-13.ts`), 14
 * (`match-held-out-14.ts`) and 15 (`match-held-out-15.ts`) likewise during the twelfth to
 * fifteenth rounds.
 */
export type HeldOutSet =
  1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20;

export interface SearchCase {
  id: string;
  lang: Lang;
  q: string;
  kind: QueryKind;
  /** A municipality filter (services there and nationwide ones); relevant copies elsewhere do not count. */
  municipality?: string;
  judgments: Judgments;
  /** Written after the matching and ranking were tuned, and never tuned against. */
  heldOut?: HeldOutSet;
}

export interface MatchCase {
  id: string;
  lang: Lang;
  needs?: string;
  themes?: string[];
  municipality: string;
  language?: string;
  ageGroup?: 'children' | 'youth' | 'adults' | 'older';
  mobility?: 'limited';
  judgments: Judgments;
  /** Written after the matching and ranking were tuned, and never tuned against. */
  heldOut?: HeldOutSet;
}

/** An inflected or derived form and the concept whose name holds its base form. */
export interface InflectionCase {
  lang: Lang;
  form: string;
  concept: string;
}

/**
 * A client situation written as an example for service types (type-situations.json): the kinds of
 * service (search/needs service types) that help, best first.
 */
export interface TypeSituation {
  lang: Lang;
  text: string;
  types: string[];
  /** Its misses were never shown to anyone writing the types' words. */
  heldOut?: boolean;
}
