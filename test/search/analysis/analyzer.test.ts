import { afterAll, describe, expect, it } from 'vitest';
import { COMPOUND_PART_WEIGHT, createAnalyzer } from '../../../search/analysis/index.ts';

// Behaviour of the public API that does not depend on the Finnish backend: run on the fallback
// so the results are the same on every machine.
const analyzer = createAnalyzer({ voikko: 'off' });
afterAll(() => analyzer.close());
const key = (word: string): string => analyzer.analyzeQuery(`${word} `, 'fi')[0]!.terms[0]!;

describe('analyzeDocument', () => {
  it('keeps repeated words, in text order, for term frequency', () => {
    expect(analyzer.analyzeDocument('Tuki ja tuen haku', 'fi')).toEqual([
      key('tuki'),
      key('tuki'),
      key('haku'),
    ]);
  });

  it('leaves out stopwords', () => {
    expect(analyzer.analyzeDocument('äiti on yksinäinen', 'fi')).toEqual([
      key('äiti'),
      key('yksinäinen'),
    ]);
  });

  it('leaves out personal pronouns in their case forms and colloquial ones', () => {
    expect(analyzer.analyzeDocument('hänellä mulla oon velkaa, ei oo', 'fi')).toEqual([
      key('velkaa'),
    ]);
  });

  it('leaves out negations joined to a conjunction (eikä, enkä, etkä, ettei, jottei)', () => {
    expect(analyzer.analyzeDocument('velkaa eikä enkä etkä ettei jottei rahaa', 'fi')).toEqual([
      key('velkaa'),
      key('rahaa'),
    ]);
  });

  it('indexes a postal code as written', () => {
    expect(analyzer.analyzeDocument('Mannerheimintie 1, 00100 Helsinki', 'fi')).toContain('00100');
  });

  it('indexes a hyphenated word whole and by its pieces', () => {
    expect(analyzer.analyzeDocument('ruoka-apua', 'fi')).toEqual(
      expect.arrayContaining([key('ruoka-apu'), key('ruoka'), key('apu')]),
    );
  });
});

describe('analyzeDocumentWeighted', () => {
  it('weighs compound parts below whole words', () => {
    const terms = analyzer.analyzeDocumentWeighted('vertaistukiryhmä', 'fi');
    expect(terms[0]).toEqual({ term: key('vertaistukiryhmä'), weight: 1 });
    expect(terms).toContainEqual({ term: key('tuki'), weight: COMPOUND_PART_WEIGHT });
  });

  it('gives the same terms as analyzeDocument', () => {
    const text = 'Omaishoitajien vertaistukiryhmä kokoontuu keskiviikkoisin';
    expect(analyzer.analyzeDocumentWeighted(text, 'fi').map((t) => t.term)).toEqual(
      analyzer.analyzeDocument(text, 'fi'),
    );
  });
});

describe('analyzeQuery', () => {
  it('gives each word its surface form, terms and compound parts', () => {
    const [token] = analyzer.analyzeQuery('Omaishoitajien', 'fi');
    expect(token).toEqual({
      surface: 'omaishoitajien',
      terms: [key('omaishoitaja')],
      parts: expect.arrayContaining([key('hoitaja')]),
      isLast: true,
    });
  });

  it('marks only the final word as last while it is being typed', () => {
    expect(analyzer.analyzeQuery('rahat loppuu', 'fi').map((t) => t.isLast)).toEqual([false, true]);
    expect(analyzer.analyzeQuery('rahat loppuu ', 'fi').map((t) => t.isLast)).toEqual([
      false,
      false,
    ]);
  });

  it('keeps a stopword being typed, without terms, for prefix matching', () => {
    expect(analyzer.analyzeQuery('äiti on', 'fi').at(-1)).toEqual({
      surface: 'on',
      terms: [],
      parts: [],
      isLast: true,
    });
    expect(analyzer.analyzeQuery('äiti on ', 'fi').map((t) => t.surface)).toEqual(['äiti']);
  });

  it('analyses the same text differently per language', () => {
    expect(analyzer.analyzeQuery('vården', 'sv')[0]!.terms).toEqual(['vård']);
    expect(analyzer.analyzeQuery('services', 'en')[0]!.terms).toEqual(['servic']);
  });
});

describe('plain mode', () => {
  const plain = createAnalyzer({ mode: 'plain' });

  it('only tokenises, lower-cases and folds diacritics', () => {
    expect(plain.backend).toBe('plain');
    expect(plain.analyzeDocument('Äiti on yksinäinen, Café Ruoka-apua', 'fi')).toEqual([
      'äiti',
      'on',
      'yksinäinen',
      'cafe',
      'ruoka',
      'apua',
    ]);
  });

  it('queries with the words as written', () => {
    expect(plain.analyzeQuery('Rahat loppuu', 'fi')).toEqual([
      { surface: 'rahat', terms: ['rahat'], parts: [], isLast: false },
      { surface: 'loppuu', terms: ['loppuu'], parts: [], isLast: true },
    ]);
  });
});

describe('close', () => {
  it('refuses further use', () => {
    const closing = createAnalyzer({ voikko: 'off' });
    closing.close();
    expect(() => closing.analyzeDocument('tuki', 'fi')).toThrow(/after close/);
  });
});
