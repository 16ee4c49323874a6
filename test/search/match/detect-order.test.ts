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
