import { statement, type Db } from '../../schema/db.ts';

/*
 * Listings and facet labels are pure functions of the catalogue, which changes only when a sync
 * run succeeds, so they are cached per catalogue version (the newest succeeded run): a results
 * page then costs no database reads once its services and places have been seen. The version is
 * read at most once a second: under load its read cost 2–3 % of a search's CPU (a read
 * transaction per call), and a new catalogue need only be served within a minute.
 */
const VERSION_CHECK_MS = 1000;

const caches = new WeakMap<
  Db['$client'],
  { version: number | null; checkedAt: number; maps: Map<string, unknown> }
>();

/**
 * The cache named `name` for the database's current catalogue version: a map that starts empty
 * within a second of a newer sync run succeeding.
 */
export function catalogueCache<V>(db: Db, name: string): Map<string, V> {
  const now = Date.now();
  let cache = caches.get(db.$client);
  if (!cache || Math.abs(now - cache.checkedAt) >= VERSION_CHECK_MS) {
    const { version } = statement(
      db,
      "select max(id) as version from sync_runs where status = 'succeeded'",
    ).get() as { version: number | null };
    if (cache?.version === version) cache.checkedAt = now;
    else {
      cache = { version, checkedAt: now, maps: new Map() };
      caches.set(db.$client, cache);
    }
  }
  let map = cache.maps.get(name) as Map<string, V> | undefined;
  if (!map) {
    map = new Map();
    cache.maps.set(name, map);
  }
  return map;
}
