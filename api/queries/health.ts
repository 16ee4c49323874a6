import { count, isNull } from 'drizzle-orm';
import type { Db } from '../../schema/db.ts';
import { channels, organizations, services, syncRuns } from '../../schema/tables.ts';
import { desc } from 'drizzle-orm';

export function getHealth(db: Db) {
  const lastSync = db.select().from(syncRuns).orderBy(desc(syncRuns.id)).limit(1).get() ?? null;
  const live = (table: typeof services | typeof channels | typeof organizations) =>
    db.select({ n: count() }).from(table).where(isNull(table.deletedAt)).get()?.n ?? 0;
  return {
    status: 'ok' as const,
    catalogue: {
      services: live(services),
      organizations: live(organizations),
      channels: live(channels),
    },
    lastSync: lastSync && toSyncRunView(lastSync),
  };
}

/** The fields of a sync run the API shows (health and the admin views). */
export function toSyncRunView(r: typeof syncRuns.$inferSelect) {
  return {
    id: r.id,
    mode: r.mode,
    status: r.status,
    phase: r.phase,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    counts: r.counts,
    error: r.error,
  };
}
