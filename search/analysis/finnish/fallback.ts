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

// Active past participles, nominative and genitive, singular and plural: maksa+nut, juo+nut,
// tul+lut, men+nyt, pes+syt, eron+neet. A passive one (maksettu) changes its stem too much to
// guess the verb without a dictionary.
const VOWEL_PARTICIPLE = /^(.{2,}[aeiouyäö])n(?:ut|yt|eet|een)$/u;
const ASSIMILATED_PARTICIPLE = /^(.{2,}?)([lrsn])\2(?:ut|yt|eet|een)$/u;

/**
 * Stems of the verb an active past participle is of, as the stemmer reads the verb's own forms:
 * "maksanut" → maksaa, "kaatunut" → kaatua, "juonut" → juo, "tullut" → tulla.
 */
function participleVerbs(word: string): string[] {
  const front = /[äöy]/u.test(word);
  const a = front ? 'ä' : 'a';
  const vowel = VOWEL_PARTICIPLE.exec(word);
  // A short stem is a verb like juo-, lyö-, saa- (juoda): the stem alone is its present form.
  if (vowel) return finnishStems(vowel[1]!.length <= 3 ? vowel[1]! : vowel[1]! + a);
  const assimilated = ASSIMILATED_PARTICIPLE.exec(word);
  if (!assimilated) return [];
  const [, stem, consonant] = assimilated;
  // pes+syt (pestä): the present is pesee; eron+nut, pelan+nut (erota, pelata): the
  // present lengthens the vowel (eroaa, pelaa); men+nyt, tul+lut: the infinitive (mennä, tulla).
  if (consonant === 's') return finnishStems(`${stem}see`);
  const forms = [
    `${stem}${consonant}${consonant}${a}`,
    ...(consonant === 'n' ? [`${stem}${a}${a}`] : []),
  ];
  return [...new Set(forms.flatMap(finnishStems))];
}

/**
 * Finnish analysis without Voikko: light-stemmer keys for the whole word, plus compound parts
 * found against a built-in lexicon of service vocabulary, and the verb of an active past
 * participle (for queries that ask for it).
 */
export const analyzeFinnishFallback: WordAnalyzer = (word) => {
  const analysis = analyzeWithLexicon(word, finnishLexicon());
  const verbs = participleVerbs(word).filter((v) => !analysis.keys.includes(v));
  return verbs.length > 0 ? { ...analysis, verbs } : analysis;
};
