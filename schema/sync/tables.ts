import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { json } from '../columns.ts';
import { entityTypes, syncModes, syncStatuses } from '../constants.ts';

export interface SyncCounts {
  fetched: number;
  inserted: number;
  updated: number;
  unchanged: number;
  deleted: number;
  quarantined: number;
}

export const syncRuns = sqliteTable('sync_runs', {
  id: integer().primaryKey({ autoIncrement: true }),
  mode: text({ enum: syncModes }).notNull(),
  status: text({ enum: syncStatuses }).notNull(),
  source: text().notNull(),
  municipalities: json<string[]>().notNull(),
  /** PTV `dateBefore` pin (`yyyy-MM-ddTHH:mm:ss` UTC); the next incremental run's `date`. */
  crawlStart: text().notNull(),
  /** PTV `date` of an incremental run. */
  since: text(),
  /** Stage reached, committed with the data of that stage so a rerun resumes from it. */
  phase: text().notNull(),
  counts: json<SyncCounts>().notNull(),
  startedAt: text().notNull(),
  finishedAt: text(),
  error: text(),
});

/** A PTV record that failed validation or mapping: kept with its reason, never fatal. */
export const quarantine = sqliteTable(
  'quarantine',
  {
    entityType: text({ enum: entityTypes }).notNull(),
    ptvId: text().notNull(),
    runId: integer().notNull(),
    reason: text().notNull(),
    issues: json<unknown>(),
    payload: text(),
    firstSeenAt: text().notNull(),
    lastSeenAt: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.entityType, t.ptvId] })],
);
