import { buildLexicon, type CompoundLexicon } from '../compound-splitter.ts';
import { analyzeWithLexicon, type WordAnalyzer } from '../word-analysis.ts';
import { FINNISH_LEXICON } from './lexicon.ts';
import { finnishStems } from './light-stemmer.ts';

let lexicon: CompoundLexicon | undefined;

/** The built-in Finnish compound lexicon, built on first use. */
export function finnishLexicon(): CompoundLexicon {
  lexicon ??= buildLexicon(FINNISH_LEXICON, {
    stems: finnishStems,
    minPart: 3,
    linkers: [],
    // -nen words join compounds in their -s- form: omainen → omaishoitaja, asuminen → asumisneuvonta.
    moreForms: (base) => (base.endsWith('nen') ? [`${base.slice(0, -3)}s`] : []),
  });
  return lexicon;
}

/**
 * Finnish analysis without Voikko: light-stemmer keys for the whole word, plus compound parts
 * found against a built-in lexicon of service vocabulary.
 */
export const analyzeFinnishFallback: WordAnalyzer = (word) =>
  analyzeWithLexicon(word, finnishLexicon());
