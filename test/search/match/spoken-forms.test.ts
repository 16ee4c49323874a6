import { describe, expect, it } from 'vitest';
import { createThemeDetector, type ThemeVocabulary } from '../../../search/match/index.ts';
import { testAnalyzer } from '../../helpers/app.ts';

const theme = (id: string, fi: string[]): ThemeVocabulary => ({
  id,
  labels: { fi: id, sv: id, en: id },
  words: { fi, sv: [], en: [] },
  weakWords: { fi: [], sv: [], en: [] },
});

const detector = createThemeDetector(testAnalyzer(), [theme('mood', ['masentunut', 'sängyssä'])]);
const mood = (text: string) => detector.detect(text, 'fi').find((t) => t.id === 'mood');

describe('spoken participles', () => {
  it('read a participle without its final t as the written one, at half credit', () => {
    const spoken = mood('äiti on masentunu ja makaa sängyssä')!;
    const written = mood('äiti on masentunut ja makaa sängyssä')!;
    const neither = mood('äiti on kotona ja makaa sängyssä')!;
    expect(spoken.score).toBeGreaterThan(neither.score);
    expect(spoken.score).toBeLessThan(written.score);
  });

  it('keep the word as the client wrote it among the words said', () => {
    expect(mood('äiti on masentunu ja makaa sängyssä')!.said).toContain('masentunu');
  });
});
