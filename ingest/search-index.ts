import type { Logger } from 'pino';
import type { Db } from '../schema/db.ts';
import { createAnalyzer } from '../search/analysis/index.ts';
import { createSearchEngine } from '../search/create-engine.ts';
import { readSearchDocuments } from '../search/documents.ts';
import { needThemes } from '../search/needs/index.ts';

/**
 * Brings the shared Meilisearch index in step with the catalogue the run just wrote: a full
 * rebuild swapped in atomically, so API processes never see a half-built index. (The embedded
 * engine needs nothing here: each API process rebuilds its own when it sees the new run.)
 */
export async function syncSearchIndex(
  db: Db,
  config: { MEILI_URL?: string; MEILI_KEY?: string },
  logger: Logger,
): Promise<void> {
  const analyzer = createAnalyzer();
  const engine = createSearchEngine(
    { meiliUrl: config.MEILI_URL, meiliKey: config.MEILI_KEY },
    analyzer,
  );
  try {
    const started = performance.now();
    await engine.replaceAll(readSearchDocuments(db, { themes: needThemes }));
    logger.info(
      {
        engine: engine.name,
        documents: await engine.count(),
        seconds: (performance.now() - started) / 1000,
      },
      'search index rebuilt',
    );
  } finally {
    await engine.close();
    analyzer.close();
  }
}
