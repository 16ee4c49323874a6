import type { SearchDocument } from '../../../search/contract.ts';
import { createEmbeddedEngine } from '../../../search/embedded/index.ts';
import { bundledMatchDeps, type MatchDeps } from '../../../search/match/index.ts';
import { needThemes } from '../../../search/needs/index.ts';
import { testAnalyzer } from '../../helpers/app.ts';

/** Matching as the API runs it (the real vocabulary) over an embedded engine holding `documents`. */
export async function matchDepsFor(documents: SearchDocument[]): Promise<MatchDeps> {
  const analyzer = testAnalyzer();
  const engine = createEmbeddedEngine({ analyzer, themes: needThemes });
  await engine.replaceAll(documents);
  return bundledMatchDeps(engine, analyzer);
}
