import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { ChannelMode } from '../../search/contract.ts';
import type { OrganizationKind } from '../../schema/constants.ts';
import type { Db } from '../../schema/db.ts';
import { pickLocalized } from '../../schema/localized.ts';
import {
  channels,
  organizations,
  serviceChannels,
  serviceMunicipalities,
  services,
} from '../../schema/tables.ts';

type Picked = NonNullable<ReturnType<typeof pickLocalized>>;

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
 * in four queries for the whole page whatever its size. Ids not published (removed since the
 * index was built) are left out of the map.
 */
export function readServiceItems(
  db: Db,
  ids: readonly string[],
  lang: string,
): Map<string, ServiceItem> {
  if (ids.length === 0) return new Map();
  const list = [...new Set(ids)];
  const rows = db
    .select({
      id: services.id,
      name: services.name,
      summary: services.summary,
      languages: services.languages,
      areaType: services.areaType,
      chargeType: services.chargeType,
      organizationId: services.responsibleOrganizationId,
    })
    .from(services)
    .where(and(inArray(services.id, list), isNull(services.deletedAt)))
    .all();
  const orgIds = [...new Set(rows.map((r) => r.organizationId).filter((id) => id !== null))];
  const orgs = new Map(
    (orgIds.length === 0
      ? []
      : db
          .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
          .from(organizations)
          .where(and(inArray(organizations.id, orgIds), isNull(organizations.deletedAt)))
          .all()
    ).map((o) => [o.id, o]),
  );
  const modes = group(
    db
      .select({ serviceId: serviceChannels.serviceId, type: channels.type })
      .from(serviceChannels)
      .innerJoin(channels, eq(channels.id, serviceChannels.channelId))
      .where(and(inArray(serviceChannels.serviceId, list), isNull(channels.deletedAt)))
      .all(),
    (r) => r.serviceId,
  );
  const areas = group(
    db
      .select({
        serviceId: serviceMunicipalities.serviceId,
        code: serviceMunicipalities.municipalityCode,
      })
      .from(serviceMunicipalities)
      .where(inArray(serviceMunicipalities.serviceId, list))
      .orderBy(serviceMunicipalities.municipalityCode)
      .all(),
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
