import type { SearchDocument } from '../../../search/contract.ts';
import { createEmbeddedEngine } from '../../../search/embedded/index.ts';
import {
  createThemeDetector,
  vocabularyWithNames,
  type MatchDeps,
} from '../../../search/match/index.ts';
import { classificationIndex, needThemes } from '../../../search/needs/index.ts';
import { testAnalyzer } from '../../helpers/app.ts';

/** Matching as the API runs it (the real vocabulary) over an embedded engine holding `documents`. */
export async function matchDepsFor(documents: SearchDocument[]): Promise<MatchDeps> {
  const engine = createEmbeddedEngine({ analyzer: testAnalyzer(), themes: needThemes });
  await engine.replaceAll(documents);
  return {
    engine,
    detector: createThemeDetector(
      testAnalyzer(),
      vocabularyWithNames(needThemes, classificationIndex),
    ),
    themes: needThemes,
  };
}
