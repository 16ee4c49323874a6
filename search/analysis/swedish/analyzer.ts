import { stemmer } from '@orama/stemmers/swedish';
import { buildLexicon, type CompoundLexicon } from '../compound-splitter.ts';
import { analyzeWithLexicon, type WordAnalyzer } from '../word-analysis.ts';
import { STRONG_VERBS } from '../strong-verbs.ts';
import { SWEDISH_LEXICON } from './lexicon.ts';

let lexicon: CompoundLexicon | undefined;
let lexiconWords: ReadonlySet<string> | undefined;

// Snowball Swedish leaves the neuter definite -et alone (stödet, boendet, hemmet); it is removed
// here only when what remains is a lexicon word, because -et also ends base forms (budget, paket).
function neuterBase(word: string): string | null {
  if (!word.endsWith('et') || word.length < 5) return null;
  lexiconWords ??= new Set(SWEDISH_LEXICON.split(/\s+/).map((entry) => entry.split(':')[0]!));
  const candidates = [word.slice(0, -2), word.slice(0, -1), word.slice(0, -3)];
  return candidates.find((candidate) => lexiconWords!.has(candidate)) ?? null;
}

/**
 * Snowball Swedish gaps in common inflections: the definite -n of nouns in -a is kept
 * (skilsmässan, skilsmässa → skilsmäss), and the doubled m of adjectives in -sam too (ensamma,
 * våldsamma → ensam, våldsam).
 */
function mendStem(word: string, stem: string): string {
  const mended =
    stem === word && word.endsWith('an') && word.length >= 6 ? stemmer(word.slice(0, -1)) : stem;
  return mended.endsWith('mm') ? mended.slice(0, -1) : mended;
}

/** Match keys of a normalised Swedish word: its Snowball stem. */
export function swedishStems(word: string): string[] {
  const base = neuterBase(word) ?? word;
  return [mendStem(base, stemmer(base))];
}

function swedishLexicon(): CompoundLexicon {
  lexicon ??= buildLexicon(SWEDISH_LEXICON, {
    stems: swedishStems,
    minPart: 3,
    // The fogemorpheme -s- (arbet+s+lös, vård+s+central).
    linkers: ['s'],
    // A first part may drop its final vowel: skola → skolhälsovård, arbete → arbetsplats.
    moreForms: (base) => (/[ae]$/.test(base) && base.length > 4 ? [base.slice(0, -1)] : []),
  });
  return lexicon;
}

/**
 * Swedish analysis: Snowball stem of the word, plus compound parts from a built-in lexicon; a past
 * form of a strong verb also says its verb (`verbs`, for queries that ask).
 */
export const analyzeSwedish: WordAnalyzer = (word) => {
  const analysis = analyzeWithLexicon(word, swedishLexicon());
  const verb = STRONG_VERBS.sv.get(word);
  return verb ? { ...analysis, verbs: verb.flatMap(swedishStems) } : analysis;
};
