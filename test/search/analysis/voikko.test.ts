import { afterAll, describe, expect, it } from 'vitest';
import { componentsOf } from '../../../search/analysis/finnish/voikko-analyzer.ts';
import { createAnalyzer } from '../../../search/analysis/index.ts';
import { VOIKKO_MISSING, voikkoAvailable } from './backends.ts';
import { INFLECTED_TO_BASE } from './finnish-expectations.ts';

describe('reading Voikko WORDBASES', () => {
  it('joins derivational suffixes to their stem and takes the last base from the base form', () => {
    const wordBases = '+mielen(mieli)+terve(terve)+ys(+ys)+kuntoutu(kuntoutua)+ja(+ja)';
    expect(componentsOf(wordBases, 'mielenterveyskuntoutuja')).toEqual([
      { surface: 'mielen', base: 'mieli' },
      { surface: 'terveys', base: 'terveys' },
      { surface: 'kuntoutuja', base: 'kuntoutuja' },
    ]);
  });

  it('keeps a derived part in its compound form but gives its base form', () => {
    expect(
      componentsOf('+terve(terve)+yden(+ys)+hoita(hoitaa)+ja(+ja)', 'terveydenhoitaja'),
    ).toEqual([
      { surface: 'terveyden', base: 'terveys' },
      { surface: 'hoitaja', base: 'hoitaja' },
    ]);
  });

  it('treats short unglossed pieces as links and longer ones as parts', () => {
    expect(
      componentsOf('+päivä(päivä)+toimi(toimia)+n+ta(+ta)', 'päivätoiminta').map((c) => c.base),
    ).toEqual(['päivä', 'toiminta']);
    expect(
      componentsOf('+sosiaali+työn(työ)+teki(tehdä)+jä(+jä)', 'sosiaalityöntekijä').map(
        (c) => c.base,
      ),
    ).toEqual(['sosiaali', 'työ', 'tekijä']);
  });

  it('splits at hyphens and drops the internal = of lexicalised compounds', () => {
    expect(componentsOf('+ruoka(ruoka)+-+apu(apu)', 'ruoka-apu').map((c) => c.base)).toEqual([
      'ruoka',
      'apu',
    ]);
    expect(
      componentsOf('+toimeentulo(toimeen=tulo)+tuki(tuki)', 'toimeentulotuki').map((c) => c.base),
    ).toEqual(['toimeentulo', 'tuki']);
  });
});

describe('loading Voikko', () => {
  it('falls back and names the library when it cannot be loaded', () => {
    const analyzer = createAnalyzer({ voikkoLibraryPath: '/nonexistent/libvoikko.so.1' });
    expect(analyzer.backend).toBe('fallback');
    expect(analyzer.fallbackReason).toContain('/nonexistent/libvoikko.so.1');
    expect(analyzer.analyzeQuery('tuen ', 'fi')[0]!.terms).toEqual(
      analyzer.analyzeQuery('tuki ', 'fi')[0]!.terms,
    );
    analyzer.close();
  });

  // CI installs libvoikko1 and voikko-fi, so a skipped Voikko suite there is a broken setup.
  it.runIf(process.env.CI)('is available in CI', () => expect(voikkoAvailable).toBe(true));
});

describe.skipIf(!voikkoAvailable)(
  `Voikko base forms${voikkoAvailable ? '' : ` (${VOIKKO_MISSING})`}`,
  () => {
    const analyzer = createAnalyzer();
    afterAll(() => analyzer.close());
    const terms = (word: string): string[] => analyzer.analyzeQuery(`${word} `, 'fi')[0]!.terms;

    it.each(Object.values(INFLECTED_TO_BASE).flat())(
      'gives %s the base form %s',
      (inflected, base) => {
        expect(terms(inflected)).toContain(base.replace('-', ''));
      },
    );

    it('keeps every reading of an ambiguous word', () => {
      expect(terms('tuen')).toEqual(expect.arrayContaining(['tuki', 'tukea']));
    });

    it('indexes compound parts as base forms, with runs of adjacent parts', () => {
      expect(analyzer.analyzeDocument('sosiaalityöntekijälle', 'fi')).toEqual([
        'sosiaalityöntekijä',
        'sosiaali',
        'sosiaalityö',
        'työ',
        'työntekijä',
        'tekijä',
      ]);
    });

    it('leaves out "eikä" though Voikko reads it as a form of "ei"', () => {
      expect(analyzer.analyzeDocument('velkaa eikä rahaa', 'fi')).toEqual([
        ...terms('velkaa'),
        ...terms('rahaa'),
      ]);
    });

    it('analyses words Voikko does not know with the fallback', () => {
      const fallback = createAnalyzer({ voikko: 'off' });
      expect(terms('pargasissa')).toEqual(fallback.analyzeQuery('pargasissa ', 'fi')[0]!.terms);
      fallback.close();
    });
  },
);
