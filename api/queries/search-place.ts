import type { Analyzer } from '../../search/analysis/index.ts';
import type { Lang } from '../../search/analysis/types.ts';
import { statement, type Db } from '../../schema/db.ts';
import type { Localized } from '../../schema/localized.ts';
import { catalogueCache } from './catalogue-cache.ts';

/** A municipality named among the words of a search. */
export interface PlaceWord {
  /** The word as typed ("Pargas", "Turussa"). */
  word: string;
  code: string;
}

// Names that are also everyday words in a search ("sund" is healthy in Swedish), and names too
// short to tell from an abbreviation ("Ii"), stay words.
const EVERYDAY = new Set(['sund']);
const isPlaceName = (name: string) => name.length >= 3 && !EVERYDAY.has(name.toLowerCase());

interface PlaceTerms {
  /** Every analysed form of every name in one language's analysis: "Turussa" and "Åbo" say 853. */
  terms: Map<string, string>;
  /**
   * The names' first three letters: inflection changes a name's end, so a word starting
   * otherwise is no place, and most search words skip the analysis (~5 % of a search's CPU).
   */
  prefixes: Set<string>;
}

const PREFIX = 3;

// Finnish and Swedish names, read as a query in `lang` reads them; kept per catalogue version.
function placeTerms(db: Db, analyzer: Analyzer, lang: Lang): PlaceTerms {
  const cache = catalogueCache<PlaceTerms>(db, 'place-terms');
  let places = cache.get(lang);
  if (places) return places;
  places = { terms: new Map(), prefixes: new Set() };
  const rows = statement(db, 'select code, name from municipalities').all() as {
    code: string;
    name: string;
  }[];
  for (const row of rows) {
    const names = (Object.values(JSON.parse(row.name) as Localized) as (string | null)[]).filter(
      (name): name is string => name !== null && isPlaceName(name),
    );
    for (const name of names) {
      places.prefixes.add(name.toLowerCase().slice(0, PREFIX));
      const tokens = analyzer.analyzeQuery(`${name} `, lang);
      if (tokens.length !== 1) continue;
      for (const term of tokens[0]!.terms) places.terms.set(term, row.code);
    }
  }
  cache.set(lang, places);
  return places;
}

/**
 * Reads the municipalities a search names in its words ("skuldrådgivning Pargas", "velkaneuvonta
 * Turussa"): what is left of the words to search for, and the place words found. A resident
 * names the place where they want the help; searched as a word, "Pargas" would instead find
 * services whose texts mention the town.
 */
export function readPlaceWords(
  db: Db,
  analyzer: Analyzer,
  q: string,
  lang: Lang,
): { rest: string; places: PlaceWord[] } {
  const { terms, prefixes } = placeTerms(db, analyzer, lang);
  const places: PlaceWord[] = [];
  const rest: string[] = [];
  let placeLast = false;
  for (const raw of q.split(/\s+/).filter(Boolean)) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const tokens = prefixes.has(word.slice(0, PREFIX).toLowerCase())
      ? analyzer.analyzeQuery(`${word} `, lang)
      : [];
    const code =
      tokens.length === 1 ? tokens[0]!.terms.map((t) => terms.get(t)).find(Boolean) : undefined;
    if (code) places.push({ word, code });
    else rest.push(raw);
    placeLast = code !== undefined;
  }
  // Words before a place were typed in full: a trailing space keeps the last of them ("in" of
  // "debt advice in Turku") from being completed as a prefix.
  return { rest: rest.join(' ') + (placeLast && rest.length > 0 ? ' ' : ''), places };
}
