import type { Analyzer } from '../../search/analysis/index.ts';
import { LANGS, type Lang } from '../../search/analysis/types.ts';
import { statement, type Db } from '../../schema/db.ts';
import type { Localized } from '../../schema/localized.ts';
import { catalogueCache } from './catalogue-cache.ts';

/** A municipality named among the words of a search. */
export interface PlaceWord {
  /** The word as typed ("Pargas", "Turussa"). */
  word: string;
  code: string;
}

const key = (lang: Lang, term: string) => `${lang}\u0000${term}`;

// Names that are also everyday words in a search ("sund" is healthy in Swedish), and names too
// short to tell from an abbreviation ("Ii"), stay words.
const EVERYDAY = new Set(['sund']);
const isPlaceName = (name: string) => name.length >= 3 && !EVERYDAY.has(name.toLowerCase());

// Every analysed form of every municipality name (Finnish and Swedish names, read in each
// language's analysis, as a query in that language reads them): "Turussa" and "Åbo" both say 853.
function placeTerms(db: Db, analyzer: Analyzer): Map<string, string> {
  const cache = catalogueCache<Map<string, string>>(db, 'place-terms');
  let terms = cache.get('');
  if (terms) return terms;
  terms = new Map();
  const rows = statement(db, 'select code, name from municipalities').all() as {
    code: string;
    name: string;
  }[];
  for (const row of rows) {
    const names = (Object.values(JSON.parse(row.name) as Localized) as (string | null)[]).filter(
      (name): name is string => name !== null && isPlaceName(name),
    );
    for (const name of names)
      for (const lang of LANGS) {
        const tokens = analyzer.analyzeQuery(`${name} `, lang);
        if (tokens.length !== 1) continue;
        for (const term of tokens[0]!.terms) terms.set(key(lang, term), row.code);
      }
  }
  cache.set('', terms);
  return terms;
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
  const terms = placeTerms(db, analyzer);
  const places: PlaceWord[] = [];
  const rest: string[] = [];
  for (const raw of q.split(/\s+/).filter(Boolean)) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const tokens = word ? analyzer.analyzeQuery(`${word} `, lang) : [];
    const code =
      tokens.length === 1
        ? tokens[0]!.terms.map((t) => terms.get(key(lang, t))).find(Boolean)
        : undefined;
    if (code) places.push({ word, code });
    else rest.push(raw);
  }
  return { rest: rest.join(' '), places };
}
