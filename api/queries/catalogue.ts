import { and, asc, countDistinct, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../schema/db.ts';
import {
  areas,
  channels,
  classifications,
  municipalities,
  organizations,
  serviceAreas,
  serviceChannels,
  serviceClassifications,
  serviceMunicipalities,
  serviceOrganizations,
  services,
} from '../../schema/tables.ts';
import type {
  ChannelView,
  OrganizationDetail,
  OrganizationRef,
  ServiceDetail,
} from '../../schema/catalogue/api.ts';

type ChannelRow = typeof channels.$inferSelect;

function toChannelView(row: ChannelRow): ChannelView {
  return {
    id: row.id,
    type: row.type,
    organizationId: row.organizationId,
    name: row.name,
    summary: row.summary,
    description: row.description,
    areaType: row.areaType,
    municipalityCodes: row.municipalityCodes,
    languages: row.languages,
    webPages: row.webPages,
    emails: row.emails,
    phones: row.phones,
    addresses: row.addresses,
    hours: row.hours,
    entrances: row.entrances,
    accessibility: row.accessibility,
    details: row.details as Record<string, unknown>,
    lat: row.lat,
    lon: row.lon,
    municipalityCode: row.municipalityCode,
    postalCode: row.postalCode,
    updatedAt: row.sourceModifiedAt,
  };
}

/** Published organisations by id, as references. */
export function getOrganizationRefs(db: Db, ids: string[]): Map<string, OrganizationRef> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
    .from(organizations)
    .where(and(inArray(organizations.id, ids), isNull(organizations.deletedAt)))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}

/** A published service with everything its page shows; null when absent or unpublished. */
export function getService(db: Db, id: string): ServiceDetail | null {
  const service = db
    .select()
    .from(services)
    .where(and(eq(services.id, id), isNull(services.deletedAt)))
    .get();
  if (!service) return null;
  const roles = db
    .select()
    .from(serviceOrganizations)
    .where(eq(serviceOrganizations.serviceId, id))
    .orderBy(asc(serviceOrganizations.position))
    .all();
  const orgs = getOrganizationRefs(
    db,
    roles.map((r) => r.organizationId).filter((o): o is string => o !== null),
  );
  const connections = db
    .select({ connection: serviceChannels, channel: channels })
    .from(serviceChannels)
    .innerJoin(channels, eq(channels.id, serviceChannels.channelId))
    .where(and(eq(serviceChannels.serviceId, id), isNull(channels.deletedAt)))
    .orderBy(asc(serviceChannels.position))
    .all();
  const classificationRows = db
    .select({
      id: classifications.id,
      kind: classifications.kind,
      code: classifications.code,
      name: classifications.name,
    })
    .from(serviceClassifications)
    .innerJoin(classifications, eq(classifications.id, serviceClassifications.classificationId))
    .where(eq(serviceClassifications.serviceId, id))
    .orderBy(asc(classifications.kind), asc(classifications.id))
    .all();
  const areaRows = db
    .select({ type: serviceAreas.areaType, code: serviceAreas.areaCode, name: areas.name })
    .from(serviceAreas)
    .leftJoin(
      areas,
      and(eq(areas.type, serviceAreas.areaType), eq(areas.code, serviceAreas.areaCode)),
    )
    .where(eq(serviceAreas.serviceId, id))
    .all();
  const municipalityRows = db
    .select({ code: serviceMunicipalities.municipalityCode, name: municipalities.name })
    .from(serviceMunicipalities)
    .leftJoin(municipalities, eq(municipalities.code, serviceMunicipalities.municipalityCode))
    .where(eq(serviceMunicipalities.serviceId, id))
    .orderBy(asc(serviceMunicipalities.municipalityCode))
    .all();
  const responsible = service.responsibleOrganizationId
    ? (orgs.get(service.responsibleOrganizationId) ?? null)
    : null;
  return {
    id: service.id,
    type: service.type,
    name: service.name,
    alternativeName: service.alternativeName,
    summary: service.summary,
    description: service.description,
    userInstruction: service.userInstruction,
    requirements: service.requirements,
    chargeType: service.chargeType,
    chargeInfo: service.chargeInfo,
    otherTexts: service.otherTexts,
    keywords: service.keywords,
    languages: service.languages,
    areaType: service.areaType,
    areas: areaRows
      .filter((a) => a.code !== '')
      .map((a) => ({ type: a.type, code: a.code, name: a.name ?? {} })),
    municipalities: municipalityRows.map((m) => ({ code: m.code, name: m.name ?? {} })),
    organizations: roles.flatMap((r) => {
      const org = r.organizationId ? orgs.get(r.organizationId) : undefined;
      return org ? [{ ...org, roleType: r.roleType, provisionType: r.provisionType }] : [];
    }),
    responsibleOrganization: responsible,
    classifications: classificationRows,
    channels: connections.map(({ connection, channel }) => ({
      ...toChannelView(channel),
      connection: {
        chargeType: connection.chargeType,
        description: connection.description,
        chargeInfo: connection.chargeInfo,
        hours: connection.hours,
        contact: connection.contact,
        extraTypes: connection.extraTypes,
      },
    })),
    legislation: service.legislation,
    updatedAt: service.sourceModifiedAt,
  };
}

export function getChannel(db: Db, id: string): ChannelView | null {
  const row = db
    .select()
    .from(channels)
    .where(and(eq(channels.id, id), isNull(channels.deletedAt)))
    .get();
  return row ? toChannelView(row) : null;
}

export function getOrganization(db: Db, id: string): OrganizationDetail | null {
  const row = db
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, id), isNull(organizations.deletedAt)))
    .get();
  if (!row) return null;
  const parent = row.parentId
    ? (getOrganizationRefs(db, [row.parentId]).get(row.parentId) ?? null)
    : null;
  const [{ n }] = db
    .select({ n: countDistinct(serviceOrganizations.serviceId) })
    .from(serviceOrganizations)
    .innerJoin(services, eq(services.id, serviceOrganizations.serviceId))
    .where(and(eq(serviceOrganizations.organizationId, id), isNull(services.deletedAt)))
    .all();
  return {
    id: row.id,
    kind: row.kind,
    organizationType: row.organizationType,
    businessCode: row.businessCode,
    parent,
    municipalityCode: row.municipalityCode,
    name: row.name,
    summary: row.summary,
    description: row.description,
    areaType: row.areaType,
    municipalityCodes: row.municipalityCodes,
    emails: row.emails,
    phones: row.phones,
    webPages: row.webPages,
    addresses: row.addresses,
    serviceCount: n,
    updatedAt: row.sourceModifiedAt,
  };
}
