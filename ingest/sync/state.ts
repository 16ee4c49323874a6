import { desc, eq } from 'drizzle-orm';
import type { SyncMode } from '../../schema/constants.ts';
import type { Db } from '../../schema/db.ts';
import { syncRuns, type SyncCounts } from '../../schema/sync/tables.ts';
import { toPtvQueryDate } from '../map/dates.ts';

export type SyncRun = typeof syncRuns.$inferSelect;
export const phases = ['services', 'channels', 'organizations', 'deletions', 'done'] as const;
export type Phase = (typeof phases)[number];

export const emptyCounts = (): SyncCounts => ({
  fetched: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  deleted: 0,
  quarantined: 0,
});

/**
 * The run to work on: an interrupted one (its process died: status still `running`) is resumed
 * with its own crawl pin; otherwise a new run starts. An incremental run needs a previous
 * successful run to start from, and becomes a full run without one.
 */
export function beginRun(
  db: Db,
  options: { mode: SyncMode; source: string; municipalities: string[]; now: Date },
): { run: SyncRun; resumed: boolean } {
  const running = db.select().from(syncRuns).where(eq(syncRuns.status, 'running')).get();
  if (running) return { run: running, resumed: true };
  const lastSuccess = db
    .select()
    .from(syncRuns)
    .where(eq(syncRuns.status, 'succeeded'))
    .orderBy(desc(syncRuns.id))
    .limit(1)
    .get();
  const mode: SyncMode = options.mode === 'incremental' && lastSuccess ? 'incremental' : 'full';
  const run = db
    .insert(syncRuns)
    .values({
      mode,
      status: 'running',
      source: options.source,
      municipalities: options.municipalities,
      crawlStart: toPtvQueryDate(options.now),
      since: mode === 'incremental' ? lastSuccess!.crawlStart : null,
      phase: 'services',
      counts: emptyCounts(),
      startedAt: options.now.toISOString(),
    })
    .returning()
    .get();
  return { run, resumed: false };
}

/** Saves counts (and optionally the phase); call inside the transaction of the data they count. */
export function saveProgress(db: Db, runId: number, counts: SyncCounts, phase?: Phase): void {
  db.update(syncRuns)
    .set(phase ? { counts, phase } : { counts })
    .where(eq(syncRuns.id, runId))
    .run();
}

export function finishRun(
  db: Db,
  runId: number,
  result: { status: 'succeeded' | 'failed'; counts: SyncCounts; error?: string; now: Date },
): void {
  db.update(syncRuns)
    .set({
      status: result.status,
      counts: result.counts,
      finishedAt: result.now.toISOString(),
      error: result.error ?? null,
      ...(result.status === 'succeeded' ? { phase: 'done' as const } : {}),
    })
    .where(eq(syncRuns.id, runId))
    .run();
}

/** The newest run of any status, for health checks and the admin view. */
export function lastRun(db: Db): SyncRun | undefined {
  return db.select().from(syncRuns).orderBy(desc(syncRuns.id)).limit(1).get();
}
