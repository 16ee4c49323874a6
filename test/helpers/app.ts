import pino from 'pino';
import { createApp } from '../../api/app.ts';
import type { AppDeps } from '../../api/app-env.ts';
import { createAnalyzer, type Analyzer } from '../../search/analysis/index.ts';
import { readSearchDocuments } from '../../search/documents.ts';
import { createEmbeddedEngine } from '../../search/embedded/index.ts';
import { needThemes } from '../../search/needs/index.ts';
import { createTestDb } from './db.ts';

let sharedAnalyzer: Analyzer | undefined;
/** One analyser for the test process: Voikko loads once, and nothing a test does changes it. */
export function testAnalyzer(): Analyzer {
  return (sharedAnalyzer ??= createAnalyzer());
}

/**
 * The real app on a fresh migrated database, silent logs, a fixed or given clock, and an empty
 * embedded search engine (fill it with {@link indexCatalogue} once the catalogue is in place).
 */
export function createTestApp(overrides: Partial<AppDeps> = {}) {
  const analyzer = overrides.analyzer ?? testAnalyzer();
  const deps: AppDeps = {
    db: overrides.db ?? createTestDb(),
    logger: overrides.logger ?? pino({ level: 'silent' }),
    clock: overrides.clock ?? (() => new Date('2026-11-23T10:00:00Z')),
    search: overrides.search ?? createEmbeddedEngine({ analyzer, themes: needThemes }),
    analyzer,
    ...(overrides.security ? { security: overrides.security } : {}),
  };
  return { app: createApp(deps), deps };
}

/** Indexes the app's database into its engine, as the index manager does after a sync run. */
export async function indexCatalogue(deps: Pick<AppDeps, 'db' | 'search'>): Promise<void> {
  await deps.search.replaceAll(readSearchDocuments(deps.db, { themes: needThemes }));
}
