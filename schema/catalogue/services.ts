import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { json, localized, syncColumns } from '../columns.ts';
import type { Localized } from '../localized.ts';

export const services = sqliteTable(
  'services',
  {
    /** PTV service id. */
    id: text().primaryKey(),
    /** Service | PermitOrObligation | ProfessionalQualification (raw). */
    type: text(),
    fundingType: text(),
    /** FreeOfCharge | Chargeable | Other, or null when PTV leaves it to the general description. */
    chargeType: text(),
    /** Nationwide | NationwideExceptAlandIslands | LimitedType. */
    areaType: text(),
    name: localized(),
    alternativeName: localized(),
    /** Plain text, at most ~150 characters. */
    summary: localized(),
    /** Light Markdown. */
    description: localized(),
    userInstruction: localized(),
    chargeInfo: localized(),
    requirements: localized(),
    /** Other description types (DeadLine, ProcessingTime, ValidityTime, ...) keyed by PTV type. */
    otherTexts: json<Record<string, Localized>>().notNull().default({}),
    keywords: json<Record<string, string[]>>().notNull().default({}),
    /** Languages the service is available in (ISO 639-1), PTV's order. */
    languages: json<string[]>().notNull().default([]),
    generalDescriptionId: text(),
    subType: text(),
    /** The main responsible organisation (roleType Responsible): owner of feedback. */
    responsibleOrganizationId: text(),
    vouchersInUse: integer({ mode: 'boolean' }).notNull().default(false),
    legislation: json<{ name: Localized; url: Localized }[]>().notNull().default([]),
    ...syncColumns(),
  },
  (t) => [index('services_responsible_idx').on(t.responsibleOrganizationId)],
);

export const serviceLanguages = sqliteTable(
  'service_languages',
  {
    serviceId: text().notNull(),
    language: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.language] })],
);

/** service-organisation roles: Responsible, OtherResponsible, Producer (organisation may be null). */
export const serviceOrganizations = sqliteTable(
  'service_organizations',
  {
    serviceId: text().notNull(),
    position: integer().notNull(),
    organizationId: text(),
    roleType: text().notNull(),
    provisionType: text(),
    additionalInfo: localized(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.position] }),
    index('service_organizations_org_idx').on(t.organizationId),
  ],
);

/** Areas as PTV lists them (regions, business subregions, hospital districts, counties, ...). */
export const serviceAreas = sqliteTable(
  'service_areas',
  {
    serviceId: text().notNull(),
    areaType: text().notNull(),
    /** Empty string for PTV's synthetic Municipality entry, whose code is null. */
    areaCode: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.areaType, t.areaCode] })],
);

/** Every municipality a service's areas cover, expanded; nationwide services have none here. */
export const serviceMunicipalities = sqliteTable(
  'service_municipalities',
  {
    serviceId: text().notNull(),
    municipalityCode: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.municipalityCode] }),
    index('service_municipalities_code_idx').on(t.municipalityCode),
  ],
);
