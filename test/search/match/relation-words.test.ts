import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../search/analysis/index.ts';
import { withoutRelations } from '../../../search/match/relation-words.ts';

/** The words left, without the spaces the removed ones leave. */
const left = (text: string, lang: Lang) =>
  withoutRelations(text, lang)
    .split(/[\s,]+/)
    .filter(Boolean)
    .join(' ');

describe('withoutRelations', () => {
  it('leaves out inflected Finnish words for a spouse, a parent or a child', () => {
    expect(left('mies lähti ja soitti äidilleni, lapsille ei ole ruokaa', 'fi')).toBe(
      'lähti ja soitti ei ole ruokaa',
    );
  });

  it('keeps Finnish compounds that name a service or another person', () => {
    expect(left('äitiysneuvola ja poikaystävä', 'fi')).toBe('äitiysneuvola ja poikaystävä');
  });

  it('leaves out Swedish and English forms but not the words they begin', () => {
    expect(left('mannen och barnen äter frukost', 'sv')).toBe('och äter frukost');
    expect(left("my husband's kidney, a moment with the kids", 'en')).toBe(
      'my kidney a moment with the',
    );
  });
});
