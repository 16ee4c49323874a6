import { describe, expect, it } from 'vitest';
import { createThemeDetector, type ThemeVocabulary } from '../../../search/match/index.ts';
import { testAnalyzer } from '../../helpers/app.ts';

const theme = (id: string, words: string[], weak: string[] = []): ThemeVocabulary => ({
  id,
  labels: { fi: id, sv: id, en: id },
  words: { fi: words, sv: [], en: [] },
  weakWords: { fi: weak, sv: [], en: [] },
});

/**
 * "alone" is told first with one lay word (1); "money" is told second with one lay word and a
 * weak word `sharing` themes share (0.4 / √sharing on top).
 */
const detectOrder = (sharing: number) => {
  const others = Array.from({ length: sharing - 1 }, (_, i) => theme(`other${i}`, [], ['kela']));
  const detector = createThemeDetector(testAnalyzer(), [
    theme('money', ['velka'], ['kela']),
    theme('alone', ['yksin']),
    ...others,
  ]);
  return detector.detect('yksin, velkaa ja kela', 'fi').map((t) => t.id);
};

describe('the order of near-equal themes', () => {
  it('keeps the order told when scores are within a tenth of each other', () => {
    expect(detectOrder(16)).toEqual(['alone', 'money']);
  });

  it('puts the clearly stronger theme first, though told later', () => {
    expect(detectOrder(1)).toEqual(['money', 'alone']);
  });
});

describe('the order by the best single piece of evidence', () => {
  /**
   * "shared" is told first with three words, each of which four other themes have too (1/√5
   * apiece, 1.34 in all); "own" is told last with one word of its own (1).
   */
  const detector = createThemeDetector(testAnalyzer(), [
    theme('shared', ['yksin', 'ilta', 'kirja']),
    theme('own', ['velka']),
    ...['yksin', 'ilta', 'kirja'].flatMap((word) =>
      Array.from({ length: 4 }, (_, i) => theme(`${word}${i}`, [word])),
    ),
  ]);

  it('lists a theme named by a word of its own before one summed from shared words', () => {
    const found = detector.detect('yksin, ilta, kirja ja velkaa', 'fi');
    expect(found.map((t) => t.id)).toEqual(['own', 'shared']);
    expect(found[1]!.score).toBeGreaterThan(found[0]!.score);
  });
});
