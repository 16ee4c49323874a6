import { afterAll, describe, expect, it } from 'vitest';
import { participleVerb } from '../../../search/analysis/finnish/voikko-analyzer.ts';
import { createAnalyzer } from '../../../search/analysis/index.ts';
import { VOIKKO_MISSING, voikkoAvailable } from './backends.ts';

describe('the verb of a past participle in Voikko WORDBASES', () => {
  it('reads active and passive participles as their verb', () => {
    expect(participleVerb('+maksa(maksaa)+n+ut(+ut)')).toBe('maksaa');
    expect(participleVerb('+lyö(lyödä)+ty(+ty)')).toBe('lyödä');
    expect(participleVerb('+tul(tulla)+l+ut(+ut)')).toBe('tulla');
  });

  it('keeps a derivational suffix and a compound verb whole', () => {
    expect(participleVerb('+masen(masentaa)tu(+tua)+n+ut(+ut)')).toBe('masentua');
    expect(participleVerb('+irtisano(irti=sanoa)+t+tu(+tu)')).toBe('irtisanoa');
  });

  it('gives no verb for a word that is not a past participle', () => {
    expect(participleVerb('+maksaa(maksaa)')).toBeNull();
    expect(participleVerb('+mielen(mieli)+terve(terve)+ys(+ys)')).toBeNull();
  });
});

const backends = [
  { name: 'voikko', options: {}, skip: !voikkoAvailable },
  { name: 'fallback', options: { voikko: 'off' as const }, skip: false },
];

describe.each(backends)('participles in the $name backend', ({ options, skip }) => {
  const analyzer = createAnalyzer(options);
  afterAll(() => analyzer.close());
  const terms = (text: string, verbs: boolean) =>
    analyzer.analyzeQuery(`${text} `, 'fi', { verbs }).flatMap((t) => t.terms);
  const verbKeys = (verb: string) => analyzer.analyzeQuery(`${verb} `, 'fi')[0]!.terms;

  it.skipIf(skip)('says the verb of a participle when a query asks for verbs', () => {
    for (const [participle, verb] of [
      ['maksanut', 'maksaa'],
      ['juonut', 'juo'],
      ['kaatunut', 'kaatui'],
      ['tullut', 'tulla'],
    ]) {
      const found = terms(participle!, true);
      expect(
        verbKeys(verb!).filter((k) => found.includes(k)),
        participle,
      ).not.toEqual([]);
    }
  });

  it.skipIf(skip)('keeps the participle itself among the terms', () => {
    const plain = terms('maksanut', false);
    expect(terms('maksanut', true)).toEqual(expect.arrayContaining(plain));
  });

  it.skipIf(skip)('leaves documents and ordinary queries without the verb', () => {
    const verb = verbKeys('maksoi');
    const document = analyzer.analyzeDocument('Työnantaja on maksanut palkan', 'fi');
    expect(terms('maksanut', false).filter((k) => verb.includes(k))).toEqual([]);
    expect(document.filter((k) => verb.includes(k))).toEqual([]);
  });
});

if (!voikkoAvailable) it.skip(VOIKKO_MISSING, () => {});
