import type { Instant } from '../instant.ts';

/** The three entity folders of a dump, named as on disk. */
export type EntityKind = 'organizations' | 'services' | 'channels';
export const ENTITY_KINDS: readonly EntityKind[] = ['organizations', 'services', 'channels'];

/** The index fields every entity keeps in memory; bodies stay on disk. */
interface EntryBase {
  id: string;
  /** File name inside the kind's folder (normally `<id>.json`). */
  file: string;
  /** File mtime and size at indexing time, to notice edits on a rescan. */
  mtimeMs: number;
  size: number;
  publishingStatus: string;
  modified: Instant;
  /** First published `Name`-type name, fi first (what ID pages show). */
  name: string | null;
  areaType: string | null;
  /** Municipality codes reached through any area, the synthetic Municipality entry included. */
  municipalities: readonly string[];
  /** Region-like areas as `<path area name>:<code>`, e.g. `Province:01`. */
  regions: readonly string[];
}

export interface ServiceEntry extends EntryBase {
  kind: 'services';
  serviceType: string | null;
  /** Responsible, other responsible and producer organisations. */
  organizationIds: readonly string[];
  /** Connection `modified` instants as flat `[sec, tick, ...]`: connection changes count for `?date=`. */
  connectionChanges: readonly number[];
}

export interface ChannelEntry extends EntryBase {
  kind: 'channels';
  channelType: string | null;
  organizationId: string | null;
  connectionChanges: readonly number[];
}

export interface OrganizationEntry extends EntryBase {
  kind: 'organizations';
  organizationType: string | null;
  /** The municipality a `Municipality`-type organisation is. */
  municipality: string | null;
  parentOrganizationId: string | null;
  businessCode: string | null;
  oid: string | null;
}

export type Entry = ServiceEntry | ChannelEntry | OrganizationEntry;
export type EntryOf<K extends EntityKind> = Extract<Entry, { kind: K }>;

/** Statuses that the `status=Archived` and `status=Withdrawn` listings serve. */
export const ARCHIVED_STATUSES: ReadonlySet<string> = new Set(['Deleted', 'OldPublished']);
export const WITHDRAWN_STATUSES: ReadonlySet<string> = new Set(['Modified']);

export function isPublished(entry: Entry): boolean {
  return entry.publishingStatus === 'Published';
}
