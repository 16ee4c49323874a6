import { describe, expect, it } from 'vitest';
import { normalize } from '../../../search/analysis/index.ts';
import { tokenize } from '../../../search/analysis/tokenize.ts';

describe('normalize', () => {
  it('lower-cases and keeps å, ä and ö as letters', () => {
    expect(normalize('ÄITI Åbo Öljy')).toBe('äiti åbo öljy');
  });

  it('folds other diacritics', () => {
    expect(normalize('Café Müller Señora Łódź')).toBe('cafe muller senora lodz');
  });

  it('writes Danish and Norwegian æ/ø as ä/ö and ß as ss', () => {
    expect(normalize('Æble Øre Straße')).toBe('äble öre strasse');
  });

  it('composes decomposed letters before folding (NFC)', () => {
    expect(normalize('A\u0308iti')).toBe('äiti');
  });

  it('drops the invisible soft hyphen inside a word', () => {
    expect(normalize('mielenterveys\u00adpalvelut')).toBe('mielenterveyspalvelut');
  });
});

describe('tokenize', () => {
  const words = (text: string): string[] => tokenize(normalize(text)).map((t) => t.word);

  it('splits on anything that is not a letter or digit', () => {
    expect(words('Rahat loppuu, kesken kuun! (Helsinki)')).toEqual([
      'rahat',
      'loppuu',
      'kesken',
      'kuun',
      'helsinki',
    ]);
  });

  it('joins a hyphenated word and keeps its pieces', () => {
    expect(tokenize('ruoka-apu')).toEqual([
      { word: 'ruokaapu', pieces: ['ruoka', 'apu'], numeric: false, suspended: false },
    ]);
  });

  it('marks a half compound that ends in a hyphen and a space as suspended', () => {
    expect(tokenize('sosiaali- ja terveyspalvelut').map((t) => t.suspended)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('drops case endings written after a colon or apostrophe', () => {
    expect(words("EU:n Kela:lle children's")).toEqual(['eu', 'kela', 'children']);
  });

  it('keeps numbers such as postal codes and marks them numeric', () => {
    expect(tokenize('00100 covid-19').map((t) => [t.word, t.numeric])).toEqual([
      ['00100', true],
      ['covid19', true],
    ]);
  });
});
