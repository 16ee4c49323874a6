import { describe, expect, it } from 'vitest';
import { createEmbeddedEngine } from '../../../search/embedded/index.ts';
import {
  createThemeDetector,
  matchNeeds,
  vocabularyWithNames,
  type MatchDeps,
} from '../../../search/match/index.ts';
import { classificationIndex, needThemes } from '../../../search/needs/index.ts';
import { testAnalyzer } from '../../helpers/app.ts';

// Theme order needs no services: an empty index.
const deps: MatchDeps = {
  engine: createEmbeddedEngine({ analyzer: testAnalyzer(), themes: needThemes }),
  detector: createThemeDetector(
    testAnalyzer(),
    vocabularyWithNames(needThemes, classificationIndex),
  ),
  themes: needThemes,
};
const themesOf = async (needs: string) =>
  (await matchNeeds(deps, { needs, lang: 'fi' })).themes.map((t) => t.id);

describe('the order of the themes found', () => {
  it('puts the need before the age group a single word tells ("eläkeläinen", "nuorella")', async () => {
    expect(await themesOf('eläkeläinen on velkaantunut')).toEqual([
      'debt-and-money',
      'older-people',
    ]);
    expect(await themesOf('nuorella on ahdistusta')).toEqual([
      'mental-health',
      'children-and-youth',
    ]);
  });

  it('keeps an age group’s theme first when a phrase of it tells the need', async () => {
    const themes = await themesOf('ei ole opiskelupaikkaa eikä töitä');
    expect(themes[0]).toBe('children-and-youth');
  });
});
