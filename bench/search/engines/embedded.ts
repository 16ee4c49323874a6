import { createAnalyzer } from '../../../search/analysis/index.ts';
import { createEmbeddedEngine } from '../../../search/embedded/index.ts';
import { needThemes } from '../../../search/needs/index.ts';
import type { BenchEngine } from './types.ts';

/** tarjotin's embedded engine, with Voikko when it loads (as in production). */
export function embeddedBench(): BenchEngine {
  const analyzer = createAnalyzer();
  const engine = createEmbeddedEngine({ analyzer, themes: needThemes });
  return {
    name: `embedded (${analyzer.backend})`,
    build: (documents) => engine.replaceAll(documents),
    search: async (query) => (await engine.search(query)).total,
  };
}
