import type { SearchDocument } from '../../../search/contract.ts';
import { createEmbeddedEngine } from '../../../search/embedded/index.ts';
import {
  bundledMatchDeps,
  type DetectedTheme,
  type MatchDeps,
} from '../../../search/match/index.ts';
import { needThemes } from '../../../search/needs/index.ts';
import { testAnalyzer } from '../../helpers/app.ts';

/** Matching as the API runs it (the real vocabulary) over an embedded engine holding `documents`. */
export async function matchDepsFor(documents: SearchDocument[]): Promise<MatchDeps> {
  const analyzer = testAnalyzer();
  const engine = createEmbeddedEngine({ analyzer, themes: needThemes });
  await engine.replaceAll(documents);
  return bundledMatchDeps(engine, analyzer);
}

/** A theme as a stub detector finds it: by score and strength, with no words of the text. */
export const detectedTheme = (
  id: string,
  score: number,
  strength: number,
  named = false,
): DetectedTheme => ({
  id,
  score,
  strength,
  named,
  words: [],
  position: 0,
  family: [],
  said: [],
});
