import { beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedEngine } from '../../../search/embedded/index.ts';
import {
  createThemeDetector,
  matchNeeds,
  vocabularyWithNames,
  type MatchDeps,
} from '../../../search/match/index.ts';
import { classificationIndex, needThemes } from '../../../search/needs/index.ts';
import { buildSearchDocument } from '../helpers/corpus.ts';
import { testAnalyzer } from '../../helpers/app.ts';

// In no theme the text finds: only its words can list it.
const peers = buildSearchDocument({
  name: { fi: 'Vertaisryhmä' },
  summary: { fi: 'Tapaamisia diabeetikoille.' },
  themes: ['peer-support'],
});
let deps: MatchDeps;

beforeAll(async () => {
  const engine = createEmbeddedEngine({ analyzer: testAnalyzer(), themes: needThemes });
  await engine.replaceAll([peers]);
  deps = {
    engine,
    detector: createThemeDetector(
      testAnalyzer(),
      vocabularyWithNames(needThemes, classificationIndex),
    ),
    themes: needThemes,
  };
});

describe('words alone', () => {
  it('searches the word families of the words that found a theme ("diabetes": "diabeetikoille")', async () => {
    const result = await matchNeeds(deps, { needs: 'todettiin diabetes', lang: 'fi' });
    expect(result.themes.map((t) => t.id)).not.toContain('peer-support');
    expect(result.hits).toEqual([expect.objectContaining({ id: peers.id, theme: null })]);
  });
});
