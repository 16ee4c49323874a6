import { statement, type Db } from '../../schema/db.ts';

/*
 * Listings and facet labels are pure functions of the catalogue, which changes only when a sync
 * run succeeds, so they are cached per catalogue version (the newest succeeded run): a results
 * page then costs no database reads once its services and places have been seen.
 */
const caches = new WeakMap<Db['$client'], { version: number | null; maps: Map<string, unknown> }>();

/**
 * The cache named `name` for the database's current catalogue version: a map that starts empty
 * whenever a newer sync run has succeeded.
 */
export function catalogueCache<V>(db: Db, name: string): Map<string, V> {
  const { version } = statement(
    db,
    "select max(id) as version from sync_runs where status = 'succeeded'",
  ).get() as { version: number | null };
  let cache = caches.get(db.$client);
  if (!cache || cache.version !== version) {
    cache = { version, maps: new Map() };
    caches.set(db.$client, cache);
  }
  let map = cache.maps.get(name) as Map<string, V> | undefined;
  if (!map) {
    map = new Map();
    cache.maps.set(name, map);
  }
  return map;
}
