import { count, desc, isNull } from 'drizzle-orm';
import { statement, type Db } from '../../schema/db.ts';
import { channels, organizations, services, syncRuns } from '../../schema/tables.ts';

type CatalogueCounts = { services: number; organizations: number; channels: number };

/*
 * Counting the live rows scans the tables (tens of milliseconds at 100,000 services, blocking
 * every search of the process), and a load balancer asks often. Only sync runs change the
 * catalogue, so the counts are kept until a run starts or finishes.
 */
const counted = new WeakMap<Db['$client'], { version: string; counts: CatalogueCounts }>();

function catalogueCounts(db: Db): CatalogueCounts {
  const { version } = statement(
    db,
    "select coalesce(max(id), 0) || ':' || coalesce(max(finished_at), '') as version from sync_runs",
  ).get() as { version: string };
  const known = counted.get(db.$client);
  if (known?.version === version) return known.counts;
  const live = (table: typeof services | typeof channels | typeof organizations) =>
    db.select({ n: count() }).from(table).where(isNull(table.deletedAt)).get()?.n ?? 0;
  const counts = {
    services: live(services),
    organizations: live(organizations),
    channels: live(channels),
  };
  counted.set(db.$client, { version, counts });
  return counts;
}

export function getHealth(db: Db) {
  const lastSync = db.select().from(syncRuns).orderBy(desc(syncRuns.id)).limit(1).get() ?? null;
  return {
    status: 'ok' as const,
    catalogue: catalogueCounts(db),
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
