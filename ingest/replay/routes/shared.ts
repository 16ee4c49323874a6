import { ZERO_GUID } from '../guid.ts';
import { anyInWindow, inWindow, type DateWindow } from '../instant.ts';
import { jsonArray, readBodies } from '../paging.ts';
import { readDateWindow, readGuidParam, readGuids, readStatus, type Query } from '../query.ts';
import { notFound, rawJson, serverError } from '../reply.ts';
import type { RouteHandler } from '../router.ts';
import type { DumpStore } from '../store/dump-store.ts';
import {
  ARCHIVED_STATUSES,
  isPublished,
  WITHDRAWN_STATUSES,
  type EntityKind,
  type Entry,
  type EntryOf,
} from '../store/entry.ts';

/** How PTV names each kind in its error messages. */
export const LABELS: Record<EntityKind, { one: string; many: string }> = {
  services: { one: 'Service', many: 'Services not found.' },
  channels: { one: 'Service channel', many: 'Service channels not found.' },
  organizations: { one: 'Organization', many: 'Organizations not found.' },
};

const TOO_MANY_ITEMS =
  'There were too many items within result set. Only 100 items are allowed. Use more restrictive search criteria!';
const GUIDS_LIMIT = 100;

/** `GET /<Kind>/{id}`: published only; the all-zero GUID fails with 500 as live PTV does. */
export function byId(store: DumpStore, kind: EntityKind): RouteHandler {
  return ({ params }) => {
    const id = readGuidParam('id', params.id);
    if (id === ZERO_GUID)
      throw serverError('Object reference not set to an instance of an object.');
    const entry = store.get(kind, id);
    const body = entry && isPublished(entry) ? store.readBody(entry) : null;
    if (!body) throw notFound(`${LABELS[kind].one} with id '${params.id}' not found.`);
    return rawJson(body);
  };
}

/** Stable but not request order, so clients cannot rely on PTV keeping theirs. */
function scrambled(entries: Entry[]): Entry[] {
  const hash = (id: string) => {
    let h = 2166136261;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
    return h >>> 0;
  };
  return entries
    .map((e) => [hash(e.id), e] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, e]) => e);
}

/**
 * `GET /<Kind>/list?guids=`: unknown and unpublished ids drop out silently; none found is 404,
 * and more than 100 found is PTV's 500.
 */
export function byGuids(store: DumpStore, kind: EntityKind): RouteHandler {
  return ({ query }) => {
    const found = readGuids(query)
      .map((id) => store.get(kind, id))
      .filter((e): e is Entry => e !== undefined && isPublished(e));
    if (found.length > GUIDS_LIMIT) throw serverError(TOO_MANY_ITEMS);
    const bodies = readBodies(store, scrambled(found));
    if (bodies.length === 0) throw notFound(LABELS[kind].many);
    return rawJson(jsonArray(bodies));
  };
}

export const windowKey = (w: DateWindow) => `${w.after ?? ''}-${w.before ?? ''}`;

/** Published entries modified in the window (connection changes not counted). */
export function publishedIn(window: DateWindow): (e: Entry) => boolean {
  return (e) => isPublished(e) && inWindow(e.modified.sec, e.modified.tick, window);
}

/**
 * The entries of a `status`/`date`/`dateBefore` listing. Archived is `Deleted`/`OldPublished`,
 * Withdrawn is `Modified`; `Draft` and `Removed` appear in none. For Published services and
 * channels a date window also catches changed connections, as PTV's tracking table does.
 */
export function statusListing<K extends EntityKind>(
  store: DumpStore,
  kind: K,
  query: Query,
  extra?: { key: string; test: (e: EntryOf<K>) => boolean },
): readonly EntryOf<K>[] {
  const status = readStatus(query);
  const window = readDateWindow(query);
  const filtered = window.after !== undefined || window.before !== undefined;
  const inStatus = (e: Entry) =>
    status === 'Published'
      ? isPublished(e)
      : (status === 'Archived' ? ARCHIVED_STATUSES : WITHDRAWN_STATUSES).has(e.publishingStatus);
  const changed = (e: Entry) =>
    inWindow(e.modified.sec, e.modified.tick, window) ||
    (filtered &&
      status === 'Published' &&
      e.kind !== 'organizations' &&
      anyInWindow(e.connectionChanges, window));
  return store.select(
    kind,
    `status:${status}:${windowKey(window)}:${extra?.key ?? ''}`,
    (e) => inStatus(e) && changed(e) && (extra ? extra.test(e) : true),
  );
}

/** `{id, name}` items of a `V3VmOpenApiGuidPage`. */
export const idAndName = (e: Entry): object => ({ id: e.id, name: e.name });
