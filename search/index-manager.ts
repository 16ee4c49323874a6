import type { Db } from '../schema/db.ts';
import type { SearchEngine } from './contract.ts';
import { readSearchDocuments } from './documents.ts';
import type { ThemeCodes } from './themes.ts';

/** The part of a pino logger the manager uses. */
export interface IndexManagerLogger {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface IndexManagerOptions {
  db: Db;
  engine: SearchEngine;
  /** Need themes to map services to (search/needs `needThemes`). */
  themes?: readonly ThemeCodes[];
  logger: IndexManagerLogger;
}

/** Default poll interval: a new catalogue is searchable well within a minute of its sync run. */
export const DEFAULT_REFRESH_INTERVAL_MS = 15_000;

/**
 * Keeps a search engine in step with the catalogue database, which another process (the ingest
 * job) writes. A succeeded sync run is the unit of change: when the newest one differs from the
 * one the index was built from, the index is rebuilt from the database and swapped in whole, so
 * searches never see a half-built or empty index.
 */
export class SearchIndexManager {
  readonly #options: IndexManagerOptions;
  readonly #latestRun;
  // undefined = never built; null = built before any sync run succeeded.
  #builtFrom: number | null | undefined;
  #refreshing: Promise<boolean> | null = null;
  #timer: NodeJS.Timeout | null = null;
  #stopped = true;

  constructor(options: IndexManagerOptions) {
    this.#options = options;
    this.#latestRun = options.db.$client.prepare<[], { id: number | null }>(
      "select max(id) as id from sync_runs where status = 'succeeded'",
    );
  }

  /** The sync run the current index was built from (null: built before any run succeeded). */
  get builtFromRun(): number | null | undefined {
    return this.#builtFrom;
  }

  /**
   * Rebuilds the index when a sync run has succeeded since the last build (or nothing was built
   * yet). Resolves to whether it rebuilt. Overlapping calls share one rebuild.
   */
  refresh(): Promise<boolean> {
    this.#refreshing ??= this.#refresh().finally(() => (this.#refreshing = null));
    return this.#refreshing;
  }

  async #refresh(): Promise<boolean> {
    const run = this.#latestRun.get()?.id ?? null;
    if (this.#builtFrom !== undefined && run === this.#builtFrom) return false;
    const { db, engine, themes, logger } = this.#options;
    const started = performance.now();
    await engine.replaceAll(readSearchDocuments(db, { themes }));
    this.#builtFrom = run;
    const seconds = Math.round(performance.now() - started) / 1000;
    logger.info({ runId: run, documents: await engine.count(), seconds }, 'search index rebuilt');
    return true;
  }

  /** Refreshes now, then every `intervalMs`, until {@link stop}. A failed refresh is logged and retried. */
  start(options: { intervalMs?: number } = {}): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    const interval = options.intervalMs ?? DEFAULT_REFRESH_INTERVAL_MS;
    const tick = async () => {
      try {
        await this.refresh();
      } catch (error) {
        this.#options.logger.error(
          { err: error },
          'search index refresh failed; keeping the current index',
        );
      }
      if (this.#stopped) return;
      this.#timer = setTimeout(tick, interval);
      this.#timer.unref();
    };
    void tick();
  }

  /** Stops polling and waits for a refresh under way. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#refreshing?.catch(() => {});
  }
}
