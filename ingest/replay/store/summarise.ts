import { parseGuid } from '../guid.ts';
import { parseModified } from '../instant.ts';
import type { ChannelEntry, EntityKind, Entry, OrganizationEntry, ServiceEntry } from './entry.ts';

/** Where a file came from; the rest of an entry is read from its JSON. */
export interface FileFacts {
  file: string;
  mtimeMs: number;
  size: number;
}

type Json = Record<string, unknown>;

/** JSON area `type` to the `{area}` path name that filters on it. */
const REGION_PATH_NAMES: Record<string, string> = {
  Region: 'Province',
  BusinessSubRegion: 'BusinessRegions',
  HospitalDistrict: 'HospitalRegions',
};

const LANGUAGE_ORDER = ['fi', 'sv', 'en', 'se', 'smn', 'sms'];

/** Shares repeated strings (municipality codes, organisation ids) across 100k entries. */
export class Interner {
  readonly #strings = new Map<string, string>();

  intern(s: string): string {
    const known = this.#strings.get(s);
    if (known !== undefined) return known;
    this.#strings.set(s, s);
    return s;
  }
}

/** Most entities have no regions or connections: they all share one empty array. */
const EMPTY: readonly never[] = Object.freeze([]);
const compact = <T>(list: T[]): readonly T[] => (list.length === 0 ? EMPTY : list);

const asArray = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const asString = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function firstName(names: unknown): string | null {
  const candidates = asArray(names).filter((n) => n.type === 'Name' && typeof n.value === 'string');
  const rank = (n: Json) => {
    const i = LANGUAGE_ORDER.indexOf(String(n.language));
    return i === -1 ? LANGUAGE_ORDER.length : i;
  };
  let best: Json | undefined;
  for (const n of candidates) if (!best || rank(n) < rank(best)) best = n;
  return best ? (best.value as string) : null;
}

function areaFacts(areas: unknown, interner: Interner) {
  const municipalities = new Set<string>();
  const regions = new Set<string>();
  /** Which municipalities each region holds, as far as this entity shows it. */
  const regionMembers = new Map<string, string[]>();
  for (const area of asArray(areas)) {
    const type = asString(area.type);
    const code = asString(area.code);
    const members = asArray(area.municipalities)
      .map((m) => asString(m.code))
      .filter((c): c is string => c !== null)
      .map((c) => interner.intern(c));
    members.forEach((c) => municipalities.add(c));
    if (type === 'Municipality' && code) municipalities.add(interner.intern(code));
    const pathName = type ? REGION_PATH_NAMES[type] : undefined;
    if (pathName && code) {
      const key = interner.intern(`${pathName}:${code}`);
      regions.add(key);
      regionMembers.set(key, members);
    }
  }
  return {
    municipalities: compact([...municipalities]),
    regions: compact([...regions]),
    regionMembers,
  };
}

function connectionChanges(connections: unknown): number[] {
  const flat: number[] = [];
  for (const c of asArray(connections)) {
    const at = parseModified(c.modified);
    if (at) flat.push(at.sec, at.tick);
  }
  return flat;
}

function guidOrNull(v: unknown, interner: Interner): string | null {
  const g = typeof v === 'string' ? parseGuid(v) : null;
  return g ? interner.intern(g) : null;
}

export interface Summary {
  entry: Entry;
  regionMembers: Map<string, string[]>;
}

/**
 * Extracts the index fields of one dump file. Returns an error text instead of throwing when
 * the JSON is not an entity (no GUID `id`, or no readable `modified`).
 */
export function summarise(
  kind: EntityKind,
  json: unknown,
  facts: FileFacts,
  interner: Interner,
): Summary | string {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'not an object';
  const o = json as Json;
  const id = typeof o.id === 'string' ? parseGuid(o.id) : null;
  if (!id) return 'no GUID id';
  const modified = parseModified(o.modified);
  if (!modified) return `unreadable modified ${JSON.stringify(o.modified)}`;
  const areas = areaFacts(o.areas, interner);
  // Literal objects with a fixed key order, no spreads: V8 then shares one hidden class per
  // kind, where spread-built entries cost a hidden class each (75 MB on 170k entries).
  const { file, mtimeMs, size } = facts;
  const publishingStatus = asString(o.publishingStatus) ?? 'Published';
  const areaType = asString(o.areaType);
  const { municipalities, regions } = areas;
  let entry: Entry;
  if (kind === 'services') {
    const organizationIds = asArray(o.organizations)
      .map((r) => guidOrNull((r.organization as Json | null)?.id, interner))
      .filter((g): g is string => g !== null);
    entry = {
      kind,
      id,
      file,
      mtimeMs,
      size,
      publishingStatus,
      modified,
      areaType,
      municipalities,
      regions,
      name: firstName(o.serviceNames),
      serviceType: asString(o.type),
      organizationIds: compact([...new Set(organizationIds)]),
      connectionChanges: compact(connectionChanges(o.serviceChannels)),
    } satisfies ServiceEntry;
  } else if (kind === 'channels') {
    entry = {
      kind,
      id,
      file,
      mtimeMs,
      size,
      publishingStatus,
      modified,
      areaType,
      municipalities,
      regions,
      name: firstName(o.serviceChannelNames),
      channelType: asString(o.serviceChannelType),
      organizationId: guidOrNull(o.organizationId, interner),
      connectionChanges: compact(connectionChanges(o.services)),
    } satisfies ChannelEntry;
  } else {
    const municipality = asString((o.municipality as Json | null)?.code);
    entry = {
      kind,
      id,
      file,
      mtimeMs,
      size,
      publishingStatus,
      modified,
      areaType,
      municipalities,
      regions,
      name: firstName(o.organizationNames),
      organizationType: asString(o.organizationType),
      municipality: municipality ? interner.intern(municipality) : null,
      parentOrganizationId: guidOrNull(o.parentOrganizationId, interner),
      businessCode: asString(o.businessCode),
      oid: asString(o.oid),
    } satisfies OrganizationEntry;
  }
  return { entry, regionMembers: areas.regionMembers };
}
