import type { ChannelMode } from '../../search/contract.ts';
import type { OrganizationKind } from '../../schema/constants.ts';
import { statement, type Db } from '../../schema/db.ts';
import { catalogueCache } from './catalogue-cache.ts';
import { pickLocalized, type Localized } from '../../schema/localized.ts';

type Picked = NonNullable<ReturnType<typeof pickLocalized>>;

type JsonColumn = 'name' | 'summary' | 'languages';

interface Row {
  id: string;
  name: Localized;
  summary: Localized;
  languages: string[];
  areaType: string | null;
  chargeType: string | null;
  organizationId: string | null;
}

/** A service as a search, suggestion or match lists it. */
export interface ServiceItem {
  id: string;
  name: Picked;
  summary: Picked | null;
  organization: { id: string; name: Picked | null; kind: OrganizationKind } | null;
  channels: ChannelMode[];
  municipalities: string[];
  nationwide: boolean;
  languages: string[];
  free: boolean | null;
}

// Same mapping as the search documents (search/documents.ts), so a filter and a listing agree.
const MODES: Record<string, ChannelMode> = {
  ServiceLocation: 'visit',
  Phone: 'phone',
  EChannel: 'online',
  WebPage: 'online',
  PrintableForm: 'online',
};
const MODE_ORDER: ChannelMode[] = ['visit', 'phone', 'online'];

const group = <T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
};

/**
 * The listing of each published service in `ids`, texts picked for `lang` (a fallback marked),
 * read in four queries for the whole page whatever its size, or from the cache. Ids not published
 * (removed since the index was built) are left out of the map.
 */
export function readServiceItems(
  db: Db,
  ids: readonly string[],
  lang: string,
): Map<string, ServiceItem> {
  // One map per language: a key per id without a string built for every lookup.
  const cache = catalogueCache<ServiceItem | null>(db, `listings:${lang}`);
  const out = new Map<string, ServiceItem>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const cached = cache.get(id);
    if (cached === undefined) missing.push(id);
    else if (cached) out.set(id, cached);
  }
  if (missing.length === 0) return out;
  const read = readUncached(db, missing, lang);
  if (cache.size > MAX_CACHED) cache.clear();
  for (const id of missing) {
    const item = read.get(id) ?? null;
    cache.set(id, item);
    if (item) out.set(id, item);
  }
  return out;
}

// Bounds the listings kept for one catalogue version and language.
const MAX_CACHED = 25_000;

function readUncached(db: Db, ids: string[], lang: string): Map<string, ServiceItem> {
  const list = JSON.stringify(ids);
  const raw = statement(
    db,
    `select id, name, summary, languages, area_type as areaType, charge_type as chargeType,
       responsible_organization_id as organizationId
     from services where id in (select value from json_each(?)) and deleted_at is null`,
  ).all(list) as (Omit<Row, JsonColumn> & Record<JsonColumn, string>)[];
  const rows: Row[] = raw.map((r) => ({
    ...r,
    name: JSON.parse(r.name),
    summary: JSON.parse(r.summary),
    languages: JSON.parse(r.languages),
  }));
  const orgs = new Map(
    (
      statement(
        db,
        `select id, name, kind from organizations
         where id in (select value from json_each(?)) and deleted_at is null`,
      ).all(JSON.stringify([...new Set(rows.map((r) => r.organizationId).filter(Boolean))])) as {
        id: string;
        name: string;
        kind: OrganizationKind;
      }[]
    ).map((o) => [o.id, { ...o, name: JSON.parse(o.name) as Localized }]),
  );
  const modes = group(
    statement(
      db,
      `select sc.service_id as serviceId, c.type from service_channels sc
       join channels c on c.id = sc.channel_id and c.deleted_at is null
       where sc.service_id in (select value from json_each(?))`,
    ).all(list) as { serviceId: string; type: string }[],
    (r) => r.serviceId,
  );
  const areas = group(
    statement(
      db,
      `select service_id as serviceId, municipality_code as code from service_municipalities
       where service_id in (select value from json_each(?)) order by municipality_code`,
    ).all(list) as { serviceId: string; code: string }[],
    (r) => r.serviceId,
  );
  const items = new Map<string, ServiceItem>();
  for (const row of rows) {
    const org = row.organizationId ? orgs.get(row.organizationId) : undefined;
    const used = new Set((modes.get(row.id) ?? []).map((m) => MODES[m.type]));
    const nationwide =
      row.areaType === 'Nationwide' || row.areaType === 'NationwideExceptAlandIslands';
    items.set(row.id, {
      id: row.id,
      name: pickLocalized(row.name, lang) ?? { value: row.id, lang, fallback: true },
      summary: pickLocalized(row.summary, lang),
      organization: org
        ? { id: org.id, name: pickLocalized(org.name, lang), kind: org.kind }
        : null,
      channels: MODE_ORDER.filter((m) => used.has(m)),
      municipalities: nationwide ? [] : (areas.get(row.id) ?? []).map((a) => a.code),
      nationwide,
      languages: row.languages,
      free: row.chargeType === 'FreeOfCharge' ? true : row.chargeType === null ? null : false,
    });
  }
  return items;
}
