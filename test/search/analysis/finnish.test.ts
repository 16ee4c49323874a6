import { afterAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../../search/analysis/index.ts';
import { VOIKKO_MISSING, voikkoAvailable } from './backends.ts';
import { COMPOUND_PARTS, DISTINCT, INFLECTED_TO_BASE } from './finnish-expectations.ts';

// The same expectations hold for Voikko and for the fallback: an inflected word and its base
// form share a query term, a compound's parts find the compound, different words stay apart.
function finnishSuite(analyzer: () => Analyzer): void {
  const terms = (word: string): string[] => analyzer().analyzeQuery(`${word} `, 'fi')[0]!.terms;

  for (const [group, pairs] of Object.entries(INFLECTED_TO_BASE)) {
    describe(group, () => {
      it.each(pairs)('matches %s to %s', (inflected, base) => {
        expect(terms(inflected)).toEqual(expect.arrayContaining([expect.toBeOneOf(terms(base))]));
      });
    });
  }

  it.each(COMPOUND_PARTS)('finds %s by each of its parts %j', (compound, parts) => {
    const document = analyzer().analyzeDocument(compound, 'fi');
    for (const part of parts)
      expect(document, part).toEqual(expect.arrayContaining([expect.toBeOneOf(terms(part))]));
  });

  it.each(DISTINCT)('keeps %s and %s apart', (word, other) => {
    expect(terms(word).filter((term) => terms(other).includes(term))).toEqual([]);
  });

  it('completes a suspended compound half with the head of the next word', () => {
    const document = analyzer().analyzeDocument('Sosiaali- ja terveyspalvelut', 'fi');
    expect(document).toEqual(expect.arrayContaining(terms('sosiaalipalvelut')));
    expect(document).toEqual(expect.arrayContaining(terms('terveyspalvelu')));
  });
}

describe.skipIf(!voikkoAvailable)(
  `Finnish with Voikko${voikkoAvailable ? '' : ` (${VOIKKO_MISSING})`}`,
  () => {
    const analyzer = createAnalyzer();
    afterAll(() => analyzer.close());

    it('runs on Voikko', () => expect(analyzer.backend).toBe('voikko'));
    finnishSuite(() => analyzer);
  },
);

describe('Finnish with the fallback stemmer', () => {
  const analyzer = createAnalyzer({ voikko: 'off' });
  afterAll(() => analyzer.close());

  it('runs on the fallback and says why', () => {
    expect(analyzer.backend).toBe('fallback');
    expect(analyzer.fallbackReason).toMatch(/turned off/);
  });
  finnishSuite(() => analyzer);
});
