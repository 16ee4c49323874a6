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
    lastSync: lastSync && {
      id: lastSync.id,
      mode: lastSync.mode,
      status: lastSync.status,
      phase: lastSync.phase,
      startedAt: lastSync.startedAt,
      finishedAt: lastSync.finishedAt,
      counts: lastSync.counts,
      error: lastSync.error,
    },
  };
}
