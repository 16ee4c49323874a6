import { Meilisearch } from 'meilisearch';
import type { Analyzer } from './analysis/index.ts';
import type { SearchEngine } from './contract.ts';
import { createEmbeddedEngine } from './embedded/index.ts';
import { MeilisearchEngine } from './meilisearch/index.ts';
import { needThemes } from './needs/index.ts';

export interface SearchConfig {
  /** Meilisearch base URL; without it the embedded engine is used. */
  meiliUrl?: string;
  meiliKey?: string;
  /** Index uid on Meilisearch (default `services`). */
  meiliIndex?: string;
}

/** The configured engine: Meilisearch when MEILI_URL is set, otherwise the embedded one. */
export function createSearchEngine(config: SearchConfig, analyzer: Analyzer): SearchEngine {
  if (config.meiliUrl) {
    return new MeilisearchEngine({
      client: new Meilisearch({ host: config.meiliUrl, apiKey: config.meiliKey }),
      index: config.meiliIndex,
      analyzer,
      themes: needThemes,
    });
  }
  return createEmbeddedEngine({ analyzer, themes: needThemes });
}
